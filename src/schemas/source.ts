import { z } from 'astro/zod';
import { boolean, fields, found, number, text } from './author-errors.ts';

/** A publication a module or term cites. */
export const sourceSchema = fields(
	{
		/** The publication's title as its publisher gives it. */
		title: text,
		/** Who published it: "NIST", "CISA", "Google". */
		publisher: text,
		/** The year of the edition cited. */
		year: number.int().min(1950).max(2100),
		/** A public https link to the publication. */
		url: z.url({ protocol: /^https$/, error: (issue) => `expected an https:// link, found ${found(issue.input)}` }),
		/** True when the course cites this edition as history: content/source-status.yaml records it as withdrawn or superseded. */
		historical: boolean.default(false),
	},
	'src/schemas/source.ts',
);
export type Source = z.output<typeof sourceSchema>;
