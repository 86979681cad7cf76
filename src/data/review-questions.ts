/** The build's copy of every quiz question for the review page: /review/questions.json (see src/client/review/questions.ts). */
import type { ReviewQuestions } from '../client/review/questions.ts';
import { reviewKey } from '../client/progress/format.ts';
import type { Quiz } from '../schemas/index.ts';

/** What the review needs of a module. */
export interface ReviewedModule {
	slug: string;
	title: string;
	objectives: readonly { id: string; text: string }[];
	quiz: Quiz | undefined;
}

/** Every module's questions, keyed by review key, with the modules' titles and objectives. */
export function reviewQuestions(modules: readonly ReviewedModule[]): ReviewQuestions {
	const data: ReviewQuestions = { modules: {}, questions: {} };
	for (const module of modules) {
		data.modules[module.slug] = { title: module.title, objectives: Object.fromEntries(module.objectives.map((objective) => [objective.id, objective.text])) };
		for (const question of module.quiz?.questions ?? []) {
			data.questions[reviewKey(module.slug, question.id)] = {
				objective: question.objective,
				type: question.type,
				prompt: question.prompt,
				options: question.options.map((option) => ({ text: option.text, ...(option.correct ? { correct: true as const } : {}), feedback: option.feedback })),
				...(question.keepOrder ? { keepOrder: true as const } : {}),
				explanation: question.explanation,
			};
		}
	}
	return data;
}

/** The review page's address: every question due, or one module's (and one objective's) only. */
export function reviewHref(module?: string, objective?: string): string {
	if (module === undefined) return '/review/';
	const query = new URLSearchParams({ module, ...(objective === undefined ? {} : { objective }) });
	return `/review/?${query}`;
}
