/**
 * The behaviour of <ct-review-due> in ReviewDue.astro: "3 questions to review", linking to
 * the review page, shown only when some are due. With data-module, only that module's
 * questions count, and only those its quiz still asks (data-questions, space-separated ids).
 */
import { getProgressStore } from '../client/progress-store';
import { dueReviews } from '../client/progress-summary';
import { clientStrings } from '../i18n/client';

class CtReviewDue extends HTMLElement {
	#unsubscribe?: () => void;

	connectedCallback() {
		const store = getProgressStore();
		const { plural } = clientStrings('review-due');
		const module = this.dataset.module;
		const questions = module === undefined ? undefined : new Set((this.dataset.questions ?? '').split(' ').map((id) => `${module}/${id}`));
		const notice = this.querySelector<HTMLElement>('.notice')!;
		const link = this.querySelector('a')!;
		const show = () => {
			const due = dueReviews(store.read(), new Date()).filter((key) => questions?.has(key) ?? true).length;
			link.textContent = plural('reviewDue.count', due);
			notice.hidden = due === 0;
		};
		show();
		this.#unsubscribe = store.subscribe(show);
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}
}
customElements.define('ct-review-due', CtReviewDue);
