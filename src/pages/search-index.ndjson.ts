import type { APIRoute } from 'astro';
import { loadSearchIndex } from '../data/course';

/** The search index: word counts and the pages they point to, loaded by the search page. */
export const GET: APIRoute = async () => new Response(await loadSearchIndex(), { headers: { 'Content-Type': 'application/x-ndjson' } });
