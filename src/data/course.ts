/**
 * The whole course, loaded once per build and checked across files. Pages read the
 * course from here, so a broken reference fails the build before any page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findCourseProblems, findUnreachedTerms, REQUIRED_PATHS } from './course-checks.ts';
import { markdownHeadings, markdownToText } from '../markdown/plain-text.ts';
import { findTermUsage } from './term-usage.ts';
import { buildSearchData, searchIndexFile, type IndexedPage } from '../client/search.ts';
import type { Track } from '../schemas/index.ts';

export type Module = CollectionEntry<'modules'>;
export type Term = CollectionEntry<'glossary'>;
export type Path = CollectionEntry<'paths'>;

export interface Course {
	modules: Map<string, Module>;
	quizzes: Map<string, CollectionEntry<'quizzes'>['data']>;
	terms: Map<string, Term>;
	paths: Map<string, Path>;
}

export const TRACK_NAMES: Record<Track, string> = {
	'security-for-it': 'Security for IT staff',
	'it-ops-for-security': 'IT operations for security staff',
	joint: 'Joint modules',
};

/** The public paths come first, in this order; any others follow by name. */
const pathRank = (id: string) => {
	const rank = (REQUIRED_PATHS as readonly string[]).indexOf(id);
	return rank === -1 ? REQUIRED_PATHS.length : rank;
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
	const problems = findCourseProblems({
		modules: data(modules),
		quizzes: data(quizzes),
		terms: data(terms),
		paths: data(paths),
	});
	if (problems.length > 0) {
		throw new Error(`The course has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	}
	return {
		modules: bySlug(modules),
		quizzes: new Map(quizzes.map((quiz) => [quiz.id, quiz.data])),
		terms: bySlug(terms),
		paths: new Map(
			paths
				.sort((a, b) => pathRank(a.id) - pathRank(b.id) || a.id.localeCompare(b.id))
				.map((path) => [path.id, path] as const),
		),
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

/** Former module slug → current slug, for every renamed module. */
export async function loadRenames(): Promise<Record<string, string>> {
	const course = await loadCourse();
	return Object.fromEntries([...course.modules.values()].flatMap((module) => module.data.formerSlugs.map((former) => [former, module.id])));
}

let searchIndex: Promise<string> | undefined;

/** The text of /search-index.ndjson: the word counts of every module and term, and the pages themselves. */
export function loadSearchIndex(): Promise<string> {
	searchIndex ??= (async () => {
		const course = await loadCourse();
		const pages: IndexedPage[] = [
			...[...course.modules.values()].map((module) => ({
				url: `/modules/${module.id}/`,
				kind: 'module' as const,
				title: module.data.title,
				names: '',
				headings: markdownHeadings(module.body ?? '').join(' · '),
				text: `${module.data.summary} ${markdownToText(module.body ?? '')}`,
			})),
			...[...course.terms.values()].map((term) => ({
				url: `/glossary/${term.id}/`,
				kind: 'term' as const,
				title: term.data.abbreviations.length ? `${term.data.term} (${term.data.abbreviations.join(', ')})` : term.data.term,
				names: [...term.data.abbreviations, ...term.data.aliases].join(' '),
				exactNames: [term.data.term, ...term.data.abbreviations, ...term.data.aliases],
				headings: '',
				text: `${term.data.definition} In IT operations: ${term.data.operations} In security: ${term.data.security}`,
			})),
		];
		return searchIndexFile(buildSearchData(pages));
	})();
	return searchIndex;
}
