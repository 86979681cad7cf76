import type { z } from 'astro/zod';
import { array, boolean, date, fields, slug, text } from './author-errors.ts';
import { sourceSchema } from './source.ts';

/** A glossary term: content/glossary/<slug>.yaml. */
export const termSchema = fields(
	{
		/** The term as displayed: "Recovery point objective". */
		term: text,
		/** Abbreviations, matched case-sensitively in prose and search: ["RPO"]. */
		abbreviations: array(text).default([]),
		/** Other names people use or search for. */
		aliases: array(text).default([]),
		/** One plain sentence. */
		definition: text,
		/** How IT operations uses the word. */
		operations: text,
		/** How security uses the word. */
		security: text,
		/** True when the two teams mean different things by the same word; the page then sets the meanings side by side. */
		meaningsDiffer: boolean.default(false),
		/** Why the other team should care. */
		whyItMatters: text,
		/** Slugs of related glossary terms. */
		related: array(slug).default([]),
		/** Where the definition comes from: at least one. */
		sources: array(sourceSchema).min(1, 'expected at least 1 source'),
		/** When a subject-matter expert last checked the term, as YYYY-MM-DD. */
		lastReviewed: date,
	},
	'src/schemas/term.ts',
);
export type Term = z.output<typeof termSchema>;
