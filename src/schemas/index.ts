/**
 * The shape of everything authors write in content/. Each field's doc comment says what
 * it means to an author; the build rejects any file that does not match, naming the
 * file and the field. Unknown fields are errors too, so a misspelt field name is caught.
 */
import { z } from 'zod';

/** Says what was found as well as what was expected, for every author-facing error. */
function found(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
z.config({
	customError: (issue) => {
		if (issue.code === 'invalid_type') return `expected ${issue.expected}, found ${found(issue.input)}`;
		if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, found ${found(issue.input)}`;
		if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: check its spelling against the fields in src/schemas/`;
		return undefined;
	},
});

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase name with hyphens, like "risk-vocabulary"');

const text = z.string().trim().min(1, 'expected some text, found none');

/** The three tracks a module can belong to. */
export const TRACKS = ['security-for-it', 'it-ops-for-security', 'joint'] as const;
export type Track = (typeof TRACKS)[number];

/** A publication a module or term cites. */
export const sourceSchema = z.strictObject({
	/** The publication's title as its publisher gives it. */
	title: text,
	/** Who published it: "NIST", "CISA", "Google". */
	publisher: text,
	/** The year of the edition cited. */
	year: z.number().int().min(1950).max(2100),
	/** A public https link to the publication. */
	url: z.url({ protocol: /^https$/, error: (issue) => `expected an https:// link, found ${found(issue.input)}` }),
	/** True when the course cites this edition as history: content/source-status.yaml records it as withdrawn or superseded. */
	historical: z.boolean().default(false),
});

/** One thing a learner can do after the module; every objective is checked by a quiz question. */
export const objectiveSchema = z.strictObject({
	/** A short name for the objective that quiz questions refer to, like "define-risk". */
	id: slug,
	/** The objective, starting with an action verb: "Distinguish CVE, CVSS, EPSS and KEV." */
	text,
});

/** The frontmatter of a module: content/modules/<slug>.mdx. */
export const moduleSchema = z
	.strictObject({
		/** The module's title, shown as its heading and in lists. */
		title: text,
		/** One or two sentences on what the learner gets out of the module. */
		summary: text,
		/** Which track the module belongs to. */
		track: z.enum(TRACKS),
		/** Who the module is written for, in words: "Systems administrators and cloud engineers". */
		audience: text,
		/** Estimated minutes to read the module and take its quiz. */
		minutes: z.number().int().min(1).max(120),
		/** Three to five learning objectives. */
		objectives: z.array(objectiveSchema).min(3, 'expected at least 3 objectives').max(5, 'expected at most 5 objectives'),
		/** Slugs of modules a learner should complete first. */
		prerequisites: z.array(slug).default([]),
		/** Slugs this module was published under before a rename: their URLs redirect here and their progress counts here. */
		formerSlugs: z.array(slug).default([]),
		/** The publications the module cites: at least three. */
		sources: z.array(sourceSchema).min(3, 'expected at least 3 sources'),
		/** When a subject-matter expert last checked the module, as YYYY-MM-DD. */
		lastReviewed: z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' }),
	})
	.superRefine((module, ctx) => {
		const seen = new Set<string>();
		module.objectives.forEach((objective, index) => {
			if (seen.has(objective.id)) {
				ctx.addIssue({ code: 'custom', path: ['objectives', index, 'id'], message: `objective id "${objective.id}" is used twice` });
			}
			seen.add(objective.id);
		});
	});

/** An answer option of a single- or multiple-choice question. */
const optionSchema = z.strictObject({
	/** The option as the learner sees it. */
	text,
	/** Whether choosing this option is right. */
	correct: z.boolean().default(false),
	/** What the learner is told after choosing (or, for a right option, missing) it: teach, don't just judge. */
	feedback: text,
});

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

const choiceQuestionSchema = z
	.strictObject({
		...questionBase,
		/** single: one right option. multiple: "select all that apply". */
		type: z.enum(['single', 'multiple']),
		/** Two to six options. */
		options: z.array(optionSchema).min(2, 'expected at least 2 options').max(6, 'expected at most 6 options'),
		/** Keep the options in the written order instead of shuffling them per attempt. */
		keepOrder: z.boolean().default(false),
	})
	.superRefine((question, ctx) => {
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

const trueFalseQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('true-false'),
	/** Whether the statement in the prompt is true. */
	answer: z.boolean(),
	/** What a learner who answered true, and one who answered false, is told. */
	feedback: z.strictObject({ true: text, false: text }),
});

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
export const quizSchema = z
	.strictObject({
		/** The percentage of questions a learner must get right to pass. */
		passMark: z.number().int().min(1).max(100).default(80),
		/** The questions, in the order they are shown. */
		questions: z.array(questionSchema).min(1, 'expected at least 1 question'),
		/** Makes the quiz a question bank: each attempt draws this many questions at random. */
		draw: z.number().int().min(1).optional(),
	})
	.superRefine((quiz, ctx) => {
		if (quiz.draw !== undefined && quiz.draw > quiz.questions.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['draw'],
				message: `the quiz draws ${quiz.draw} questions but holds only ${quiz.questions.length}; add questions or lower draw`,
			});
		}
		const seen = new Set<string>();
		quiz.questions.forEach((question, index) => {
			if (seen.has(question.id)) {
				ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `question id "${question.id}" is used twice` });
			}
			seen.add(question.id);
		});
	});
export type Quiz = z.output<typeof quizSchema>;

/** A glossary term: content/glossary/<slug>.yaml. */
export const termSchema = z.strictObject({
	/** The term as displayed: "Recovery point objective". */
	term: text,
	/** Abbreviations, matched case-sensitively in prose and search: ["RPO"]. */
	abbreviations: z.array(text).default([]),
	/** Other names people use or search for. */
	aliases: z.array(text).default([]),
	/** One plain sentence. */
	definition: text,
	/** How IT operations uses the word. */
	operations: text,
	/** How security uses the word. */
	security: text,
	/** True when the two teams mean different things by the same word; the page then sets the meanings side by side. */
	meaningsDiffer: z.boolean().default(false),
	/** Why the other team should care. */
	whyItMatters: text,
	/** Slugs of related glossary terms. */
	related: z.array(slug).default([]),
	/** Where the definition comes from: at least one. */
	sources: z.array(sourceSchema).min(1, 'expected at least 1 source'),
	/** When a subject-matter expert last checked the term, as YYYY-MM-DD. */
	lastReviewed: z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' }).optional(),
});
export type Term = z.output<typeof termSchema>;

/** A learning path: content/paths/<id>.yaml. */
export const pathSchema = z.strictObject({
	/** The path's title: "IT operations staff". */
	title: text,
	/** Who the path is for, in words. */
	audience: text,
	/** A paragraph on what the path covers. */
	description: text,
	/** Module slugs, in the order a learner should take them. */
	modules: z.array(slug).min(1, 'expected at least 1 module'),
});
