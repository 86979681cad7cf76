/**
 * Error messages written for authors: what was found as well as what was expected. Each
 * schema carries them itself (zod's per-schema `error`), so nothing changes zod's messages
 * for other code in the build.
 */
import { z } from 'astro/zod';

/** A short, quoted rendering of the value an author wrote. */
export function found(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The message for an issue of the kinds authors meet most; other kinds keep zod's (or Astro's) message. */
export function authorMessage(issue: z.core.$ZodRawIssue, fieldsFile?: string): string | undefined {
	if (issue.code === 'invalid_type') return `expected ${issue.expected}, found ${found(issue.input)}`;
	if (issue.code === 'invalid_value')
		return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, found ${found(issue.input)}`;
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((key) => `"${key}"`).join(', ');
		return `unknown field ${keys}: check its spelling against the fields in ${fieldsFile ?? 'src/schemas/'}`;
	}
	return undefined;
}

const error = { error: (issue: z.core.$ZodRawIssue) => authorMessage(issue) };

/** A lowercase name with hyphens: file names, ids and slugs. */
export const slug = z.string(error).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase name with hyphens, like "risk-vocabulary"');

/** Some text, not just spaces. */
export const text = z.string(error).trim().min(1, 'expected some text, found none');

export const boolean = z.boolean(error);
export const number = z.number(error);
export const array = <T extends z.ZodType>(item: T) => z.array(item, error);
export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, error);

/** A calendar date written YYYY-MM-DD. */
export const date = z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' });

/** An object that rejects unknown fields, pointing the author at the file that documents them. */
export const fields = <T extends z.core.$ZodLooseShape>(shape: T, fieldsFile: string) =>
	z.strictObject(shape, { error: (issue) => authorMessage(issue, fieldsFile) });

/** Adds an issue for each entry whose id repeats an earlier one: `listName` is the field holding the list. */
export function reportRepeatedIds(entries: readonly { id: string }[], listName: string, kind: string, ctx: z.core.$RefinementCtx) {
	const seen = new Set<string>();
	entries.forEach((entry, index) => {
		if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [listName, index, 'id'], message: `${kind} id "${entry.id}" is used twice` });
		seen.add(entry.id);
	});
}
