import type { APIRoute } from 'astro';
import { loadCourse } from '../course';
import { markdownHeadings, markdownToText } from '../lib/plain-text';
import { buildSearchData, type IndexedPage } from '../lib/search';

/** The search index: word counts and the pages they point to, loaded by the search page's worker. */
export const GET: APIRoute = async () => {
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
			headings: '',
			text: `${term.data.definition} In IT operations: ${term.data.operations} In security: ${term.data.security}`,
		})),
	];
	return new Response(JSON.stringify(buildSearchData(pages)), { headers: { 'Content-Type': 'application/json' } });
};
