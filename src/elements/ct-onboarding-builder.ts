/** The behaviour of <ct-onboarding-builder> in index.astro: the markup is rendered on the server there. */
import { buildOnboardingLink, inPrerequisiteOrder, isCalendarDate, senderNameProblem } from '../client/onboarding';
import { clientStrings } from '../i18n/client';

class CtOnboardingBuilder extends HTMLElement {
	#strings = clientStrings('onboarding-builder');

	connectedCallback() {
		const form = this.querySelector('form')!;
		const custom = this.querySelector<HTMLElement>('[data-custom]')!;
		const chosenPlan = () => form.querySelector<HTMLInputElement>('input[name="plan"]:checked')?.value ?? '';
		form.addEventListener('change', () => {
			custom.hidden = chosenPlan() !== '';
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#create(form, chosenPlan());
		});
		this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
	}

	#create(form: HTMLFormElement, pathId: string) {
		const error = this.querySelector('[data-error]')!;
		const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="modules"]:checked')];
		const prerequisites = Object.fromEntries(checked.map((input) => [input.value, (input.dataset.prerequisites ?? '').split(',').filter(Boolean)]));
		const modules = inPrerequisiteOrder(
			checked.map((input) => input.value),
			prerequisites,
		);
		const due = form.querySelector<HTMLInputElement>('#due')!.value;
		const from = form.querySelector<HTMLInputElement>('#from')!.value.trim().replace(/\s+/g, ' ');
		const { t } = this.#strings;
		const problem =
			!pathId && modules.length === 0
				? t('onboarding.chooseSomething')
				: due && !isCalendarDate(due)
					? t('onboarding.badDue')
					: from && senderNameProblem(from)
						? t('onboarding.badName', { problem: senderNameProblem(from)! })
						: '';
		error.textContent = problem;
		if (problem) return;
		// The site's public address when the organization set one, so a link made on a preview host still works.
		const link = new URL(buildOnboardingLink({ pathId: pathId || undefined, modules, due, from }), this.dataset.siteUrl || location.origin).href;
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		result.hidden = false;
		this.querySelector<HTMLInputElement>('#link-output')!.value = link;
		this.querySelector<HTMLAnchorElement>('[data-open]')!.href = link;
		this.querySelector('[data-copied]')!.textContent = '';
		result.querySelector<HTMLElement>('h2')!.focus();
	}

	async #copy() {
		const output = this.querySelector<HTMLInputElement>('#link-output')!;
		const status = this.querySelector('[data-copied]')!;
		try {
			await navigator.clipboard.writeText(output.value);
			status.textContent = this.#strings.t('onboarding.copied');
		} catch {
			output.select();
			status.textContent = this.#strings.t('onboarding.copyBlocked');
		}
	}
}
customElements.define('ct-onboarding-builder', CtOnboardingBuilder);
