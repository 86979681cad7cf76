/** The behaviour of <ct-onboarding-plan> in plan.astro: the markup is rendered on the server there. */
import { inPrerequisiteOrder, onboardingParams, parseOnboardingLink } from '../client/onboarding';

class CtOnboardingPlan extends HTMLElement {
	connectedCallback() {
		const link = parseOnboardingLink(onboardingParams(location), (this.dataset.allModules ?? '').split(','));
		// Links built before plans respected prerequisites still open in the order a learner can follow.
		link.modules = inPrerequisiteOrder(link.modules, JSON.parse(this.dataset.prerequisites ?? '{}') as Record<string, string[]>);
		const list = this.querySelector('ol')!;
		for (const slug of link.modules) {
			const item = list.querySelector<HTMLElement>(`li[data-module="${CSS.escape(slug)}"]`)!;
			item.hidden = false;
			list.append(item);
		}
		this.querySelector('ct-path-progress')!.setAttribute('data-modules', link.modules.join(','));
		this.querySelector<HTMLElement>('ct-path-progress')!.hidden = link.modules.length === 0;
		this.querySelector<HTMLElement>('[data-empty]')!.hidden = link.modules.length > 0;
	}
}
customElements.define('ct-onboarding-plan', CtOnboardingPlan);
