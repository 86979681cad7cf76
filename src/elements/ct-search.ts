/** The behaviour of <ct-search> in search.astro: the markup is rendered on the server there. */
import type { SnippetPart } from '../client/search';
import type { SearchResponse, ShownResult } from '../client/search-answers';
import type { SearchRequest } from '../client/search-worker';
import { clientStrings } from '../i18n/client';
import { takeHeaderSearch } from '../client/search-handoff';

/** Appends text to an element, wrapping the matched words in <mark>. */
function appendMarked(element: HTMLElement, parts: SnippetPart[]) {
	for (const part of parts) {
		if (part.highlight) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			element.append(mark);
		} else {
			element.append(part.text);
		}
	}
}

/** Answers one query; the empty query only loads the index. */
type Ask = (query: string) => Promise<SearchResponse>;

/** Hands the main thread back to the browser for a moment. */
const pause = () => (typeof globalThis.scheduler?.yield === 'function' ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve)));

/**
 * Searches on this page. The index loads in slices, so typing goes on meanwhile; once
 * loaded, each query is answered before the keystroke's frame is painted.
 */
function askOnPage(): Ask {
	// Imported once: each import() call would cost the answer a task, and so a frame.
	const answers = import('../client/search-answers');
	return (query) =>
		answers.then(
			({ answer }) => answer(query, pause),
			() => ({ query }),
		);
}

/** Searches in a worker, one query at a time; `fail` hears if the worker cannot run. */
function askWorker(fail: () => void): Ask {
	const worker = new Worker(new URL('../client/search-worker.ts', import.meta.url), { type: 'module' });
	let reply: ((response: SearchResponse) => void) | undefined;
	worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => reply?.(event.data));
	// A policy that forbids workers, or a worker script that fails to load, ends here.
	worker.addEventListener('error', fail);
	return (query) =>
		new Promise((resolve) => {
			reply = resolve;
			worker.postMessage({ query } satisfies SearchRequest);
		});
}

/** How long typing must pause before the query is written to the address bar. */
const URL_DELAY_MS = 400;

/**
 * The search box and its results. Searching happens on the page or in a worker, as the
 * build chose (`data-runs`). One query at a time is asked; when an answer comes back
 * for words no longer in the box, the box's current words are asked instead.
 */
class CtSearch extends HTMLElement {
	#input!: HTMLInputElement;
	#answer: Ask | undefined;
	/** The query being answered, if any. */
	#asked: string | undefined;
	#ready = false;
	#broken = false;
	#urlTimer: ReturnType<typeof setTimeout> | undefined;
	#strings = clientStrings('search');
	/** Set when the page opened with a query from the header's box: its first result takes the focus. */
	#focusResults = false;

	connectedCallback() {
		this.#input = this.querySelector('input')!;
		try {
			this.#answer = this.dataset.runs === 'page' ? askOnPage() : askWorker(() => this.#fail());
		} catch {
			// Browsers without module workers throw instead.
			this.#fail();
		}
		this.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
		this.#input.addEventListener('input', () => this.#update());
		// Leaving the box (for a result, say) or the page writes the query at once.
		this.#input.addEventListener('blur', () => this.#keepQueryInUrl());
		addEventListener('pagehide', () => this.#keepQueryInUrl());
		this.addEventListener('keydown', (event) => this.#moveFocus(event));
		const query = new URLSearchParams(location.search).get('q');
		if (query) {
			this.#input.value = query.slice(0, 200);
			this.#focusResults = takeHeaderSearch();
			this.#update();
		} else {
			// An empty search page is only for typing into: load the index now.
			this.#input.focus();
			this.#ask('');
		}
	}

	#fail() {
		this.#broken = true;
		if (this.#input.value.trim()) this.#status(this.#strings.t('search.unavailable'));
	}

	#status(text: string) {
		this.querySelector('[data-status]')!.textContent = text;
	}

	#update() {
		const query = this.#input.value;
		clearTimeout(this.#urlTimer);
		this.#urlTimer = setTimeout(() => this.#keepQueryInUrl(), URL_DELAY_MS);

		if (!query.trim()) {
			this.#status('');
			this.querySelector('[data-results]')!.replaceChildren();
		} else if (this.#broken) {
			this.#status(this.#strings.t('search.unavailable'));
		} else {
			if (!this.#ready) this.#status(this.#strings.t('search.loading'));
			this.#ask(query);
		}
	}

	/**
	 * Puts the query in the address bar, so Back from a result returns to it. Not on
	 * every keystroke: each replaceState keeps the main thread busy for milliseconds after.
	 */
	#keepQueryInUrl() {
		clearTimeout(this.#urlTimer);
		const url = new URL(location.href);
		const query = this.#input.value;
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		if (url.href !== location.href) history.replaceState(null, '', url);
	}

	#ask(query: string) {
		if (this.#asked !== undefined || !this.#answer) return;
		this.#asked = query;
		this.#answer(query).then((response) => this.#answered(response));
	}

	#answered({ query, results, total }: SearchResponse) {
		this.#asked = undefined;
		const current = this.#input.value;
		if (!current.trim() || this.#broken) return;
		if (query !== current) {
			this.#ask(current);
			return;
		}
		if (!results) {
			this.#status(this.#strings.t('search.unavailable'));
			return;
		}
		this.#ready = true;
		const list = this.querySelector<HTMLElement>('[data-results]')!;
		list.replaceChildren(...results.map((result) => this.#resultItem(result)));
		this.#status(this.#resultsStatus(results.length, total ?? results.length));
		// The first answer after a search from the header takes the focus, unless the learner has moved on (into the box, say).
		const untouched = document.activeElement === document.body || document.activeElement === null;
		if (this.#focusResults && untouched) list.querySelector('a')?.focus({ preventScroll: true });
		this.#focusResults = false;
	}

	/** What the status line says about the results shown, of how many found. */
	#resultsStatus(shown: number, total: number): string {
		if (shown === 0) return this.#strings.t('search.none');
		if (total > shown) return this.#strings.t('search.top', { count: shown, total });
		return this.#strings.plural('search.count', shown);
	}
	#resultItem(result: ShownResult): HTMLLIElement {
		const item = document.createElement('li');
		const kind = document.createElement('span');
		kind.className = 'tag';
		kind.textContent = this.#strings.t(result.kind === 'module' ? 'search.kind.module' : 'search.kind.term');
		const link = document.createElement('a');
		link.href = result.url;
		appendMarked(link, result.title);
		const excerpt = document.createElement('p');
		appendMarked(excerpt, result.excerpt);
		item.append(kind, ' ', link, excerpt);
		return item;
	}

	/** Arrow keys move between the box and the results; Enter opens a result (it is a link). */
	#moveFocus(event: KeyboardEvent) {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops = [this.#input, ...this.querySelectorAll<HTMLAnchorElement>('[data-results] a')];
		const at = stops.indexOf(document.activeElement as HTMLInputElement);
		if (at === -1 || stops.length === 1) return;
		event.preventDefault();
		const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
		stops[next]!.focus();
	}
}
customElements.define('ct-search', CtSearch);
