/// <reference lib="webworker" />
/**
 * The search page's worker: it loads the index and answers each query off the page's
 * main thread, where on a large course either would hold up typing. It answers every
 * message with a `SearchResponse`; an empty query only loads the index.
 */
import { highlight, loadSearch, search, snippet, type SearchDoc, type Searcher, type SnippetPart } from './lib/search';

/** What the page asks: the words typed so far. */
export interface SearchRequest {
	query: string;
}

/** One result as the page shows it, with the words that match marked. */
export interface ShownResult {
	url: string;
	kind: SearchDoc['kind'];
	title: SnippetPart[];
	excerpt: SnippetPart[];
}

/** The answer to one request; `results` is missing when the index could not be loaded. */
export interface SearchResponse {
	query: string;
	results?: ShownResult[];
}

let loading: Promise<Searcher> | undefined;

function loadIndex(): Promise<Searcher> {
	loading ??= fetch('/search-index.json')
		.then((response) => {
			if (!response.ok) throw new Error(`The search index answered ${response.status}.`);
			return response.json();
		})
		.then(loadSearch)
		.catch((error: unknown) => {
			// The next query tries again: the network may be back.
			loading = undefined;
			throw error;
		});
	return loading;
}

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
	const { query } = event.data;
	let answer: SearchResponse;
	try {
		const searcher = await loadIndex();
		answer = {
			query,
			results: search(searcher, query).map(({ doc }) => ({ url: doc.url, kind: doc.kind, title: highlight(doc.title, query), excerpt: snippet(doc.text, query) })),
		};
	} catch {
		answer = { query };
	}
	self.postMessage(answer);
});
