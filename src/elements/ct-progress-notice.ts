/** The behaviour of <ct-progress-notice> in ProgressNotice.astro: the markup is rendered on the server there. */
import { getProgressStore } from '../client/progress-store';
import type { ProgressProblem } from '../client/progress/store';
import { clientStrings } from '../i18n/client';

const SHOWN_KEY = 'crosstrain:notice-shown';

class CtProgressNotice extends HTMLElement {
	#shown = false;

	connectedCallback() {
		const store = getProgressStore();
		this.querySelector('button')!.addEventListener('click', () => {
			this.querySelector<HTMLElement>('.notice')!.hidden = true;
		});
		const check = () => this.#show(store.problem());
		store.read();
		check();
		store.subscribe(check);
	}

	#show(problem: ProgressProblem | undefined) {
		if (!problem || this.#shown || this.#alreadySaid(problem)) return;
		this.#shown = true;
		this.querySelector('[data-message]')!.textContent = clientStrings('progress-notice').t(`progressNotice.problem.${problem}`);
		this.querySelector<HTMLElement>('.notice')!.hidden = false;
	}

	/** Remembers, for this tab, which problem was already said. */
	#alreadySaid(problem: ProgressProblem): boolean {
		try {
			if (sessionStorage.getItem(SHOWN_KEY) === problem) return true;
			sessionStorage.setItem(SHOWN_KEY, problem);
		} catch {
			// Without session storage the notice shows on each page, which is the safer failure.
		}
		return false;
	}
}
customElements.define('ct-progress-notice', CtProgressNotice);
