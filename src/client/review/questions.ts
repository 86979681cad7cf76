/**
 * The course's quiz questions as the review page reads them: /review/questions.json, written
 * at build time (src/data/review-questions.ts). Plain text only, never markup, and only what
 * a review shows: the prompt, the options with their feedback, the explanation, and the
 * module and objective each question belongs to.
 */

/** Where the review page fetches the questions. */
export const REVIEW_QUESTIONS_URL = '/review/questions.json';

export interface ReviewOption {
	text: string;
	/** Present, and true, on the right options only. */
	correct?: true;
	feedback: string;
}

export interface ReviewQuestion {
	/** The id of the module objective the question checks. */
	objective: string;
	type: 'single' | 'multiple' | 'true-false';
	prompt: string;
	options: ReviewOption[];
	/** Present, and true, when the options keep their written order (sequences, true or false). */
	keepOrder?: true;
	explanation: string;
}

export interface ReviewModule {
	title: string;
	/** The module's objectives: id → text. */
	objectives: Record<string, string>;
}

export interface ReviewQuestions {
	/** By module slug. */
	modules: Record<string, ReviewModule>;
	/** By review key, `<module>/<question>`: every question of the course, in course order. */
	questions: Record<string, ReviewQuestion>;
}
