import type { z } from 'astro/zod';
import { array, fields, slug, text } from './author-errors.ts';

/** A learning path: content/paths/<id>.yaml. */
export const pathSchema = fields(
	{
		/** The path's title: "IT operations staff". */
		title: text,
		/** Who the path is for, in words. */
		audience: text,
		/** A paragraph on what the path covers. */
		description: text,
		/** Module slugs, in the order a learner should take them. */
		modules: array(slug).min(1, 'expected at least 1 module'),
	},
	'src/schemas/path.ts',
);
export type PathData = z.output<typeof pathSchema>;
