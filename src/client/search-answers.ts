/**
 * Answers the search page's queries, wherever they run: on the page itself when the
 * course's index is small, in the page's worker when it is large (`PAGE_SEARCH_MAX_BYTES`).
 */
import { highlight, loadSearch, loadSearchInSlices, MAX_RESULTS, rank, snippet, type SearchDoc, type Searcher, type SnippetPart } from './search';

/** One result as the page shows it, with the words that match marked. */
export interface ShownResult {
	url: string;
	kind: SearchDoc['kind'];
	title: SnippetPart[];
	excerpt: SnippetPart[];
}

/** The answer to one query; `results` is missing when the index could not be loaded. */
export interface SearchResponse {
	query: string;
	/** The best results, at most `MAX_RESULTS`. */
	results?: ShownResult[];
	/** How many pages matched in all: more than `results` holds when the list was cut at `MAX_RESULTS`. */
	total?: number;
}

let loading: Promise<Searcher> | undefined;

/**
 * Fetches and rebuilds the index, once. With `pause`, it rebuilds in slices and hands the
 * thread back between them, as a page's main thread must.
 */
function loadIndex(pause?: () => Promise<void>): Promise<Searcher> {
	loading ??= fetch('/search-index.ndjson')
		.then((response) => {
			if (!response.ok) throw new Error(`The search index answered ${response.status}.`);
			return response.text();
		})
		.then((file) => (pause ? loadSearchInSlices(file, pause) : loadSearch(file)))
		.catch((error: unknown) => {
			// The next query tries again: the network may be back.
			loading = undefined;
			throw error;
		});
	return loading;
}

/** Answers a query; the empty query only loads the index. Never throws. */
export async function answer(query: string, pause?: () => Promise<void>): Promise<SearchResponse> {
	try {
		const searcher = await loadIndex(pause);
		const ranked = rank(searcher, query);
		return {
			query,
			results: ranked
				.slice(0, MAX_RESULTS)
				.map(({ doc }) => ({ url: doc.url, kind: doc.kind, title: highlight(doc.title, query), excerpt: snippet(doc.text, query) })),
			total: ranked.length,
		};
	} catch {
		return { query };
	}
}
