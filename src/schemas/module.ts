import type { z } from 'astro/zod';
import { array, date, enumOf, fields, number, reportRepeatedIds, slug, text } from './author-errors.ts';
import { sourceSchema } from './source.ts';

/** The three tracks a module can belong to. */
export const TRACKS = ['security-for-it', 'it-ops-for-security', 'joint'] as const;
export type Track = (typeof TRACKS)[number];

const FIELDS = 'src/schemas/module.ts';

/** One thing a learner can do after the module; every objective is checked by a quiz question. */
export const objectiveSchema = fields(
	{
		/** A short name for the objective that quiz questions refer to, like "define-risk". */
		id: slug,
		/** The objective, starting with an action verb: "Distinguish CVE, CVSS, EPSS and KEV." */
		text,
	},
	FIELDS,
);

/** The frontmatter of a module: content/modules/<slug>.mdx. */
export const moduleSchema = fields(
	{
		/** The module's title, shown as its heading and in lists. */
		title: text,
		/** One or two sentences on what the learner gets out of the module. */
		summary: text,
		/** Which track the module belongs to. */
		track: enumOf(TRACKS),
		/** Who the module is written for, in words: "Systems administrators and cloud engineers". */
		audience: text,
		/** Estimated minutes to read the module and take its quiz. */
		minutes: number.int().min(1).max(120),
		/** Three to five learning objectives. */
		objectives: array(objectiveSchema).min(3, 'expected at least 3 objectives').max(5, 'expected at most 5 objectives'),
		/** Slugs of modules a learner should complete first. */
		prerequisites: array(slug).default([]),
		/** Slugs this module was published under before a rename: their URLs redirect here and their progress counts here. */
		formerSlugs: array(slug).default([]),
		/** The publications the module cites: at least three. */
		sources: array(sourceSchema).min(3, 'expected at least 3 sources'),
		/** When a subject-matter expert last checked the module, as YYYY-MM-DD. */
		lastReviewed: date,
	},
	FIELDS,
).superRefine((module, ctx) => reportRepeatedIds(module.objectives, 'objectives', 'objective', ctx));
export type ModuleData = z.output<typeof moduleSchema>;
