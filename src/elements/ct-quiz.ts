/**
 * <ct-quiz>, around the questions Quiz.astro renders on the server. The attempt lives in a
 * QuizState (which questions are drawn, which are settled, the last check); the element
 * renders that state onto the fieldsets and records each check in the progress store.
 */
import { getProgressStore } from '../client/progress-store';
import {
	checkRound,
	optionOutcome,
	QUIZ_CHECKED_EVENT,
	retryMissed,
	shuffled,
	startAttempt,
	unansweredPositions,
	type QuizCheckedDetail,
	type QuizState,
	type ScorableQuestion,
} from '../client/quiz';
import { clientStrings } from '../i18n/client';

/** Brings an element into view: smoothly, unless the learner asked for less motion. */
function bringIntoView(element: Element, block: ScrollLogicalPosition) {
	const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
	element.scrollIntoView({ block, behavior });
}

class CtQuiz extends HTMLElement {
	#form!: HTMLFormElement;
	#questions: ScorableQuestion[] = [];
	#fieldsetById = new Map<string, HTMLFieldSetElement>();
	#state!: QuizState;
	/** The unanswered questions the learner was warned about; checking again goes ahead. */
	#warnedAbout = '';
	#strings = clientStrings('quiz');

	connectedCallback() {
		this.#form = this.querySelector('form')!;
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset.question')) this.#fieldsetById.set(fieldset.dataset.question!, fieldset);
		this.#questions = [...this.#fieldsetById].map(([id, fieldset]) => ({
			id,
			options: this.#options(fieldset).map((option) => ({ correct: option.hasAttribute('data-correct') })),
		}));
		// With scripts running, answers are revealed by checking, not by the disclosure; the keys stay for printing.
		for (const key of this.#answerKeys()) key.hidden = true;
		this.querySelector<HTMLElement>('form .quiz__actions')!.hidden = false;
		this.querySelector<HTMLElement>('.quiz__print')!.hidden = false;
		this.querySelector('[data-print-answers]')!.addEventListener('click', () => this.#printWithAnswers());
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			if (!this.#warnUnanswered()) this.#check();
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-retry]')) {
			button.addEventListener('click', () => this.#retry(button.dataset.retry === 'missed'));
		}
		this.#showHistory();
		// Progress can arrive after the page is up (from an LMS's State API) or change in another tab.
		getProgressStore().subscribe(() => this.#showHistory());
		this.#render(this.#newAttempt());
	}

	get #slug() {
		return this.dataset.module!;
	}

	/** Read at each check, so an LMS's mastery score set on the attribute takes effect. */
	get #passMark() {
		return Number(this.dataset.passMark);
	}

	#newAttempt(): QuizState {
		return startAttempt([...this.#fieldsetById.keys()], Number(this.dataset.draw) || undefined);
	}

	#options(fieldset: HTMLFieldSetElement) {
		return [...fieldset.querySelectorAll<HTMLElement>('.option')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
	}

	/** Chosen option indexes, in the written order, per drawn question. */
	#chosen(): Map<string, number[]> {
		return new Map(
			this.#state.drawn.map((id) => [
				id,
				[...this.#fieldsetById.get(id)!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value)),
			]),
		);
	}

	/** Starts a round from `state`: shows the drawn questions, clears and shuffles the open ones, locks the settled ones. */
	#render(state: QuizState) {
		this.#state = state;
		const drawn = new Set(state.drawn);
		for (const [id, fieldset] of this.#fieldsetById) fieldset.hidden = !drawn.has(id);
		state.drawn.forEach((id, index) => {
			const fieldset = this.#fieldsetById.get(id)!;
			fieldset.querySelector('[data-number]')!.textContent = String(index + 1);
			fieldset.querySelector('[data-total]')!.textContent = String(state.drawn.length);
			const settled = state.settled.has(id);
			fieldset.disabled = settled;
			if (settled) return;
			delete fieldset.dataset.outcome;
			fieldset.querySelector<HTMLElement>('.question__verdict')!.hidden = true;
			fieldset.querySelector<HTMLElement>('.question__explanation')!.hidden = true;
			const options = this.#options(fieldset);
			for (const option of options) {
				delete option.dataset.outcome;
				option.querySelector<HTMLInputElement>('input')!.checked = false;
				option.querySelector<HTMLElement>('.option__feedback')!.hidden = true;
			}
			if (!fieldset.hasAttribute('data-keep-order')) fieldset.querySelector('.options')!.append(...shuffled(options));
		});
		this.querySelector<HTMLElement>('.quiz__result')!.hidden = true;
		this.querySelector<HTMLElement>('form .quiz__actions')!.hidden = false;
		this.#warnedAbout = '';
	}

	#showHistory() {
		const history = getProgressStore().read().modules[this.#slug];
		const note = this.querySelector('[data-history]')!;
		// Results kept for questions that are gone mean the score was earned on an earlier version of the quiz.
		const changed = history && Object.keys(history.questions).some((id) => !this.#fieldsetById.has(id));
		const { t, plural } = this.#strings;
		note.textContent = history
			? [plural(history.passed ? 'quiz.historyPassed' : 'quiz.history', history.attempts, { score: history.bestScore }), changed ? t('quiz.changed') : '']
					.filter(Boolean)
					.join(' ')
			: '';
	}

	/** Says which questions have no answer, once; returns whether it did. */
	#warnUnanswered(): boolean {
		const numbers = unansweredPositions(this.#state, this.#chosen());
		const warning = this.querySelector('[data-warning]')!;
		const key = numbers.join(',');
		if (numbers.length === 0 || key === this.#warnedAbout) {
			warning.textContent = '';
			return false;
		}
		this.#warnedAbout = key;
		const { t, plural } = this.#strings;
		const list = numbers.length === 1 ? String(numbers[0]) : t('list.and', { first: numbers.slice(0, -1).join(', '), last: numbers.at(-1)! });
		warning.textContent = plural('quiz.unanswered', numbers.length, { numbers: list });
		return true;
	}

	#check() {
		const chosen = this.#chosen();
		const passMark = this.#passMark;
		const before = this.#state.settled;
		this.#state = checkRound(this.#state, this.#questions, chosen, passMark);
		const score = this.#state.checked!;
		for (const result of score.results) if (!before.has(result.id)) this.#reveal(this.#fieldsetById.get(result.id)!, result.correct);
		for (const id of this.#state.drawn) this.#fieldsetById.get(id)!.disabled = true;
		// The check button gives way to the result, which appears where it was.
		this.querySelector<HTMLElement>('form .quiz__actions')!.hidden = true;

		getProgressStore().recordAttempt(this.#slug, {
			score: score.percent,
			passed: score.passed,
			questions: Object.fromEntries(score.results.map((result) => [result.id, result.correct])),
		});
		this.#showHistory();
		this.#announceCheck(chosen, before);

		const { t } = this.#strings;
		const summary = `${t('quiz.score', { correct: score.correctCount, total: score.total, percent: score.percent })} ${
			score.passed ? t('quiz.scorePassed') : t('quiz.scoreNotPassed', { passMark })
		}`;
		const result = this.querySelector<HTMLElement>('.quiz__result')!;
		result.hidden = false;
		result.toggleAttribute('data-passed', score.passed);
		result.querySelector('[data-result-heading]')!.textContent = t(score.passed ? 'quiz.passed' : 'quiz.notPassed');
		result.querySelector('[data-result-text]')!.textContent = `${summary} ${t('quiz.revealed')}`;
		result.querySelector<HTMLButtonElement>('[data-retry="missed"]')!.hidden = score.correctCount === score.total;
		this.querySelector('[data-announcer]')!.textContent = summary;
		result.querySelector<HTMLElement>('[data-result-heading]')!.focus({ preventScroll: true });
		bringIntoView(result, 'center');
	}

	/** Tells listeners (the LMS session) what was checked: the score and each question answered in this round. */
	#announceCheck(chosen: Map<string, number[]>, settledBefore: ReadonlySet<string>) {
		const score = this.#state.checked!;
		const texts = (fieldset: HTMLFieldSetElement, pick: (option: HTMLElement) => boolean) =>
			this.#options(fieldset)
				.filter(pick)
				.map((option) => option.querySelector('label')!.textContent!.trim());
		const detail: QuizCheckedDetail = {
			module: this.#slug,
			score: score.percent,
			passed: score.passed,
			passMark: this.#passMark,
			questions: score.results
				.filter((result) => !settledBefore.has(result.id))
				.map((result) => {
					const fieldset = this.#fieldsetById.get(result.id)!;
					const picked = new Set(chosen.get(result.id));
					return {
						id: result.id,
						type: fieldset.dataset.type as QuizCheckedDetail['questions'][number]['type'],
						objective: fieldset.dataset.objective!,
						correct: result.correct,
						response: texts(fieldset, (option) => picked.has(Number(option.dataset.index))),
						correctResponse: texts(fieldset, (option) => option.hasAttribute('data-correct')),
					};
				}),
		};
		this.dispatchEvent(new CustomEvent<QuizCheckedDetail>(QUIZ_CHECKED_EVENT, { bubbles: true, detail }));
	}

	#answerKeys() {
		return this.querySelectorAll<HTMLDetailsElement>('.answer-key');
	}

	/**
	 * Prints the page with each question's answer and explanation (Quiz.astro's print styles
	 * show the keys while `data-printing-answers` is set); an ordinary print leaves them out.
	 */
	#printWithAnswers() {
		for (const key of this.#answerKeys()) key.open = true;
		this.toggleAttribute('data-printing-answers', true);
		addEventListener(
			'afterprint',
			() => {
				this.removeAttribute('data-printing-answers');
				for (const key of this.#answerKeys()) key.open = false;
			},
			{ once: true },
		);
		print();
	}

	#reveal(fieldset: HTMLFieldSetElement, correct: boolean) {
		fieldset.dataset.outcome = correct ? 'right' : 'wrong';
		const verdict = fieldset.querySelector<HTMLElement>('.question__verdict')!;
		const { t } = this.#strings;
		verdict.textContent = t(correct ? 'quiz.right' : 'quiz.notQuite');
		verdict.hidden = false;
		fieldset.querySelector<HTMLElement>('.question__explanation')!.hidden = false;
		for (const option of this.#options(fieldset)) {
			const outcome = optionOutcome(option.querySelector<HTMLInputElement>('input')!.checked, option.hasAttribute('data-correct'));
			if (!outcome) continue;
			option.dataset.outcome = outcome;
			const feedback = option.querySelector<HTMLElement>('.option__feedback')!;
			feedback.querySelector('.option__verdict')!.textContent = t(`quiz.option.${outcome}`);
			feedback.hidden = false;
		}
	}

	#retry(onlyMissed: boolean) {
		const next = onlyMissed ? retryMissed(this.#state) : this.#newAttempt();
		this.#render(next);
		const open = next.drawn.filter((id) => !next.settled.has(id)).map((id) => this.#fieldsetById.get(id)!);
		if (open[0]) bringIntoView(open[0], 'start');
		open[0]?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
		this.querySelector('[data-announcer]')!.textContent = onlyMissed
			? this.#strings.plural('quiz.retriedMissed', open.length)
			: this.#strings.t('quiz.retriedAll');
	}
}
customElements.define('ct-quiz', CtQuiz);
