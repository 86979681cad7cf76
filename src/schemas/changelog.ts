import { z } from 'astro/zod';
import { array, date, fields, found, slug, text } from './author-errors.ts';

const FIELDS = 'src/schemas/changelog.ts';

/** A calendar version, "2026.12"; a second release in the same month adds a number, "2026.12.1". */
const VERSION = /^\d{4}\.(?:0[1-9]|1[0-2])(?:\.[1-9]\d*)?$/;

/** One thing that changed in a release, in one module, in one term, or across the course. */
export const changeSchema = fields(
	{
		/** The slug of the module that changed, when the change is in one module. Its page shows the change beside "Last reviewed". */
		module: slug.optional(),
		/** The slug of the glossary term that changed, when the change is in one term. */
		term: slug.optional(),
		/** What changed, in a sentence a learner understands: "Teaches BOD 26-04, which replaced BOD 22-01 in June 2026." */
		change: text,
	},
	FIELDS,
).refine((change) => !(change.module && change.term), { message: 'name a module or a term, not both: write two changes', path: ['term'] });
export type Change = z.output<typeof changeSchema>;

/** One release of the course: an entry of content/changelog.yaml. */
export const releaseSchema = fields(
	{
		/** The course's version from this release on: "2026.12", in quotes (unquoted, YAML reads 2026.10 as the number 2026.1). */
		version: z
			.string({ error: (issue) => `expected the version in quotes, like "2026.12", found ${found(issue.input)}` })
			.regex(VERSION, 'expected a version written YYYY.MM, like "2026.12" (or "2026.12.1" for a second release that month)'),
		/** The day the release was published, as YYYY-MM-DD. */
		date,
		/** Optional: one or two sentences on the release as a whole, shown above its changes. */
		summary: text.optional(),
		/** What changed, one entry per module, term or course-wide change. */
		changes: array(changeSchema).min(1, 'expected at least 1 change'),
	},
	FIELDS,
);
export type Release = z.output<typeof releaseSchema>;

/**
 * content/changelog.yaml: the releases, newest first. The newest release's version is the
 * course's version, shown in the footer and recorded by the LMS packages and completion records.
 */
export const changelogFileSchema = array(releaseSchema)
	.min(1, 'expected at least 1 release: the newest one is the course version')
	.superRefine((releases, ctx) => {
		const seen = new Set<string>();
		releases.forEach((release, index) => {
			if (seen.has(release.version)) ctx.addIssue({ code: 'custom', path: [index, 'version'], message: `version "${release.version}" is listed twice` });
			seen.add(release.version);
			const newer = releases[index - 1];
			if (newer && release.date > newer.date) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'date'],
					message: `release ${release.version} is dated after ${newer.version}, which is listed above it. Expected the newest release first`,
				});
			}
		});
	});
