import { z } from 'astro/zod';
import { array, boolean, enumOf, fields, found, number, reportRepeatedIds, slug, text } from './author-errors.ts';

const FIELDS = 'src/schemas/quiz.ts';

/** An answer option of a single- or multiple-choice question. */
const optionSchema = fields(
	{
		/** The option as the learner sees it. */
		text,
		/** Whether choosing this option is right. */
		correct: boolean.default(false),
		/** What the learner is told after choosing (or, for a right option, missing) it: teach, don't just judge. */
		feedback: text,
	},
	FIELDS,
);

/** Fields every question has. */
const questionBase = {
	/** A stable name for the question, unique in its quiz: progress is kept under it. */
	id: slug,
	/** The id of the module objective this question checks. */
	objective: slug,
	/** The question itself. */
	prompt: text,
	/** Shown after the learner answers: why the right answer is right. */
	explanation: text,
};

const choiceQuestionSchema = fields(
	{
		...questionBase,
		/** single: one right option. multiple: "select all that apply". */
		type: enumOf(['single', 'multiple']),
		/** Two to six options. */
		options: array(optionSchema).min(2, 'expected at least 2 options').max(6, 'expected at most 6 options'),
		/** Keep the options in the written order instead of shuffling them per attempt. */
		keepOrder: boolean.default(false),
	},
	FIELDS,
).superRefine((question, ctx) => {
	const correct = question.options.filter((option) => option.correct).length;
	if (correct === 0) {
		ctx.addIssue({ code: 'custom', path: ['options'], message: `question "${question.id}" has no option marked "correct: true"` });
	}
	if (question.type === 'single' && correct > 1) {
		ctx.addIssue({
			code: 'custom',
			path: ['options'],
			message: `single-choice question "${question.id}" has ${correct} correct options; expected exactly 1 (use type: multiple for select-all)`,
		});
	}
});

const trueFalseQuestionSchema = fields(
	{
		...questionBase,
		type: z.literal('true-false'),
		/** Whether the statement in the prompt is true. */
		answer: boolean,
		/** What a learner who answered true, and one who answered false, is told. */
		feedback: fields({ true: text, false: text }, FIELDS),
	},
	FIELDS,
);

/** A quiz question. True/false questions become two options, True and False, in that order. */
export const questionSchema = z
	.discriminatedUnion('type', [choiceQuestionSchema, trueFalseQuestionSchema], {
		error: (issue) =>
			issue.code === 'invalid_union'
				? `expected "type" to be one of "single", "multiple", "true-false", found ${found((issue.input as { type?: unknown } | undefined)?.type)}`
				: undefined,
	})
	.transform((question) => {
		if (question.type !== 'true-false') return question;
		const { answer, feedback, ...rest } = question;
		return {
			...rest,
			options: [
				{ text: 'True', correct: answer, feedback: feedback.true },
				{ text: 'False', correct: !answer, feedback: feedback.false },
			],
			keepOrder: true,
		};
	});
export type Question = z.output<typeof questionSchema>;

/** A module's quiz: content/quizzes/<module-slug>.yaml. */
export const quizSchema = fields(
	{
		/** The percentage of questions a learner must get right to pass. */
		passMark: number.int().min(1).max(100).default(80),
		/** The questions, in the order they are shown. */
		questions: array(questionSchema).min(1, 'expected at least 1 question'),
		/** Makes the quiz a question bank: each attempt draws this many questions at random. */
		draw: number.int().min(1).optional(),
	},
	FIELDS,
).superRefine((quiz, ctx) => {
	if (quiz.draw !== undefined && quiz.draw > quiz.questions.length) {
		ctx.addIssue({
			code: 'custom',
			path: ['draw'],
			message: `the quiz draws ${quiz.draw} questions but holds only ${quiz.questions.length}; add questions or lower draw`,
		});
	}
	reportRepeatedIds(quiz.questions, 'questions', 'question', ctx);
});
export type Quiz = z.output<typeof quizSchema>;
