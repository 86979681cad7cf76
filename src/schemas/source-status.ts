import { z } from 'astro/zod';
import { array, date, enumOf, fields, text } from './author-errors.ts';

const FIELDS = 'src/schemas/source-status.ts';
const https = z.url({ protocol: /^https$/, error: 'expected an https:// link' });

/** A publication the course knows is no longer current: one entry of content/source-status.yaml. */
export const sourceStatusSchema = fields(
	{
		/** The exact link modules and terms cite. */
		url: https,
		/** withdrawn: the publisher took it back. superseded: a newer edition or document replaces it. */
		status: enumOf(['withdrawn', 'superseded']),
		/** When it stopped being current, as YYYY-MM-DD. */
		since: date,
		/** What replaced it, if anything. */
		successor: fields({ title: text, url: https }, FIELDS).optional(),
		/** One sentence a learner may need: "CISA revoked it when it issued BOD 26-04." */
		note: text.optional(),
	},
	FIELDS,
);
export type SourceStatus = z.output<typeof sourceStatusSchema>;

/** content/source-status.yaml: a list of entries, or nothing. */
export const sourceStatusFileSchema = array(sourceStatusSchema)
	.nullable()
	.transform((entries) => entries ?? []);
