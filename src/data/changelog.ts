/**
 * The course's version and what changed in each release, from content/changelog.yaml. The
 * newest release's version is the course's version: pages get it from loadCourse, build hooks
 * (the LMS packages) from readCourseVersion, so both always agree with the changelog.
 */
import { readCourseRecords } from './read-content.ts';
import type { Change, Release } from '../schemas/index.ts';

export const CHANGELOG_FILE = 'content/changelog.yaml';

/** The course's version: the newest release's. */
export function courseVersion(changelog: readonly Release[]): string {
	const newest = changelog[0];
	if (!newest) throw new Error(`${CHANGELOG_FILE}: no release is listed, so the course has no version. Add a release with a version, a date and its changes.`);
	return newest.version;
}

/** The course's version read from the content folder, for code that runs outside the pages (build hooks, LMS packages). */
export function readCourseVersion(contentDir: string | URL): string {
	const { changelog, problems } = readCourseRecords(contentDir);
	if (problems.length > 0) throw new Error(`The course's version cannot be read:\n- ${problems.join('\n- ')}`);
	return courseVersion(changelog);
}

const longDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A release or review date as the pages show it: "1 December 2026". */
export const formatDay = (date: Date) => longDay.format(date);

/** The id of a release's section on /whats-new/: "version-2026-12". */
export const releaseAnchor = (version: string) => `version-${version.replaceAll('.', '-')}`;

/** What the changelog check needs to know: module slugs with the slugs they had before a rename, and term slugs. */
export interface ChangelogTargets {
	modules: Record<string, { formerSlugs?: readonly string[] }>;
	terms: Record<string, unknown>;
}

/**
 * Changes that name a module or term the course does not have. A module's former slug
 * counts as that module, so renaming a module does not mean rewriting history.
 */
export function findChangelogProblems(changelog: readonly Release[], course: ChangelogTargets): string[] {
	const current = currentSlugs(course);
	const moduleList = Object.keys(course.modules).sort().join(', ');
	return changelog.flatMap((release, releaseIndex) =>
		release.changes.flatMap((change, changeIndex) => {
			const field = `${releaseIndex}.changes.${changeIndex}`;
			if (change.module && !current.has(change.module)) {
				return [`${CHANGELOG_FILE}: ${field}.module of release ${release.version} names "${change.module}", which is not a module. Expected one of: ${moduleList}.`];
			}
			if (change.term && !course.terms[change.term]) {
				return [`${CHANGELOG_FILE}: ${field}.term of release ${release.version} names "${change.term}", which is not a glossary term. Expected the name of a file in content/glossary/.`];
			}
			return [];
		}),
	);
}

function currentSlugs(course: ChangelogTargets): Map<string, string> {
	const slugs = new Map(Object.keys(course.modules).map((slug) => [slug, slug] as const));
	for (const [slug, module] of Object.entries(course.modules)) for (const former of module.formerSlugs ?? []) if (!slugs.has(former)) slugs.set(former, slug);
	return slugs;
}

/** The changelog with every module slug resolved to the module's current slug. */
export function resolveChangelog(changelog: readonly Release[], course: ChangelogTargets): Release[] {
	const current = currentSlugs(course);
	return changelog.map((release) => ({
		...release,
		changes: release.changes.map((change) => (change.module ? { ...change, module: current.get(change.module) ?? change.module } : change)),
	}));
}

/** The newest release that changed the given module or term, with just those changes; undefined if none did. */
export function latestChangesTo(changelog: readonly Release[], target: { module: string } | { term: string }): { release: Release; changes: Change[] } | undefined {
	for (const release of changelog) {
		const changes = release.changes.filter((change) => ('module' in target ? change.module === target.module : change.term === target.term));
		if (changes.length > 0) return { release, changes };
	}
	return undefined;
}
