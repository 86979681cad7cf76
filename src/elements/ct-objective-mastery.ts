/** The behaviour of <ct-objective-mastery> in ObjectiveMastery.astro: the markup is rendered on the server there. */
import { countStates, objectiveState } from '../client/mastery';
import { getProgressStore } from '../client/progress-store';
import { clientStrings } from '../i18n/client';
import { reviewUrl, showState } from './mastery-view';

class CtObjectiveMastery extends HTMLElement {
	#unsubscribe?: () => void;
	#strings = clientStrings('mastery');

	connectedCallback() {
		const store = getProgressStore();
		this.#show();
		// A quiz check and a review both write the store, here or in another tab.
		this.#unsubscribe = store.subscribe(() => this.#show());
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}

	#show() {
		const slug = this.dataset.module!;
		const progress = getProgressStore().read().modules[slug];
		const items = [...this.querySelectorAll<HTMLLIElement>('li[data-objective]')];
		const states = items.map((item) => {
			const state = objectiveState(progress, (item.dataset.questions ?? '').split(' ').filter(Boolean));
			item.dataset.state = state;
			showState(item.querySelector<HTMLElement>('[data-state-label]')!, state, this.#strings);
			const links = item.querySelector<HTMLElement>('[data-links]')!;
			links.hidden = state !== 'revisit';
			if (state === 'revisit' && this.hasAttribute('data-review') && !links.querySelector('[data-review-link]')) {
				const review = document.createElement('a');
				review.href = reviewUrl(slug, item.dataset.objective!);
				review.dataset.reviewLink = '';
				review.textContent = this.#strings.t('mastery.review');
				links.append(review);
			}
			return { state };
		});
		const counts = countStates(states);
		const sentence = this.querySelector<HTMLElement>('[data-sentence]')!;
		// Before any answer the list says "not yet tried" on each objective; a count of none shown would only discourage.
		sentence.hidden = counts.untried === counts.total;
		sentence.textContent = this.#strings.plural('mastery.module', counts.total, { shown: counts.shown });
	}
}
customElements.define('ct-objective-mastery', CtObjectiveMastery);
