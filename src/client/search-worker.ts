/// <reference lib="webworker" />
/**
 * The search page's worker, for a course whose index is too large to load and search on
 * the page's main thread without holding up typing. Every message is a query (the empty
 * one only loads the index) and gets a `SearchResponse` back.
 */
import { answer } from './search-answers';

/** What the page asks: the words typed so far. */
export interface SearchRequest {
	query: string;
}

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
	self.postMessage(await answer(event.data.query));
});
