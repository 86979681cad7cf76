/**
 * Site search over modules and glossary terms with lunr. The index is built at build
 * time and loaded in the browser; both sides use the tokenizer and pipeline defined
 * here. lunr's defaults do not suit this vocabulary, so:
 * - no stop words: "IT" is a real query;
 * - every word is indexed both as written and stemmed, so "DNS" is found as "dns" (the
 *   stemmer alone makes it "dn") and a prefix like "authenticat" meets "authentication";
 * - user input never reaches lunr's query parser (which throws on `:` `~` `^`): queries
 *   are built clause by clause from plain word tokens.
 */
import lunr from 'lunr';

/** A page that search can find. */
export interface SearchDoc {
	url: string;
	kind: 'module' | 'term';
	title: string;
	/** Abbreviations and aliases (terms). */
	names: string;
	/** Section headings (modules). */
	headings: string;
	/** Plain text, for matching and for the snippet. */
	text: string;
}

/** What the build writes and the browser loads. */
export interface SearchData {
	index: object;
	docs: SearchDoc[];
}

export interface SearchResult {
	doc: SearchDoc;
	score: number;
}

/** Longest input considered, and most words used from it: anything longer is noise. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;
export const MAX_RESULTS = 20;

const WORD = /[\p{L}\p{N}]+/gu;

function stemAndKeep(token: lunr.Token): lunr.Token | lunr.Token[] {
	const stemmed = lunr.stemmer(token.clone());
	return stemmed.toString() === token.toString() ? token : [token, stemmed];
}
lunr.Pipeline.registerFunction(stemAndKeep, 'crosstrainStemAndKeep');

function tokenize(value: unknown, metadata: object = {}): lunr.Token[] {
	const text = value === null || value === undefined ? '' : String(value);
	return [...text.toLowerCase().matchAll(WORD)].map((match) => new lunr.Token(match[0], { ...metadata }));
}

/** Builds the index; run at build time. */
export function buildSearchIndex(docs: readonly SearchDoc[]): lunr.Index {
	return lunr(function () {
		this.pipeline.reset();
		this.searchPipeline.reset();
		this.pipeline.add(stemAndKeep);
		this.searchPipeline.add(stemAndKeep);
		(this as unknown as { tokenizer: typeof tokenize }).tokenizer = tokenize;
		this.ref('id');
		this.field('title', { boost: 10 });
		this.field('names', { boost: 8 });
		this.field('headings', { boost: 3 });
		this.field('text');
		docs.forEach((doc, id) => this.add({ ...doc, id: String(id) }));
	});
}

/** Splits what a person typed into the lowercase words a query is built from. */
export function queryWords(input: string): string[] {
	const words = [...input.slice(0, MAX_QUERY_LENGTH).toLowerCase().matchAll(WORD)].map((match) => match[0]);
	return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/** Whether an indexed term `indexed` could have come from the query word `word`. */
function covers(word: string, indexed: string): boolean {
	return indexed.startsWith(word) || word.startsWith(indexed) || withinOneEdit(word, indexed);
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
 * Searches for what a person typed. Never throws, whatever the input. Each word
 * matches as written, stemmed, as a prefix, and (from four letters) with one typo.
 * Results that match more of the words come first.
 */
export function search(index: lunr.Index, docs: readonly SearchDoc[], input: string): SearchResult[] {
	const words = queryWords(input);
	if (words.length === 0) return [];
	let matches: lunr.Index.Result[];
	try {
		matches = index.query((query) => {
			for (const word of words) {
				query.term(word, { boost: 10 });
				if (word.length >= 2) query.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 });
				if (word.length >= 4) query.term(word, { usePipeline: false, editDistance: 1, boost: 1 });
			}
		});
	} catch {
		return [];
	}
	return matches
		.map((match) => {
			const matchedTerms = Object.keys(match.matchData.metadata);
			const wordsFound = words.filter((word) => matchedTerms.some((term) => covers(word, term))).length;
			return { doc: docs[Number(match.ref)]!, score: match.score, wordsFound };
		})
		.sort((a, b) => b.wordsFound - a.wordsFound || b.score - a.score)
		.slice(0, MAX_RESULTS)
		.map(({ doc, score }) => ({ doc, score }));
}

/** Loads an index written by `buildSearchIndex(...).toJSON()`. */
export function loadSearchIndex(serialized: object): lunr.Index {
	return lunr.Index.load(serialized);
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
