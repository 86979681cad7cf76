/**
 * Site search over modules and glossary terms with lunr.
 *
 * The build counts the words of each page and field (`buildSearchData`) and writes them
 * to /search-index.ndjson (`searchIndexFile`); the browser rebuilds lunr's index from
 * those counts (`loadSearch`, or `loadSearchInSlices` on a page's main thread). That file
 * is a quarter of the size of lunr's own serialized index, which repeats every score.
 *
 * lunr's defaults do not suit this vocabulary, so:
 * - no stop words: "IT" is a real query;
 * - words are indexed as written, not stemmed: the stemmer makes "DNS" "dn". A query
 *   word matches itself, every indexed word with the same stem ("policy" finds
 *   "policies"), words it begins ("authenticat" finds "authentication") and, from four
 *   letters, words one typo away;
 * - user input never reaches lunr's query parser (which throws on `:` `~` `^`): queries
 *   are built clause by clause from plain word tokens;
 * - a query that is, word for word, a page's name (a term's name, abbreviation or alias,
 *   a module's title) puts that page first: "change" is Change, not Change schedule.
 */
import lunr from 'lunr';

/** A page as the build indexes it. */
export interface IndexedPage {
	url: string;
	kind: 'module' | 'term';
	title: string;
	/** Abbreviations and aliases (terms). */
	names: string;
	/** Section headings (modules). */
	headings: string;
	/** Plain text, for matching and for the snippet. */
	text: string;
	/**
	 * What a query must be, word for word, to put this page first: a term's name,
	 * abbreviations and aliases; a module's title. The title when left out.
	 */
	exactNames?: readonly string[];
}

/** A page as a search result shows it. */
export type SearchDoc = Pick<IndexedPage, 'url' | 'kind' | 'title' | 'text'> & {
	/** `exactNames` as `nameKey` writes them; left out when they are just the title's. */
	exact?: string[];
};

/** The fields searched, in the order `SearchData` lists them, with how much a match in each counts. */
export const FIELDS = [
	{ name: 'title', boost: 10 },
	{ name: 'names', boost: 8 },
	{ name: 'headings', boost: 3 },
	{ name: 'text', boost: 1 },
] as const;

/** What the build counts, and the browser rebuilds the index from. */
export interface SearchData {
	/** Every indexed word, sorted. */
	terms: string[];
	/**
	 * For each term, for each field: how often it occurs in which pages, as
	 * `[page, count, page, count, …]` where each page number is the gap from the previous.
	 */
	postings: number[][][];
	/** For each field, each page's length in words. */
	lengths: number[][];
	/** The pages, in the order the postings number them. */
	docs: SearchDoc[];
}

/** A loaded index, ready for `search`. */
export interface Searcher {
	index: lunr.Index;
	docs: SearchDoc[];
	/** Indexed words by their stem. */
	wordsByStem: Map<string, string[]>;
	/** The pages (their numbers in `docs`) each name key (`nameKey`) names. */
	pagesByName: Map<string, number[]>;
}

export interface SearchResult {
	doc: SearchDoc;
	score: number;
}

/**
 * The largest index, in bytes, that the search page loads and searches on its own main
 * thread, where a query is answered before the keystroke's frame is painted. A larger
 * index is loaded and searched in a worker, so that no keystroke holds up typing: with an
 * index of 20 MB (50 times today's course) single queries took over 50 ms on the page.
 * docs/benchmarks.md has the figures.
 */
export const PAGE_SEARCH_MAX_BYTES = 6 * 1024 * 1024;

/** Longest input considered, and most words used from it: anything longer is noise. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;
export const MAX_RESULTS = 20;

const WORD = /[\p{L}\p{N}]+/gu;

/** The lowercase words of some text, as the index and queries both split it. */
function words(text: string): string[] {
	return [...text.toLowerCase().matchAll(WORD)].map((match) => match[0]);
}

/**
 * A name or a query as exact matching compares them: its lowercase words, one space
 * apart, so "Zero-day", "zero day" and "(zero day)" are all "zero day".
 */
export function nameKey(text: string): string {
	return words(text).join(' ');
}

/** The keys a query can equal to put a page first, as the index keeps them: none when they are just the title's. */
function exactKeys(page: IndexedPage): string[] | undefined {
	const keys = [...new Set((page.exactNames ?? [page.title]).map(nameKey).filter(Boolean))];
	return keys.length === 1 && keys[0] === nameKey(page.title) ? undefined : keys;
}

function stemOf(word: string): string {
	return lunr.stemmer(new lunr.Token(word, {})).toString();
}

/** Counts the words of every page and field; run at build time. */
export function buildSearchData(pages: readonly IndexedPage[]): SearchData {
	const counts = pages.map((page) =>
		FIELDS.map((field) => {
			const perWord = new Map<string, number>();
			for (const word of words(page[field.name])) perWord.set(word, (perWord.get(word) ?? 0) + 1);
			return perWord;
		}),
	);
	const terms = [...new Set(counts.flatMap((fields) => fields.flatMap((perWord) => [...perWord.keys()])))].sort();
	const position = new Map(terms.map((term, at) => [term, at]));
	const postings = terms.map(() => FIELDS.map((): number[] => []));
	const lastPage = terms.map(() => FIELDS.map(() => 0));
	const lengths = FIELDS.map(() => pages.map(() => 0));
	counts.forEach((fields, page) =>
		fields.forEach((perWord, field) => {
			for (const [word, count] of perWord) {
				const at = position.get(word)!;
				postings[at]![field]!.push(page - lastPage[at]![field]!, count);
				lastPage[at]![field] = page;
				lengths[field]![page]! += count;
			}
		}),
	);
	const docs = pages.map((page): SearchDoc => {
		const exact = exactKeys(page);
		return { url: page.url, kind: page.kind, title: page.title, text: page.text, ...(exact ? { exact } : {}) };
	});
	return { terms, postings, lengths, docs };
}

/** The parts of lunr that its type definitions leave out. */
const lunrInternals = lunr as unknown as {
	idf(posting: object, documentCount: number): number;
	TokenSet: { Builder: new () => { insert(word: string): void; finish(): void; root: lunr.TokenSet } };
};

/**
 * What lunr records about each word on each page: nothing, as no metadata is kept. lunr
 * only reads it (copying its keys, of which there are none), so every page shares one.
 */
const NO_METADATA = Object.freeze({});

/** lunr's BM25 constants, as its builder sets them. */
const K1 = 1.2;
const B = 0.75;

/**
 * The text of /search-index.ndjson: JSON lines, so that a page can parse it a slice at a
 * time. A header line (every word, and each page's field lengths), then one line per word
 * (its postings for each field), then one line per page.
 */
export function searchIndexFile(data: SearchData): string {
	const header = JSON.stringify({ terms: data.terms, lengths: data.lengths });
	return [header, ...data.postings.map((postings) => JSON.stringify(postings)), ...data.docs.map((doc) => JSON.stringify(doc))].join('\n');
}

/** Parses what `searchIndexFile` wrote, one line per step. */
function* parseLines(file: string): Generator<void, SearchData, void> {
	const lines = file.split('\n');
	const { terms, lengths } = JSON.parse(lines[0]!) as Pick<SearchData, 'terms' | 'lengths'>;
	const data: SearchData = { terms, postings: [], lengths, docs: [] };
	for (let line = 1; line < lines.length; line++) {
		if (line <= terms.length) data.postings.push(JSON.parse(lines[line]!) as number[][]);
		else data.docs.push(JSON.parse(lines[line]!) as SearchDoc);
		yield;
	}
	return data;
}

/** Reads /search-index.ndjson in one go. */
export function readSearchIndex(file: string): SearchData {
	return finish(parseLines(file));
}

/**
 * Rebuilds lunr's index from the file `searchIndexFile` wrote, one line per step.
 * It scores each word in each page with lunr's own formula (see `lunr.Builder`'s
 * `createFieldVectors`), so the index is the one lunr would build from the pages.
 */
function* rebuild(file: string): Generator<void, Searcher, void> {
	const data = yield* parseLines(file);
	const pageCount = data.docs.length;
	const averageLength = data.lengths.map((perPage) => perPage.reduce((sum, length) => sum + length, 0) / pageCount);
	// Each field of each page's scores, as lunr.Vector elements: [word number, score, …].
	const vectors = FIELDS.map(() => data.docs.map((): number[] => []));
	const invertedIndex: Record<string, Record<string, number | Record<string, object>>> = {};
	const tokens = new lunrInternals.TokenSet.Builder();
	const wordsByStem = new Map<string, string[]>();
	for (const [at, term] of data.terms.entries()) {
		const posting: (typeof invertedIndex)[string] = { _index: at };
		const counts = FIELDS.map((field, fieldAt) => {
			const pages: Record<string, object> = {};
			const perPage: [number, number][] = [];
			const list = data.postings[at]![fieldAt]!;
			let page = 0;
			for (let i = 0; i < list.length; i += 2) {
				page += list[i]!;
				pages[page] = NO_METADATA;
				perPage.push([page, list[i + 1]!]);
			}
			posting[field.name] = pages;
			return perPage;
		});
		const idf = lunrInternals.idf(posting, pageCount);
		FIELDS.forEach((field, fieldAt) => {
			for (const [page, count] of counts[fieldAt]!) {
				const lengthRatio = data.lengths[fieldAt]![page]! / averageLength[fieldAt]!;
				const score = ((idf * ((K1 + 1) * count)) / (K1 * (1 - B + B * lengthRatio) + count)) * field.boost;
				vectors[fieldAt]![page]!.push(at, Math.round(score * 1000) / 1000);
			}
		});
		invertedIndex[term] = posting;
		tokens.insert(term);
		const stem = stemOf(term);
		const sameStem = wordsByStem.get(stem);
		if (sameStem) sameStem.push(term);
		else wordsByStem.set(stem, [term]);
		yield;
	}
	tokens.finish();
	const pagesByName = new Map<string, number[]>();
	for (const [page, doc] of data.docs.entries()) {
		for (const key of doc.exact ?? [nameKey(doc.title)]) {
			const named = pagesByName.get(key);
			if (named) named.push(page);
			else pagesByName.set(key, [page]);
		}
		yield;
	}
	const fieldVectors: Record<string, lunr.Vector> = {};
	FIELDS.forEach((field, fieldAt) => vectors[fieldAt]!.forEach((elements, page) => (fieldVectors[`${field.name}/${page}`] = new lunr.Vector(elements))));
	// lunr's type definitions name `fieldVectors` `documentVectors`; lunr 2.3.9 reads `fieldVectors`.
	const index = new lunr.Index({ invertedIndex, fieldVectors, tokenSet: tokens.root, fields: FIELDS.map((field) => field.name), pipeline: new lunr.Pipeline() } as unknown as lunr.Index.Attributes);
	return { index, docs: data.docs, wordsByStem, pagesByName };
}

/** Runs every step of a generator, for its result. */
function finish<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Reads /search-index.ndjson and rebuilds the index in one go: in a worker, where nothing else waits for the thread. */
export function loadSearch(file: string): Searcher {
	return finish(rebuild(file));
}

/**
 * Reads /search-index.ndjson and rebuilds the index on a page's main thread, handing the
 * thread back (`pause`) every `sliceMs` so that typing and painting go on while it loads.
 */
export async function loadSearchInSlices(file: string, pause: () => Promise<void>, sliceMs = 8): Promise<Searcher> {
	const steps = rebuild(file);
	let sliceStart = performance.now();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (performance.now() - sliceStart >= sliceMs) {
			await pause();
			sliceStart = performance.now();
		}
	}
}

/** Splits what a person typed into the lowercase words a query is built from. */
export function queryWords(input: string): string[] {
	return [...new Set(words(input.slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_QUERY_WORDS);
}

function withinOneEdit(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const restA = a.slice(i);
	const restB = b.slice(i);
	return (
		restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1) || (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
	);
}

/**
 * Every page that matches what a person typed, best first. Never throws, whatever the
 * input. Each word matches as written or with the same stem, as a prefix, and (from four
 * letters) with one typo. A page whose name the query is, word for word, comes first
 * (terms before modules); then results that match more of the words; then lunr's score.
 */
export function rank(searcher: Searcher, input: string): SearchResult[] {
	const queried = queryWords(input).map((word) => ({ word, sameStem: searcher.wordsByStem.get(stemOf(word)) ?? [] }));
	if (queried.length === 0) return [];
	let matches: lunr.Index.Result[];
	try {
		matches = searcher.index.query((query) => {
			for (const { word, sameStem } of queried) {
				query.term([word, ...sameStem.filter((term) => term !== word)], { usePipeline: false, boost: 10 });
				if (word.length >= 2) query.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 });
				if (word.length >= 4) query.term(word, { usePipeline: false, editDistance: 1, boost: 1 });
			}
		});
	} catch {
		return [];
	}
	// Whether an indexed term could have come from a query word, by any of the clauses above.
	const covers = ({ word, sameStem }: (typeof queried)[number], term: string) =>
		term.startsWith(word) || sameStem.includes(term) || (word.length >= 4 && withinOneEdit(word, term));
	const namedPages = new Set(searcher.pagesByName.get(nameKey(input.slice(0, MAX_QUERY_LENGTH))));
	return matches
		.map((match) => {
			const matchedTerms = Object.keys(match.matchData.metadata);
			const wordsFound = queried.filter((word) => matchedTerms.some((term) => covers(word, term))).length;
			const doc = searcher.docs[Number(match.ref)]!;
			// 2 for a term the query names, 1 for a module it names, 0 for the rest.
			const named = namedPages.has(Number(match.ref)) ? (doc.kind === 'term' ? 2 : 1) : 0;
			return { doc, score: match.score, wordsFound, named };
		})
		.sort((a, b) => b.named - a.named || b.wordsFound - a.wordsFound || b.score - a.score)
		.map(({ doc, score }) => ({ doc, score }));
}

/** The best `MAX_RESULTS` pages for what a person typed (see `rank`). Never throws. */
export function search(searcher: Searcher, input: string): SearchResult[] {
	return rank(searcher, input).slice(0, MAX_RESULTS);
}

/** A stretch of snippet text, highlighted when it matches a query word. */
export interface SnippetPart {
	text: string;
	highlight: boolean;
}

function matchPattern(input: string): RegExp | undefined {
	const words = queryWords(input).sort((a, b) => b.length - a.length);
	if (words.length === 0) return undefined;
	const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	// Whole words that start with a query word: "authenticat" marks "authentication".
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** Splits `text` into parts, marking the words that start with a query word. */
export function highlight(text: string, input: string): SnippetPart[] {
	const pattern = matchPattern(input);
	const parts: SnippetPart[] = [];
	let cursor = 0;
	if (pattern) {
		for (const match of text.matchAll(pattern)) {
			if (match.index > cursor) parts.push({ text: text.slice(cursor, match.index), highlight: false });
			parts.push({ text: match[0], highlight: true });
			cursor = match.index + match[0].length;
		}
	}
	if (cursor < text.length) parts.push({ text: text.slice(cursor), highlight: false });
	return parts;
}

/**
 * A short excerpt of `text` around the first word that starts with a query word,
 * split into parts so the caller can mark matches without building HTML.
 */
export function snippet(text: string, input: string, length = 180): SnippetPart[] {
	const pattern = matchPattern(input);
	const first = pattern ? Math.max(0, text.search(pattern)) : 0;
	let start = Math.max(0, first - Math.floor(length / 3));
	if (start > 0) {
		const space = text.indexOf(' ', start);
		start = space >= 0 && space < first ? space + 1 : start;
	}
	let end = Math.min(text.length, start + length);
	if (end < text.length) {
		const space = text.lastIndexOf(' ', end);
		end = space > Math.max(start, first) ? space : end;
	}
	return [
		...(start > 0 ? [{ text: '…', highlight: false }] : []),
		...highlight(text.slice(start, end), input),
		...(end < text.length ? [{ text: '…', highlight: false }] : []),
	];
}
