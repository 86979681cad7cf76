/**
 * Where search's bytes and milliseconds go, measured in Node with the site's own
 * src/client/search.ts and the built search-index.ndjson: what the file is made of, how long
 * parsing it and rebuilding lunr's index take, and which kind of query clause (exact or same stem, prefix, one-typo)
 * costs the most per keystroke. This is the evidence for the browser figures: Node
 * runs the same V8 and the same code, without the page around it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { loadSearch, queryWords, readSearchIndex, search, type Searcher } from '../src/client/search.ts';
import { median, percentile } from './browser.ts';
import { gzipSize } from '../tests/page-weight.ts';

/** The anatomy of one scale's search index. */
export interface SearchAnatomy {
	documents: number;
	/** Distinct terms in lunr's inverted index. */
	indexedTerms: number;
	totalGzip: number;
	/** The word counts alone (terms, postings and field lengths), gzip; and the terms' share of them. */
	countsGzip: number;
	termsGzip: number;
	/** The documents alone, gzip; and their `text` field (the full module text) alone. */
	docsGzip: number;
	docsTextGzip: number;
	/** Parsing the file (`readSearchIndex`) and `loadSearch` (parsing it and rebuilding lunr's index), each the median of three runs after a first one. */
	parseMs: number;
	loadMs: number;
	/** `search()` per keystroke, over the same typed queries as the browser (each the median of three runs). */
	keystrokeMedianMs: number;
	keystrokeP95Ms: number;
	/**
	 * Summed over every keystroke, the share of `search()` time spent in each kind of
	 * lunr clause timed alone (exact, prefix, one-typo), and in the rest of `search()`
	 * (ranking by words matched), as fractions of the total.
	 */
	share: { exact: number; prefix: number; typo: number; ranking: number };
	/** The slowest keystroke: what had been typed, and its time. */
	slowest: { input: string; ms: number };
}

function timed<T>(work: () => T): { result: T; ms: number } {
	const started = performance.now();
	const result = work();
	return { result, ms: performance.now() - started };
}

/** The median of three runs, so one garbage collection does not decide a figure. */
function steadyMs(work: () => unknown): number {
	return median(Array.from({ length: 3 }, () => timed(work).ms));
}

type Clause = 'exact' | 'prefix' | 'typo';

/** Times lunr's query for `input` with the given kinds of clause, built as `search()` builds them; 0 when none applies. */
function clauseMs(searcher: Searcher, input: string, kinds: Clause[]): number {
	const words = queryWords(input);
	const applies = (kind: Clause, word: string) => kinds.includes(kind) && (kind === 'exact' || word.length >= (kind === 'prefix' ? 2 : 4));
	if (!words.some((word) => kinds.some((kind) => applies(kind, word)))) return 0;
	return steadyMs(() =>
		searcher.index.query((query) => {
			for (const word of words) {
				const sameStem = (searcher.wordsByStem.get(lunr.stemmer(new lunr.Token(word, {})).toString()) ?? []).filter((term) => term !== word);
				if (applies('exact', word)) query.term([word, ...sameStem], { usePipeline: false, boost: 10 });
				if (applies('prefix', word)) query.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 });
				if (applies('typo', word)) query.term(word, { usePipeline: false, editDistance: 1, boost: 1 });
			}
		}),
	);
}

/** Takes the built site's search index apart and times its pieces; `queries` are typed one character at a time. */
export function searchAnatomy(dist: string, queries: readonly string[]): SearchAnatomy {
	const file = readFileSync(join(dist, 'search-index.ndjson'), 'utf8');
	const parse = () => readSearchIndex(file);
	const data = parse();
	const searcher = loadSearch(file);

	const prefixes = queries.flatMap((query) => [...query].map((_, end) => query.slice(0, end + 1))).filter((input) => input.trim() !== '');
	// One warm-up pass, as the browser figures are taken after the first query.
	for (const input of prefixes) search(searcher, input);
	const keystrokes = prefixes.map((input) => ({
		input,
		ms: steadyMs(() => search(searcher, input)),
		lunrMs: clauseMs(searcher, input, ['exact', 'prefix', 'typo']),
		exactMs: clauseMs(searcher, input, ['exact']),
		prefixMs: clauseMs(searcher, input, ['prefix']),
		typoMs: clauseMs(searcher, input, ['typo']),
	}));
	const total = (pick: (entry: (typeof keystrokes)[number]) => number) => keystrokes.reduce((sum, entry) => sum + pick(entry), 0);
	const all = total((entry) => entry.ms);
	const slowest = keystrokes.reduce((worst, entry) => (entry.ms > worst.ms ? entry : worst));
	const times = keystrokes.map((entry) => entry.ms);

	return {
		documents: data.docs.length,
		indexedTerms: data.terms.length,
		totalGzip: gzipSize(file),
		countsGzip: gzipSize(JSON.stringify({ terms: data.terms, postings: data.postings, lengths: data.lengths })),
		termsGzip: gzipSize(JSON.stringify(data.terms)),
		docsGzip: gzipSize(JSON.stringify(data.docs)),
		docsTextGzip: gzipSize(JSON.stringify(data.docs.map((doc) => doc.text))),
		parseMs: steadyMs(parse),
		loadMs: steadyMs(() => loadSearch(file)),
		keystrokeMedianMs: median(times),
		keystrokeP95Ms: percentile(times, 0.95),
		share: {
			exact: total((entry) => entry.exactMs) / all,
			prefix: total((entry) => entry.prefixMs) / all,
			typo: total((entry) => entry.typoMs) / all,
			ranking: Math.max(0, all - total((entry) => entry.lunrMs)) / all,
		},
		slowest: { input: slowest.input, ms: slowest.ms },
	};
}
