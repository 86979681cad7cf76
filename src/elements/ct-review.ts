/**
 * <ct-review>, on the review page: the questions due, one at a time, shown with the module
 * quiz's markup, feedback and explanation, each rescheduled by ts-fsrs from the answer. The
 * questions come from /review/questions.json; cards of questions no longer in the course
 * leave the queue once it has loaded. `?module=<slug>` (and `&objective=<id>`) narrows the
 * review to one module (and one of its objectives).
 */
import { getProgressStore } from '../client/progress-store';
import { pruneReviewCards, recordReview } from '../client/progress/changes';
import { isAnswerCorrect, optionOutcome, shuffled } from '../client/quiz';
import type { ReviewQuestion, ReviewQuestions } from '../client/review/questions';
import { daysUntil, moduleOfKey, queueView, type QueueView } from '../client/review/queue-view';
import { reschedule } from '../client/review/schedule';
import { clientStrings, pageLocale } from '../i18n/client';

/** The question on screen. */
interface Shown {
	key: string;
	question: ReviewQuestion;
	fieldset: HTMLFieldSetElement;
	/** The option rows, by written index. */
	options: HTMLElement[];
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
	const made = document.createElement(tag);
	if (className) made.className = className;
	if (text !== undefined) made.textContent = text;
	return made;
};

class CtReview extends HTMLElement {
	#strings = clientStrings('review');
	#questions: ReviewQuestions = { modules: {}, questions: {} };
	#inScope: (key: string) => boolean = () => true;
	/** How many questions were answered on this visit. */
	#reviewed = 0;
	#shown?: Shown;
	/** Makes ids unique across the questions of one visit. */
	#serial = 0;

	async connectedCallback() {
		this.#part('question').addEventListener('submit', (event) => {
			event.preventDefault();
			this.#check();
		});
		this.#part('next').addEventListener('click', () => this.#showNext(true));
		const questions = await this.#load();
		if (!questions) {
			this.#part('status').textContent = this.#strings.t('review.loadFailed');
			return;
		}
		this.#questions = questions;
		// Cards of questions an author removed, or changed under a new id, leave the queue in every tab.
		getProgressStore().update(pruneReviewCards(Object.keys(questions.questions)));
		this.#narrow(new URLSearchParams(location.search));
		this.#showNext(false);
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T {
		return this.querySelector<T>(`[data-${name}]`)!;
	}

	/** The course's questions, or undefined when they cannot be had: then nothing is pruned. */
	async #load(): Promise<ReviewQuestions | undefined> {
		try {
			const response = await fetch(this.dataset.questions!);
			const data: unknown = response.ok ? await response.json() : undefined;
			const questions = data as Partial<ReviewQuestions> | undefined;
			// Pruning against an empty or foreign file would empty the queue: such a file is no file.
			if (typeof questions?.modules !== 'object' || typeof questions.questions !== 'object' || !questions.questions || Object.keys(questions.questions).length === 0) return undefined;
			return questions as ReviewQuestions;
		} catch {
			return undefined;
		}
	}

	/** Applies `?module=` and `&objective=`; a module or objective the course does not have is said, and everything due is shown. */
	#narrow(query: URLSearchParams) {
		const module = query.get('module');
		if (module === null) return;
		const { t } = this.#strings;
		const scope = this.#part('scope');
		const text = this.#part('scope-text');
		scope.hidden = false;
		const found = Object.hasOwn(this.#questions.modules, module) ? this.#questions.modules[module]! : undefined;
		const everything = scope.querySelector('a')!;
		if (!found) {
			text.textContent = t('review.scope.noModule', { module });
			everything.hidden = true;
			return;
		}
		const objective = query.get('objective');
		const inModule = (key: string) => moduleOfKey(key) === module;
		if (objective !== null && Object.hasOwn(found.objectives, objective)) {
			this.#inScope = (key) => inModule(key) && this.#questions.questions[key]?.objective === objective;
			text.textContent = t('review.scope.objective', { module: found.title, objective: found.objectives[objective]! });
		} else {
			this.#inScope = inModule;
			text.textContent = t(objective === null ? 'review.scope.module' : 'review.scope.noObjective', { module: found.title, objective: objective ?? '' });
		}
	}

	#view(): QueueView {
		return queueView(getProgressStore().read(), new Date(), (key) => Object.hasOwn(this.#questions.questions, key) && this.#inScope(key));
	}

	/** Shows the next question due, or, when none is, when the next one comes due. */
	#showNext(focus: boolean) {
		const view = this.#view();
		this.#part('after').hidden = true;
		this.#part('warning').textContent = '';
		const key = view.due[0];
		if (key === undefined) {
			this.#showEmpty(view, focus);
			return;
		}
		this.#part('status').textContent = this.#strings.plural('review.due', view.due.length);
		this.#render(key, this.#reviewed + view.due.length);
		if (focus) this.#shown!.fieldset.querySelector('input')!.focus();
	}

	#render(key: string, total: number) {
		const { t } = this.#strings;
		const question = this.#questions.questions[key]!;
		const slug = moduleOfKey(key);
		const serial = ++this.#serial;

		const from = this.#part<HTMLAnchorElement>('from');
		from.textContent = this.#questions.modules[slug]?.title ?? slug;
		from.href = `/modules/${encodeURIComponent(slug)}/`;

		const fieldset = element('fieldset', 'question');
		fieldset.dataset.type = question.type;
		const legend = element('legend');
		const kind = question.type === 'multiple' ? t('quiz.type.multiple') : question.type === 'true-false' ? t('quiz.type.trueFalse') : '';
		const number = t('quiz.number', { number: this.#reviewed + 1, total });
		legend.append(element('span', 'question__number', kind ? `${number} · ${kind}` : number), element('span', 'question__prompt', question.prompt));

		const list = element('div', 'options');
		const options = question.options.map((option, index) => {
			const row = element('div', 'option');
			row.dataset.index = String(index);
			const id = `review-${serial}-${index}`;
			const input = element('input');
			input.type = question.type === 'multiple' ? 'checkbox' : 'radio';
			input.name = `review-${serial}`;
			input.id = id;
			input.value = String(index);
			input.setAttribute('aria-describedby', `${id}-feedback`);
			const label = element('label', undefined, option.text);
			label.htmlFor = id;
			const feedback = element('p', 'option__feedback');
			feedback.id = `${id}-feedback`;
			feedback.hidden = true;
			feedback.append(element('strong', 'option__verdict'), element('span', undefined, option.feedback));
			row.append(input, label, feedback);
			return row;
		});
		list.append(...(question.keepOrder ? options : shuffled(options)));

		const verdict = element('p', 'question__verdict');
		verdict.hidden = true;
		verdict.tabIndex = -1;
		const explanation = element('p', 'question__explanation');
		explanation.hidden = true;
		explanation.append(element('strong', undefined, t('quiz.why')), ` ${question.explanation}`);

		fieldset.append(legend, list, verdict, explanation);
		this.#part('fieldset').replaceChildren(fieldset);
		this.#part('check').hidden = false;
		this.#part('question').hidden = false;
		this.#part('empty').hidden = true;
		this.#shown = { key, question, fieldset, options };
	}

	#check() {
		const shown = this.#shown;
		if (!shown || shown.fieldset.disabled) return;
		const { t, plural } = this.#strings;
		const chosen = shown.options.flatMap((row, index) => (row.querySelector('input')!.checked ? [index] : []));
		if (chosen.length === 0) {
			this.#part('warning').textContent = t('review.chooseFirst');
			return;
		}
		this.#part('warning').textContent = '';
		const correct = isAnswerCorrect({ id: shown.key, options: shown.question.options.map((option) => ({ correct: option.correct === true })) }, chosen);

		shown.fieldset.dataset.outcome = correct ? 'right' : 'wrong';
		shown.fieldset.disabled = true;
		const verdict = shown.fieldset.querySelector<HTMLElement>('.question__verdict')!;
		verdict.textContent = t(correct ? 'quiz.right' : 'quiz.notQuite');
		verdict.hidden = false;
		shown.fieldset.querySelector<HTMLElement>('.question__explanation')!.hidden = false;
		shown.options.forEach((row, index) => {
			const outcome = optionOutcome(chosen.includes(index), shown.question.options[index]!.correct === true);
			if (!outcome) return;
			row.dataset.outcome = outcome;
			const feedback = row.querySelector<HTMLElement>('.option__feedback')!;
			feedback.querySelector('.option__verdict')!.textContent = t(`quiz.option.${outcome}`);
			feedback.hidden = false;
		});

		const store = getProgressStore();
		const now = new Date();
		const card = store.read().review[shown.key];
		const slug = moduleOfKey(shown.key);
		// A card another tab pruned or answered a moment ago is rescheduled from what this tab holds now.
		if (card) store.update(recordReview(slug, shown.key.slice(slug.length + 1), correct, reschedule(card, correct, now)));
		this.#reviewed++;
		const due = store.read().review[shown.key]?.due;
		this.#part('rescheduled').textContent = due ? plural('review.comesBack', daysUntil(now, new Date(due)), { date: this.#date(due) }) : '';
		this.#part('check').hidden = true;
		this.#part('next').textContent = t(this.#view().due.length > 0 ? 'review.next' : 'review.finish');
		this.#part('after').hidden = false;
		verdict.focus();
	}

	#showEmpty(view: QueueView, focus: boolean) {
		const { t, plural } = this.#strings;
		this.#shown = undefined;
		this.#part('question').hidden = true;
		this.#part('status').textContent = '';
		this.#part('empty-heading').textContent = t(this.#reviewed > 0 ? 'review.done.heading' : 'review.empty.heading');
		const done = this.#part('done');
		done.textContent = plural('review.done', this.#reviewed);
		done.hidden = this.#reviewed === 0;
		this.#part('next-due').textContent = view.next ? plural('review.nextDue', view.size, { date: this.#date(view.next) }) : t('review.queueEmpty');
		this.#part('empty').hidden = false;
		if (focus) this.#part('empty-heading').focus();
	}

	/** A due date in words: "Saturday 5 December", with the year when it is not this year's. */
	#date(iso: string): string {
		const date = new Date(iso);
		const thisYear = date.getFullYear() === new Date().getFullYear();
		return date.toLocaleDateString(pageLocale(), { weekday: 'long', day: 'numeric', month: 'long', ...(thisYear ? {} : { year: 'numeric' }) });
	}
}
customElements.define('ct-review', CtReview);
