/** The behaviour of <ct-onboarding-plan> in plan.astro: the markup is rendered on the server there. */
import { hasOnboardingLink, inPrerequisiteOrder, onboardingParams, parseOnboardingLink } from '../client/onboarding';
import { getProgressStore } from '../client/progress-store';

class CtOnboardingPlan extends HTMLElement {
	#unsubscribe?: () => void;

	connectedCallback() {
		this.#render();
		// A kept plan can be removed here (its Remove button): the page then shows the next plan kept, or says none is.
		if (!hasOnboardingLink(onboardingParams(location))) this.#unsubscribe = getProgressStore().subscribe(() => this.#render());
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}

	#render() {
		const allModules = (this.dataset.allModules ?? '').split(',');
		const params = onboardingParams(location);
		const fromLink = hasOnboardingLink(params);
		let { modules } = parseOnboardingLink(params, allModules);
		if (!fromLink) {
			// A visit without the link: the plan kept from it, the one asked for (?assignment=…) or the newest.
			const plans = getProgressStore()
				.read()
				.assignments.filter((assignment) => assignment.kind === 'plan');
			const chosen = plans.find((plan) => plan.id === params.get('assignment')) ?? plans[0];
			if (chosen) {
				modules = (chosen.modules ?? []).filter((slug) => allModules.includes(slug));
				this.querySelector('ct-assignments')?.setAttribute('data-show', `id:${chosen.id}`);
			}
		}
		// Links built before plans respected prerequisites still open in the order a learner can follow.
		modules = inPrerequisiteOrder(modules, JSON.parse(this.dataset.prerequisites ?? '{}') as Record<string, string[]>);
		const list = this.querySelector('ol')!;
		for (const item of list.querySelectorAll<HTMLElement>('li[data-module]')) item.hidden = true;
		for (const slug of modules) {
			const item = list.querySelector<HTMLElement>(`li[data-module="${CSS.escape(slug)}"]`)!;
			item.hidden = false;
			list.append(item);
		}
		this.querySelector('ct-path-progress')!.setAttribute('data-modules', modules.join(','));
		this.querySelector<HTMLElement>('ct-path-progress')!.hidden = modules.length === 0;
		this.querySelector<HTMLElement>('[data-empty]')!.hidden = modules.length > 0;
		this.querySelector<HTMLElement>('[data-link-empty]')!.hidden = !fromLink;
		this.querySelector<HTMLElement>('[data-no-plan]')!.hidden = fromLink;
	}
}
customElements.define('ct-onboarding-plan', CtOnboardingPlan);
