/** The behaviour of <ct-keeping-notice> in KeepingNotice.astro: the markup is rendered on the server there. */
import { EXPORTED_EVENT, exportReminder, keepingNote, keepProgress, lastProgressAt, type Persistence } from '../client/keeping';
import { getProgressStore } from '../client/progress-store';
import { clientStrings, pageLocale } from '../i18n/client';

const ANSWER = { persisted: 'keeping.persisted', 'not-persisted': 'keeping.notPersisted', unsupported: 'keeping.unsupported' } as const;

class CtKeepingNotice extends HTMLElement {
	#strings = clientStrings('keeping');
	#persistence: Persistence | undefined;
	#unsubscribe?: () => void;

	connectedCallback() {
		const store = getProgressStore();
		// Asks the browser to keep progress (once, and only when there is some), then says what it answered.
		const refresh = async () => {
			this.#persistence = await keepProgress(store.read());
			this.#show();
		};
		void refresh();
		this.#unsubscribe = store.subscribe(() => void refresh());
		document.addEventListener(EXPORTED_EVENT, () => this.#show());
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}

	#show() {
		if (!this.#persistence) return;
		const { t } = this.#strings;
		const answer = this.querySelector<HTMLElement>('[data-answer]')!;
		answer.textContent = t(ANSWER[this.#persistence]);
		answer.hidden = false;
		// A browser that promised to keep progress needs no warning about browsers that clear it.
		this.querySelector<HTMLElement>('[data-safari]')!.hidden = this.#persistence === 'persisted';
		const note = keepingNote();
		const reminder = exportReminder({ persistence: this.#persistence, lastProgressAt: lastProgressAt(getProgressStore().read()), exportedAt: note.exportedAt, now: Date.now() });
		const date = note.exportedAt && new Date(note.exportedAt).toLocaleDateString(pageLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
		this.querySelector('[data-reminder-text]')!.textContent = reminder === 'export-old' ? t('keeping.exportOld', { date: date! }) : t('keeping.neverExported');
		this.querySelector<HTMLElement>('[data-reminder]')!.hidden = !reminder;
		this.classList.toggle('notice--warning', Boolean(reminder));
	}
}
customElements.define('ct-keeping-notice', CtKeepingNotice);
