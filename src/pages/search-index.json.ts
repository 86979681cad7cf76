import type { APIRoute } from 'astro';
import { loadCourse } from '../course';
import { markdownHeadings, markdownToText } from '../lib/plain-text';
import { buildSearchIndex, type SearchData, type SearchDoc } from '../lib/search';

/** The search index and the documents it points to, loaded by the browser on first search. */
export const GET: APIRoute = async () => {
	const course = await loadCourse();
	const docs: SearchDoc[] = [
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
	const data: SearchData = { index: buildSearchIndex(docs).toJSON(), docs };
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
