/** The behaviour of <ct-progress-report> in progress.astro: the markup is rendered on the server there. */
import { MAX_IMPORT_BYTES, parseImport, type ProgressRecord } from '../client/progress';
import { getProgressStore } from '../client/progress-store';
import { EXPORTED_EVENT, noteExport } from '../client/keeping';
import { clientStrings, pageLocale } from '../i18n/client';

const formatDate = (iso: string) => new Date(iso).toLocaleDateString(pageLocale(), { day: 'numeric', month: 'short', year: 'numeric' });

class CtProgressReport extends HTMLElement {
	#message!: HTMLElement;
	#strings = clientStrings('progress-report');

	connectedCallback() {
		const store = getProgressStore();
		this.#message = this.querySelector('[data-message]')!;
		this.#show(store.read());
		store.subscribe(() => this.#show(store.read()));

		this.querySelector('[data-export]')!.addEventListener('click', () => this.#export(store.read()));
		const file = this.querySelector<HTMLInputElement>('#import-file')!;
		file.addEventListener('change', () => {
			const chosen = file.files?.[0];
			file.value = '';
			if (chosen) void this.#import(chosen);
		});
		const dialog = this.querySelector('dialog')!;
		this.querySelector('[data-reset]')!.addEventListener('click', () => dialog.showModal());
		dialog.addEventListener('close', () => {
			if (dialog.returnValue !== 'reset') return;
			store.reset();
			this.#say(this.#strings.t('progress.deleted'));
		});
	}

	#say(message: string) {
		this.#message.textContent = message;
	}

	#show(record: ProgressRecord) {
		const tried = Object.keys(record.modules).length;
		const passed = Object.values(record.modules).filter((module) => module.passed).length;
		const { t, plural } = this.#strings;
		this.querySelector('[data-summary]')!.textContent = tried === 0 ? t('progress.none') : plural('progress.summary', passed, { tried });
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-module]')) {
			const progress = record.modules[row.dataset.module!];
			const cell = (name: string) => row.querySelector(`[data-cell="${name}"]`)!;
			cell('best').textContent = progress ? t('progress.best', { score: progress.bestScore }) : '–';
			cell('attempts').textContent = String(progress?.attempts ?? 0);
			cell('last').textContent = progress ? formatDate(progress.lastAttemptAt) : '–';
		}
	}

	#export(record: ProgressRecord) {
		const blob = new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' });
		const link = document.createElement('a');
		link.href = URL.createObjectURL(blob);
		link.download = `crosstrain-progress-${new Date().toISOString().slice(0, 10)}.json`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 0);
		noteExport();
		document.dispatchEvent(new Event(EXPORTED_EVENT));
		this.#say(this.#strings.t('progress.exported', { file: link.download }));
	}

	async #import(file: File) {
		if (file.size > MAX_IMPORT_BYTES) {
			this.#say(this.#strings.t('progress.tooLarge'));
			return;
		}
		const parsed = parseImport(await file.text());
		if (!parsed.ok) {
			this.#say(parsed.message);
			return;
		}
		getProgressStore().importRecord(parsed.record);
		const count = Object.keys(parsed.record.modules).length;
		this.#say(this.#strings.plural('progress.imported', count, { file: file.name }));
	}
}
customElements.define('ct-progress-report', CtProgressReport);
