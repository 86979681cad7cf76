/** The behaviour of <ct-quiz> in Quiz.astro: the markup is rendered on the server there. */
import { getProgressStore } from '../client/progress';
import { scoreAttempt, shuffled, type ScorableQuestion } from '../client/quiz';

type Outcome = 'right' | 'wrong' | 'missed';

class CtQuiz extends HTMLElement {
	#form!: HTMLFormElement;
	#questions: ScorableQuestion[] = [];
	#rightBefore = new Set<string>();
	/** The unanswered questions the learner was warned about; checking again goes ahead. */
	#warnedAbout = '';

	connectedCallback() {
		this.#form = this.querySelector('form')!;
		this.#questions = this.#allFieldsets().map((fieldset) => ({
			id: fieldset.dataset.question!,
			options: [...fieldset.querySelectorAll<HTMLElement>('.option')].map((option) => ({ correct: option.hasAttribute('data-correct') })),
		}));
		// With scripts running, answers are revealed by checking, not by the disclosure.
		for (const details of this.querySelectorAll('.answer-key')) details.remove();
		this.querySelector<HTMLElement>('form .quiz__actions')!.hidden = false;
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			if (!this.#warnUnanswered()) this.#check();
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-retry]')) {
			button.addEventListener('click', () => this.#retry(button.dataset.retry === 'missed'));
		}
		this.#showHistory();
		this.#draw();
		this.#startRound(new Set());
	}

	get #slug() {
		return this.dataset.module!;
	}

	get #passMark() {
		return Number(this.dataset.passMark);
	}

	/** Every question of the quiz, in the pool. */
	#allFieldsets() {
		return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset.question')];
	}

	/** The questions of the current attempt: all of them, or those drawn from the bank. */
	#fieldsets() {
		return this.#allFieldsets().filter((fieldset) => !fieldset.hidden);
	}

	/** Picks this attempt's questions from the bank and numbers them. */
	#draw() {
		const all = this.#allFieldsets();
		const drawn = new Set(shuffled(all).slice(0, Number(this.dataset.draw) || all.length));
		for (const fieldset of all) fieldset.hidden = !drawn.has(fieldset);
		this.#fieldsets().forEach((fieldset, index, shown) => {
			fieldset.querySelector('[data-number]')!.textContent = String(index + 1);
			fieldset.querySelector('[data-total]')!.textContent = String(shown.length);
		});
	}

	#chosen(fieldset: HTMLFieldSetElement): number[] {
		return [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value));
	}

	#showHistory() {
		const history = getProgressStore().read().modules[this.#slug];
		const note = this.querySelector('[data-history]')!;
		const pool = new Set(this.#questions.map((question) => question.id));
		// Results kept for questions that are gone mean the score was earned on an earlier version of the quiz.
		const changed = history && Object.keys(history.questions).some((id) => !pool.has(id));
		note.textContent = history
			? `Your best score so far is ${history.bestScore}%${history.passed ? ', a pass' : ''} (${history.attempts} ${history.attempts === 1 ? 'attempt' : 'attempts'}).${
					changed ? ' The quiz has changed since: some questions you answered were replaced.' : ''
				}`
			: '';
	}

	/** Clears the questions still to answer, shuffles their options, and locks the rest. */
	#startRound(keepRight: Set<string>) {
		this.#rightBefore = keepRight;
		for (const fieldset of this.#fieldsets()) {
			const locked = keepRight.has(fieldset.dataset.question!);
			fieldset.disabled = locked;
			if (locked) continue;
			delete fieldset.dataset.outcome;
			fieldset.querySelector<HTMLElement>('.question__verdict')!.hidden = true;
			fieldset.querySelector<HTMLElement>('.question__explanation')!.hidden = true;
			const list = fieldset.querySelector('.options')!;
			const options = [...list.querySelectorAll<HTMLElement>('.option')];
			for (const option of options) {
				delete option.dataset.outcome;
				option.querySelector<HTMLInputElement>('input')!.checked = false;
				option.querySelector<HTMLElement>('.option__feedback')!.hidden = true;
			}
			if (!fieldset.hasAttribute('data-keep-order')) list.append(...shuffled(options));
		}
		this.querySelector<HTMLElement>('.quiz__result')!.hidden = true;
		this.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
		this.#warnedAbout = '';
	}

	/** Says which questions have no answer, once; returns whether it did. */
	#warnUnanswered(): boolean {
		const open = this.#fieldsets().filter((fieldset) => !fieldset.disabled);
		const numbers = open.filter((fieldset) => this.#chosen(fieldset).length === 0).map((fieldset) => this.#fieldsets().indexOf(fieldset) + 1);
		const warning = this.querySelector('[data-warning]')!;
		const key = numbers.join(',');
		if (numbers.length === 0 || key === this.#warnedAbout) {
			warning.textContent = '';
			return false;
		}
		this.#warnedAbout = key;
		const list = numbers.length === 1 ? `Question ${numbers[0]} has` : `Questions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} have`;
		warning.textContent = `${list} no answer yet. Answer ${numbers.length === 1 ? 'it' : 'them'}, or press Check answers again to check anyway.`;
		return true;
	}

	#check() {
		const chosen = new Map(this.#fieldsets().map((fieldset) => [fieldset.dataset.question!, this.#chosen(fieldset)]));
		const questions = this.#questions.filter((question) => chosen.has(question.id));
		const score = scoreAttempt(questions, chosen, this.#passMark, this.#rightBefore);
		score.results.forEach((result, index) => {
			if (!this.#rightBefore.has(result.id)) this.#reveal(this.#fieldsets()[index]!, result.correct);
		});
		for (const fieldset of this.#fieldsets()) fieldset.disabled = true;
		this.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = true;

		getProgressStore().recordAttempt(this.#slug, {
			score: score.percent,
			passed: score.passed,
			questions: Object.fromEntries(score.results.map((result) => [result.id, result.correct])),
		});
		this.#showHistory();

		const summary = `You got ${score.correctCount} of ${score.total} right (${score.percent}%). ${
			score.passed ? 'You passed: this module is completed.' : `The pass mark is ${this.#passMark}%: not passed yet.`
		}`;
		const result = this.querySelector<HTMLElement>('.quiz__result')!;
		result.hidden = false;
		result.toggleAttribute('data-passed', score.passed);
		result.querySelector('[data-result-heading]')!.textContent = score.passed ? 'Passed' : 'Not passed yet';
		result.querySelector('[data-result-text]')!.textContent = `${summary} Each question now shows what was right and why.`;
		result.querySelector<HTMLButtonElement>('[data-retry="missed"]')!.hidden = score.correctCount === score.total;
		this.querySelector('[data-announcer]')!.textContent = summary;
		result.querySelector<HTMLElement>('[data-result-heading]')!.focus();
	}

	#reveal(fieldset: HTMLFieldSetElement, correct: boolean) {
		fieldset.dataset.outcome = correct ? 'right' : 'wrong';
		const verdict = fieldset.querySelector<HTMLElement>('.question__verdict')!;
		verdict.textContent = correct ? 'Right.' : 'Not quite.';
		verdict.hidden = false;
		fieldset.querySelector<HTMLElement>('.question__explanation')!.hidden = false;
		for (const option of fieldset.querySelectorAll<HTMLElement>('.option')) {
			const picked = option.querySelector<HTMLInputElement>('input')!.checked;
			const isRight = option.hasAttribute('data-correct');
			const outcome: Outcome | undefined = picked ? (isRight ? 'right' : 'wrong') : isRight ? 'missed' : undefined;
			const feedback = option.querySelector<HTMLElement>('.option__feedback')!;
			if (!outcome) continue;
			option.dataset.outcome = outcome;
			feedback.querySelector('.option__verdict')!.textContent =
				outcome === 'right' ? 'Your answer, right: ' : outcome === 'wrong' ? 'Your answer, not right: ' : 'You missed this right answer: ';
			feedback.hidden = false;
		}
	}

	#retry(onlyMissed: boolean) {
		const keep = new Set<string>();
		if (onlyMissed) {
			for (const fieldset of this.#fieldsets()) if (fieldset.dataset.outcome === 'right' || this.#rightBefore.has(fieldset.dataset.question!)) keep.add(fieldset.dataset.question!);
		}
		if (!onlyMissed) this.#draw();
		this.#startRound(keep);
		const first = this.#fieldsets().find((fieldset) => !fieldset.disabled);
		first?.scrollIntoView({ block: 'start' });
		first?.querySelector<HTMLInputElement>('input')?.focus();
		this.querySelector('[data-announcer]')!.textContent = onlyMissed
			? `Answer the ${this.#fieldsets().length - keep.size} questions you missed, then check again.`
			: 'All questions are cleared. Answer them, then check again.';
	}
}
customElements.define('ct-quiz', CtQuiz);
