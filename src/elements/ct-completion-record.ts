/**
 * The behaviour of <ct-completion-record> in record.astro: builds the record chosen by the
 * page's query from the progress store and the course outline, keeps it current, and copies
 * or prints it. Everything the learner or an imported file wrote goes in as text.
 */
import {
	assignmentSubject,
	completionRecord,
	footerFields,
	headerFields,
	moduleFigures,
	recordText,
	scopeFromQuery,
	scopeQuery,
	subjectName,
	type CompletionRecord,
	type RecordScope,
} from '../client/completion-record';
import { readCourseOutline } from '../client/course-outline';
import { setLearnerName } from '../client/progress/changes';
import { getProgressStore } from '../client/progress-store';
import { clientStrings, pageLocale } from '../i18n/client';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
	const made = document.createElement(tag);
	if (text !== undefined) made.textContent = text;
	return made;
};

class CtCompletionRecord extends HTMLElement {
	#strings = clientStrings('record');
	#scope: RecordScope = scopeFromQuery(new URLSearchParams(location.search));
	#model?: CompletionRecord;
	#unsubscribe?: () => void;

	connectedCallback() {
		const store = getProgressStore();
		const name = this.querySelector<HTMLInputElement>('#learner-name')!;
		name.value = store.read().learnerName?.text ?? '';
		name.addEventListener('input', () => store.update(setLearnerName(name.value)));
		this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
		this.querySelector('[data-print]')!.addEventListener('click', () => print());
		this.#unsubscribe = store.subscribe(() => {
			// The name typed here is kept trimmed: rewriting the box as one types would eat the spaces.
			if (document.activeElement !== name) name.value = store.read().learnerName?.text ?? '';
			this.#show();
		});
		this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
		this.querySelector<HTMLElement>('[data-record]')!.hidden = false;
		this.#show();
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}

	#show() {
		const record = getProgressStore().read();
		const outline = readCourseOutline();
		const course = { ...outline, siteUrl: outline.siteUrl || location.origin };
		const model = completionRecord(record, course, this.#scope, new Date());
		this.#model = model;
		const strings = this.#strings;
		const { t, plural } = strings;
		const locale = pageLocale();

		const scopes = this.querySelector('[data-scopes]')!;
		for (const item of scopes.querySelectorAll('[data-assignment]')) item.remove();
		for (const assignment of record.assignments) {
			const item = element('li');
			item.dataset.assignment = '';
			const link = element('a', subjectName(assignmentSubject(assignment, course), strings, true));
			link.href = `/record/${scopeQuery({ kind: 'assignment', id: assignment.id })}`;
			item.append(link);
			scopes.append(item);
		}
		const current = model.notFound ? '/record/' : `/record/${scopeQuery(this.#scope)}`;
		for (const link of scopes.querySelectorAll('a')) {
			if (link.getAttribute('href') === current) link.setAttribute('aria-current', 'page');
			else link.removeAttribute('aria-current');
		}

		const notFound = this.querySelector<HTMLElement>('[data-not-found]')!;
		notFound.hidden = !model.notFound;
		notFound.textContent = model.notFound?.kind === 'path' ? t('record.unknownPath', { id: model.notFound.id }) : model.notFound ? t('record.unknownAssignment') : '';

		const fields = (list: Element, entries: [string, string][]) =>
			list.replaceChildren(...entries.flatMap(([label, value]) => [element('dt', label), element('dd', value)]));
		fields(this.querySelector('[data-header]')!, headerFields(model, strings, locale));

		this.querySelector('[data-modules-heading]')!.textContent = plural('record.modules', model.modules.length, { done: model.completed });
		this.querySelector('[data-modules]')!.replaceChildren(
			...model.modules.map((line) => {
				const figures = moduleFigures(line, strings, locale);
				const row = element('tr');
				row.dataset.module = line.slug;
				const title = element('th', line.title);
				title.scope = 'row';
				row.append(title, element('td', figures.completed), element('td', figures.best), element('td', figures.objectives));
				return row;
			}),
		);

		this.querySelector('[data-objectives-heading]')!.textContent = t('record.field', {
			label: t('record.column.objectives'),
			value: t('record.objectiveCount', { shown: model.mastery.shown, total: model.mastery.total }),
		});
		const shown = model.modules.filter((line) => line.shown > 0);
		this.querySelector('[data-objectives]')!.replaceChildren(
			...(shown.length === 0
				? [element('p', t('record.noObjectives'))]
				: shown.map((line) => {
						const section = element('section');
						const heading = element('h3', line.title);
						heading.id = `shown-${line.slug}`;
						const list = element('ul');
						list.setAttribute('aria-labelledby', heading.id);
						list.append(...line.objectives.filter((objective) => objective.state === 'shown').map((objective) => element('li', objective.text)));
						section.append(heading, list);
						return section;
					})),
		);
		fields(this.querySelector('[data-footer]')!, footerFields(model, strings, locale));
	}

	async #copy() {
		const text = recordText(this.#model!, this.#strings, pageLocale());
		const message = this.querySelector('[data-message]')!;
		const box = this.querySelector<HTMLElement>('[data-text-box]')!;
		try {
			await navigator.clipboard.writeText(text);
			box.hidden = true;
			message.textContent = this.#strings.t('record.copied');
		} catch {
			const area = box.querySelector('textarea')!;
			area.value = text;
			box.hidden = false;
			area.focus();
			area.select();
			message.textContent = this.#strings.t('record.copyBlocked');
		}
	}
}
customElements.define('ct-completion-record', CtCompletionRecord);
