/**
 * The whole course, loaded once per build and checked across files. Pages read the
 * course from here, so a broken reference fails the build before any page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findCourseProblems, findOverdueReviews, findUnreachedTerms } from './course-checks.ts';
import { courseVersion, findChangelogProblems, resolveChangelog } from './changelog.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { readCourseRecords } from './read-content.ts';
import { moduleNoteText, site, termNoteText } from './site.ts';
import { findSourceProblems } from './source-checks.ts';
import { markdownHeadings, markdownToText } from '../markdown/plain-text.ts';
import { findTermUsage } from './term-usage.ts';
import { buildSearchData, searchIndexFile, type IndexedPage } from '../client/search.ts';
import { t } from '../i18n/index.ts';
import type { Release, SourceStatus } from '../schemas/index.ts';

export type Module = CollectionEntry<'modules'>;
export type Term = CollectionEntry<'glossary'>;
export type Path = CollectionEntry<'paths'>;

export interface Course {
	modules: Map<string, Module>;
	quizzes: Map<string, CollectionEntry<'quizzes'>['data']>;
	terms: Map<string, Term>;
	paths: Map<string, Path>;
	/** The register of withdrawn and superseded documents, by the link cited. */
	sourceStatus: Map<string, SourceStatus>;
	/** The releases, newest first, with renamed modules' slugs resolved to the current ones. */
	changelog: Release[];
	/** The course's version: the newest release's. */
	version: string;
}

/** The paths content/site.yaml offers first (the public ones unless it says), in that order; any others follow by name. */
const pathRank = (id: string) => {
	const rank = site.homePaths.indexOf(id);
	return rank === -1 ? site.homePaths.length : rank;
};

let loading: Promise<Course> | undefined;

/** Loads and cross-checks the course; throws one error listing every problem found. */
export function loadCourse(): Promise<Course> {
	loading ??= load();
	return loading;
}

const bySlug = <T extends { id: string }>(entries: T[]) =>
	new Map(entries.sort((a, b) => a.id.localeCompare(b.id)).map((entry) => [entry.id, entry] as const));

async function load(): Promise<Course> {
	const [modules, quizzes, terms, paths] = await Promise.all([
		getCollection('modules'),
		getCollection('quizzes'),
		getCollection('glossary'),
		getCollection('paths'),
	]);
	const data = <T extends { id: string; data: unknown }>(entries: T[]) =>
		Object.fromEntries(entries.map((entry) => [entry.id, entry.data as T['data']]));
	// The register and the changelog are single files, not collections of entries: read them
	// where the build hooks (LMS packages) read them too.
	const records = readCourseRecords(CONTENT_DIR);
	const outline = { modules: data(modules), quizzes: data(quizzes), terms: data(terms), paths: data(paths) };
	const problems = [
		...records.problems,
		...findCourseProblems(outline),
		...findSourceProblems(outline, records.sourceStatus),
		...findChangelogProblems(records.changelog, outline),
	];
	if (problems.length > 0) {
		throw new Error(`The course has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	}
	for (const warning of findOverdueReviews(outline, new Date())) console.warn(warning);
	return {
		modules: bySlug(modules),
		quizzes: new Map(quizzes.map((quiz) => [quiz.id, quiz.data])),
		terms: bySlug(terms),
		paths: new Map(
			paths
				.sort((a, b) => pathRank(a.id) - pathRank(b.id) || a.id.localeCompare(b.id))
				.map((path) => [path.id, path] as const),
		),
		sourceStatus: new Map(records.sourceStatus.map((status) => [status.url, status] as const)),
		changelog: resolveChangelog(records.changelog, outline),
		version: courseVersion(records.changelog),
	};
}

let usage: Map<string, Module[]> | undefined;

/** For each term slug, the modules whose prose mentions (and so links) it. Warns about terms nothing reaches. */
export async function loadTermUsage(): Promise<Map<string, Module[]>> {
	if (usage) return usage;
	const course = await loadCourse();
	const terms = [...course.terms.values()].map((term) => ({ slug: term.id, ...term.data }));
	const modules = [...course.modules.values()].map((module) => ({ id: module.id, body: module.body ?? '' }));
	usage = new Map([...findTermUsage(modules, terms)].map(([slug, moduleSlugs]) => [slug, moduleSlugs.map((id) => course.modules.get(id)!)]));
	const termData = Object.fromEntries(terms.map((term) => [term.slug, term]));
	for (const slug of findUnreachedTerms(termData, new Set(usage.keys()))) {
		console.warn(`content/glossary/${slug}.yaml: no module uses this term and no other term lists it as related.`);
	}
	return usage;
}

let searchIndex: Promise<string> | undefined;

/** The text of /search-index.ndjson: the word counts of every module and term, and the pages themselves. */
export function loadSearchIndex(): Promise<string> {
	searchIndex ??= (async () => {
		const course = await loadCourse();
		// An organization's local note is part of the page it is shown on, so search finds the page by it.
		const withNote = (text: string, note: string | undefined) => (note ? `${text} ${markdownToText(note)}` : text);
		const pages: IndexedPage[] = [
			...[...course.modules.values()].map((module) => ({
				url: `/modules/${module.id}/`,
				kind: 'module' as const,
				title: module.data.title,
				names: '',
				headings: markdownHeadings(module.body ?? '').join(' · '),
				text: withNote(`${module.data.summary} ${markdownToText(module.body ?? '')}`, moduleNoteText(module.id)),
			})),
			...[...course.terms.values()].map((term) => ({
				url: `/glossary/${term.id}/`,
				kind: 'term' as const,
				title: term.data.abbreviations.length ? `${term.data.term} (${term.data.abbreviations.join(', ')})` : term.data.term,
				names: [...term.data.abbreviations, ...term.data.aliases].join(' '),
				exactNames: [term.data.term, ...term.data.abbreviations, ...term.data.aliases],
				headings: '',
				text: withNote(`${term.data.definition} ${t('term.operations')}: ${term.data.operations} ${t('term.security')}: ${term.data.security}`, termNoteText(term.id)),
			})),
		];
		return searchIndexFile(buildSearchData(pages));
	})();
	return searchIndex;
}
