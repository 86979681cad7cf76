/** A quiz check as the LMS standards need it: options as indexes in the written order, and the exact score. */
import type { QuizCheckedDetail } from '../quiz.ts';
import type { LmsPageData } from './page-data.ts';
import type { Answer } from './scorm-model.ts';

/** A quiz check's question, as an interaction: options become their indexes in the written order. */
export function toAnswer(page: LmsPageData, question: QuizCheckedDetail['questions'][number]): Answer {
	const written = page.questions[question.id];
	const indexes = (texts: string[]) => texts.map((text) => written?.options.indexOf(text) ?? -1).filter((index) => index >= 0);
	return {
		id: `${page.module}.${question.id}`,
		type: question.type,
		objective: question.objective,
		correct: question.correct,
		response: indexes(question.response),
		correctResponse: indexes(question.correctResponse),
		prompt: written?.prompt ?? question.id,
	};
}

/** The exact share of right answers, which decides a pass; the whole percent rounds it down. */
export const exactScore = (detail: QuizCheckedDetail) => (detail.questions.length === 0 ? 0 : detail.questions.filter((question) => question.correct).length / detail.questions.length);

