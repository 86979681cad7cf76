/** The behaviour of <ct-onboarding-builder> in index.astro: the markup is rendered on the server there. */
import { buildOnboardingLink, inPrerequisiteOrder, isCalendarDate, missingPrerequisites, planMinutes, senderNameProblem } from '../client/onboarding';
import { clientStrings } from '../i18n/client';

/** Each module's prerequisites, from its checkbox. */
const prerequisitesOf = (inputs: Map<string, HTMLInputElement>) =>
	Object.fromEntries([...inputs].map(([slug, input]) => [slug, (input.dataset.prerequisites ?? '').split(',').filter(Boolean)]));

class CtOnboardingBuilder extends HTMLElement {
	#strings = clientStrings('onboarding-builder');

	connectedCallback() {
		const form = this.querySelector('form')!;
		const custom = this.querySelector<HTMLElement>('[data-custom]')!;
		const chosenPlan = () => form.querySelector<HTMLInputElement>('input[name="plan"]:checked')?.value ?? '';
		const update = () => {
			custom.hidden = chosenPlan() !== '';
			this.#showPlan(form, chosenPlan());
		};
		form.addEventListener('change', update);
		update();
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#create(form, chosenPlan());
		});
		this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
	}

	/** Every module's checkbox, by slug: the course's prerequisites and minutes ride on them. */
	#moduleInputs(form: HTMLFormElement): Map<string, HTMLInputElement> {
		return new Map([...form.querySelectorAll<HTMLInputElement>('input[name="modules"]')].map((input) => [input.value, input]));
	}

	/** The chosen modules, in prerequisite order. */
	#chosenModules(inputs: Map<string, HTMLInputElement>): string[] {
		const prerequisites = prerequisitesOf(inputs);
		const checked = [...inputs.values()].filter((input) => input.checked).map((input) => input.value);
		return inPrerequisiteOrder(checked, prerequisites);
	}

	/** The plan as it stands: its total minutes, its order, and an offer to add each missing prerequisite. */
	#showPlan(form: HTMLFormElement, pathId: string) {
		const { t, plural } = this.#strings;
		const inputs = this.#moduleInputs(form);
		const path = form.querySelector<HTMLInputElement>('input[name="plan"]:checked');
		const modules = pathId ? (path?.dataset.modules ?? '').split(',').filter(Boolean) : this.#chosenModules(inputs);
		const minutes = Object.fromEntries([...inputs].map(([slug, input]) => [slug, Number(input.dataset.minutes)]));
		const title = (slug: string) => inputs.get(slug)?.dataset.title ?? slug;
		// Written only when it changes, so the page's first rendering is not announced.
		const total = this.querySelector('[data-total]')!;
		const totalText = plural('onboarding.total', modules.length, { minutes: planMinutes(modules, minutes) });
		if (total.textContent !== totalText) total.textContent = totalText;

		const preview = this.querySelector<HTMLElement>('[data-preview]')!;
		preview.hidden = pathId !== '' || modules.length === 0;
		preview.querySelector('ol')!.replaceChildren(
			...modules.map((slug) => {
				const item = document.createElement('li');
				item.textContent = title(slug);
				return item;
			}),
		);

		const prerequisites = prerequisitesOf(inputs);
		const offers = pathId ? [] : missingPrerequisites(modules, prerequisites).filter(({ prerequisite }) => inputs.has(prerequisite));
		this.querySelector('[data-offers]')!.replaceChildren(
			...offers.map(({ prerequisite, neededBy }) => {
				const offer = document.createElement('p');
				offer.className = 'notice';
				const text = document.createElement('span');
				text.textContent = t('onboarding.offer', { module: title(neededBy[0]!), prerequisite: title(prerequisite) });
				const add = document.createElement('button');
				add.type = 'button';
				add.textContent = t('onboarding.offerAdd');
				const name = document.createElement('span');
				name.className = 'visually-hidden';
				name.textContent = ` ${title(prerequisite)}`;
				add.append(name);
				add.addEventListener('click', () => {
					const input = inputs.get(prerequisite)!;
					input.checked = true;
					input.dispatchEvent(new Event('change', { bubbles: true }));
					// The button goes with its offer: focus moves to what was added.
					input.focus();
				});
				offer.append(text, add);
				return offer;
			}),
		);
	}

	#create(form: HTMLFormElement, pathId: string) {
		const error = this.querySelector('[data-error]')!;
		const modules = this.#chosenModules(this.#moduleInputs(form));
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
