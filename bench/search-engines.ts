/**
 * Search in the browser: Crosstrain's own search page, and the same documents searched
 * with Crosstrain's search code, MiniSearch and Pagefind on one neutral harness page,
 * so the engines are compared doing the same thing (render the top 20 results with a
 * title and an excerpt, per keystroke) rather than through pages that differ.
 *
 * For each engine: the bytes the first query downloads, the load time (first use to
 * first results: fetching the index, loading it, running the first query, showing
 * results), the time per keystroke, and the longest main-thread task.
 */
import { readFileSync, statSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import MiniSearch from 'minisearch';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
	TRACE_CATEGORIES,
	instrumentedPage,
	longestTasks,
	median,
	percentile,
	readBench,
	typeQueries,
	type LongestTask,
} from './browser.ts';
import { FIELDS, MAX_RESULTS, readSearchIndex, type SearchData, type SearchDoc } from '../src/client/search.ts';
import { waitForQuietMachine } from './machine.ts';
import { gzipSize } from '../tests/page-weight.ts';

/** Realistic queries, typed one character at a time. */
export const QUERIES = ['incident', 'change freeze', 'mttr', 'zero-day', 'CVE-2021-44228', 'privileged access', 'error budget', 'backup', 'patch', 'DNS'];
/** Cold loads per engine (fresh browser context each); the median is reported. */
const LOAD_RUNS = 3;
/** Times the whole query list is typed per engine. */
const TYPING_ROUNDS = 3;
/** The query the load time is measured with. */
const FIRST_QUERY = 'incident';
/** Results shown per query, as on Crosstrain's search page (MAX_RESULTS in src/client/search.ts). */
const RESULTS_SHOWN = MAX_RESULTS;

/** The figures for one engine at one scale. */
export interface SearchFigures {
	engine: string;
	/** How keystroke time was taken. */
	method: string;
	documents: number;
	/** What the first query downloads besides the engine's code (index, documents). */
	payloadRaw: number;
	payloadGzip: number;
	payloadNote: string;
	/** The engine's own code, minified, gzip. */
	codeGzip: number;
	loadMs: number;
	loadRunsMs: number[];
	/** The longest task from the start of loading to the first results (Long Tasks API, 0 when none reached 50 ms), median over the cold loads. */
	loadLongTaskMs: number;
	keystrokes: number;
	keystrokeMedianMs: number;
	keystrokeP95Ms: number;
	keystrokeMaxMs: number;
	/** From the input event to the start of the frame that shows the results. */
	frameMedianMs: number;
	frameP95Ms: number;
	/** Tasks of 50 ms or more while typing, from the Long Tasks API. */
	longTaskCount: number;
	longTaskMaxMs: number;
	/** From a separate traced session: the longest task while loading and while typing. */
	tracedLoad: LongestTask;
	tracedTyping: LongestTask;
}

/**
 * MiniSearch configured as close to Crosstrain's lunr search as it allows: the same
 * fields and boosts, the same word splitting, prefix search from two letters, one typo
 * allowed from four, any word may match. Self-contained, because its source is also
 * injected into the browser.
 */
export function miniSearchOptions() {
	const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	return {
		fields: ['title', 'names', 'headings', 'text'],
		tokenize: words,
		processTerm: (term: string) => term.toLowerCase(),
		searchOptions: {
			boost: { title: 10, names: 8, headings: 3 },
			prefix: (term: string) => term.length >= 2,
			fuzzy: (term: string) => (term.length >= 4 ? 1 : false),
			combineWith: 'OR',
		},
	};
}

/**
 * The fields Crosstrain indexes, for MiniSearch to index the same corpus. The index file
 * keeps names and headings only as word counts, so those come back as the same words
 * in another order, which a bag-of-words ranking does not see.
 */
function indexedFields(data: SearchData) {
	const fields = data.docs.map((doc, id) => ({ id, url: doc.url, title: doc.title, names: [] as string[], headings: [] as string[], text: doc.text }));
	data.postings.forEach((postings, term) => {
		for (const name of ['names', 'headings'] as const) {
			const list = postings[FIELDS.findIndex((field) => field.name === name)]!;
			let page = 0;
			for (let i = 0; i < list.length; i += 2) {
				page += list[i]!;
				fields[page]![name].push(...Array<string>(list[i + 1]!).fill(data.terms[term]!));
			}
		}
	});
	return fields.map((page) => ({ ...page, names: page.names.join(' '), headings: page.headings.join(' ') }));
}

/** Files the harness page needs, written to `folder` (served at /__bench/). */
export interface Harness {
	folder: string;
	documents: number;
	crosstrainBundleGzip: number;
	miniSearchCodeGzip: number;
	miniSearchDocsFile: string;
	miniSearchIndexFile: string;
	miniSearchUmd: string;
	pagefindPages: number;
	pagefindIndexSeconds: number;
}

const HARNESS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search harness</title></head>
<body><div data-bench-search><label for="q">Search</label><input id="q" type="search" autocomplete="off"><p data-status></p><ol data-results></ol></div></body></html>`;

/** A search box whose "search" is a worker that sends the query straight back: the floor for any search in a worker. */
const ECHO_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Worker echo</title></head>
<body><div data-bench-search><label for="q">Search</label><input id="q" type="search" autocomplete="off"><ol data-results></ol></div>
<script>
const worker = new Worker('/__bench/echo-worker.js');
const list = document.querySelector('[data-results]');
document.querySelector('#q').addEventListener('input', (event) => worker.postMessage(event.target.value));
worker.onmessage = (event) => { list.textContent = event.data; };
</script></body></html>`;

/**
 * Prepares everything the comparison needs for one built site: the harness page,
 * Crosstrain's search code bundled for it, MiniSearch's documents and prebuilt index,
 * and a Pagefind index of the built `dist` folder (written to dist/pagefind/).
 */
export async function prepareHarness(projectRoot: string, dist: string, folder: string): Promise<Harness> {
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'harness.html'), HARNESS_HTML);
	writeFileSync(join(folder, 'echo.html'), ECHO_HTML);
	writeFileSync(join(folder, 'echo-worker.js'), 'onmessage = (event) => postMessage(event.data);');

	const bundle = await esbuild({
		entryPoints: [join(projectRoot, 'src/client/search.ts')],
		bundle: true,
		minify: true,
		format: 'iife',
		globalName: 'CrosstrainSearch',
		platform: 'browser',
		write: false,
	});
	writeFileSync(join(folder, 'crosstrain-search.js'), bundle.outputFiles[0]!.contents);

	// The UMD build is not in the package's exports map: find it beside the resolved entry point.
	const require = createRequire(join(projectRoot, 'package.json'));
	const miniSearchUmd = join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');
	const minified = await esbuild({ entryPoints: [miniSearchUmd], minify: true, write: false });

	const data = readSearchIndex(readFileSync(join(dist, 'search-index.ndjson'), 'utf8'));
	const docs = indexedFields(data);
	const miniSearchDocsFile = join(folder, 'minisearch-docs.json');
	writeFileSync(miniSearchDocsFile, JSON.stringify(docs));
	const prebuilt = new MiniSearch(miniSearchOptions() as ConstructorParameters<typeof MiniSearch>[0]);
	prebuilt.addAll(docs);
	const miniSearchIndexFile = join(folder, 'minisearch-index.json');
	writeFileSync(miniSearchIndexFile, JSON.stringify({ index: prebuilt.toJSON(), docs: data.docs }));

	const pagefind = await import('pagefind');
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: dist });
	if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
	await index.writeFiles({ outputPath: join(dist, 'pagefind') });
	await pagefind.close();

	return {
		folder,
		documents: docs.length,
		crosstrainBundleGzip: gzipSize(bundle.outputFiles[0]!.contents),
		miniSearchCodeGzip: gzipSize(minified.outputFiles[0]!.contents),
		miniSearchDocsFile,
		miniSearchIndexFile,
		miniSearchUmd,
		pagefindPages: added.page_count,
		pagefindIndexSeconds: (performance.now() - started) / 1000,
	};
}

/** Runs in the harness page: wires one engine to the search box, rendering like Crosstrain's page. */
function setupHarness({ engine, resultsShown }: { engine: string; resultsShown: number }): void {
	type Item = { url: string; title: string; excerpt: string };
	type Part = { text: string };
	const page = window as unknown as Record<string, any>;
	const input = document.querySelector<HTMLInputElement>('#q')!;
	const status = document.querySelector('[data-status]')!;
	const list = document.querySelector('[data-results]')!;
	const crosstrain = page.CrosstrainSearch;
	const excerpt = (text: string, query: string) => (crosstrain.snippet(text, query) as Part[]).map((part) => part.text).join('');
	let docs: SearchDoc[] = [];
	let adapter: { load(): Promise<void>; query(query: string): Item[] | Promise<Item[]> };

	if (engine === 'crosstrain') {
		let searcher: unknown;
		adapter = {
			async load() {
				// In slices, as the site's page loads it.
				searcher = await crosstrain.loadSearchInSlices(await (await fetch('/search-index.ndjson')).text(), () => scheduler.yield());
			},
			query: (query) => (crosstrain.search(searcher, query) as { doc: SearchDoc }[]).map(({ doc }) => ({ url: doc.url, title: doc.title, excerpt: excerpt(doc.text, query) })),
		};
	} else if (engine === 'minisearch' || engine === 'minisearch-prebuilt') {
		let miniSearch: any;
		adapter = {
			async load() {
				if (engine === 'minisearch') {
					docs = await (await fetch('/__bench/minisearch-docs.json')).json();
					miniSearch = new page.MiniSearch(page.miniSearchOptions());
					miniSearch.addAll(docs);
				} else {
					const data = await (await fetch('/__bench/minisearch-index.json')).json();
					docs = data.docs;
					miniSearch = page.MiniSearch.loadJS(data.index, page.miniSearchOptions());
				}
			},
			query: (query) =>
				(miniSearch.search(query.slice(0, 200)) as { id: number }[]).slice(0, resultsShown).map(({ id }) => {
					const doc = docs[id]!;
					return { url: doc.url, title: doc.title, excerpt: excerpt(doc.text, query) };
				}),
		};
	} else {
		const pagefind = page.__pagefind;
		adapter = {
			load: () => pagefind.init(),
			async query(query) {
				const found = await pagefind.search(query.slice(0, 200));
				const data = await Promise.all((found?.results ?? []).slice(0, resultsShown).map((result: { data(): Promise<unknown> }) => result.data()));
				return (data as { url: string; meta: { title?: string }; excerpt: string }[]).map((result) => ({
					url: result.url,
					title: result.meta.title ?? result.url,
					excerpt: result.excerpt.replace(/<[^>]*>/g, ''),
				}));
			},
		};
	}

	const render = (items: Item[]) => {
		list.replaceChildren(
			...items.map((item) => {
				const entry = document.createElement('li');
				const link = document.createElement('a');
				link.href = item.url;
				link.textContent = item.title;
				const text = document.createElement('p');
				text.textContent = item.excerpt;
				entry.append(link, text);
				return entry;
			}),
		);
		status.textContent = items.length === 0 ? 'No results.' : `${items.length} results.`;
	};
	let pending = 0;
	input.addEventListener('input', async () => {
		const query = input.value;
		const ticket = ++pending;
		if (!query.trim()) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		const items = await adapter.query(query);
		if (ticket === pending) render(items);
	});
	page.__harness = {
		async firstUse(query: string) {
			await adapter.load();
			input.value = query;
			render(await adapter.query(query));
		},
	};
}

/** One engine as the benchmark drives it. */
interface Engine {
	label: string;
	method: string;
	inputSelector: string;
	/** Opens the page and starts the first search; resolves when results show, with when loading started and ended (page time, ms). */
	firstUse(page: Page, origin: string): Promise<{ start: number; end: number }>;
}

const SITE_METHOD = "Crosstrain's own /search/ page, searching where the build chose (on the page or in its worker): input event → results area updated (MutationObserver)";
const HARNESS_METHOD = 'harness page, same rendering for every engine: input event → results area updated (MutationObserver)';

/** Crosstrain's real search page: the first use is opening /search/?q=…, which loads the index at once. */
const sitePage: Engine = {
	label: 'Crosstrain (its /search/ page)',
	method: SITE_METHOD,
	inputSelector: '#search-input',
	async firstUse(page, origin) {
		await page.goto(`${origin}/search/?q=${encodeURIComponent(FIRST_QUERY)}`);
		await page.waitForFunction(() => (window as unknown as { __bench: { firstResultsAt?: number } }).__bench.firstResultsAt !== undefined, undefined, { timeout: 300_000 });
		return page.evaluate(() => {
			// The page's script starts loading the index (itself, or through its worker) as soon
			// as it runs, when the HTML has been parsed.
			const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const shown = (window as unknown as { __bench: { firstResultsAt: number } }).__bench.firstResultsAt;
			return { start: navigation.domInteractive, end: shown };
		});
	},
};

function harnessEngine(id: string, label: string, harness: Harness): Engine {
	return {
		label,
		method: HARNESS_METHOD,
		inputSelector: '#q',
		async firstUse(page, origin) {
			await page.goto(`${origin}/__bench/harness.html`);
			await page.addScriptTag({ url: '/__bench/crosstrain-search.js' });
			if (id.startsWith('minisearch')) {
				await page.addScriptTag({ path: harness.miniSearchUmd });
				await page.addScriptTag({ content: `window.miniSearchOptions = ${miniSearchOptions.toString()};` });
			}
			if (id === 'pagefind') {
				await page.evaluate(async () => {
					(window as unknown as Record<string, unknown>).__pagefind = await import('/pagefind/pagefind.js' as string);
				});
			}
			await page.evaluate(setupHarness, { engine: id, resultsShown: RESULTS_SHOWN });
			return page.evaluate(async (query) => {
				const page = window as unknown as { __harness: { firstUse(query: string): Promise<void> }; __bench: { firstResultsAt: number } };
				performance.mark('bench-load-start');
				const started = performance.now();
				await page.__harness.firstUse(query);
				return { start: started, end: page.__bench.firstResultsAt };
			}, FIRST_QUERY);
		},
	};
}

/** The files under /pagefind/ that a session requested, split into Pagefind's code and its index. */
function pagefindBytes(dist: string, urls: Iterable<string>) {
	const totals = { codeGzip: 0, indexRaw: 0, indexGzip: 0, files: 0 };
	for (const url of new Set(urls)) {
		const path = new URL(url).pathname;
		const content = readFileSync(join(dist, path));
		const gzip = Math.min(content.length, gzipSize(content));
		totals.files++;
		if (/\.(js|wasm)$|wasm\./.test(path)) totals.codeGzip += gzip;
		else {
			totals.indexRaw += content.length;
			totals.indexGzip += gzip;
		}
	}
	return totals;
}

/** One engine's page, loaded and ready for typing. */
interface OpenEngine {
	engine: Engine;
	context: BrowserContext;
	page: Page;
	loadRunsMs: number[];
	loadLongTasksMs: number[];
	/** Every URL the kept page requested, and how many of them came before the first results. */
	requested: string[];
	firstQueryRequests: number;
	samples: number[];
	frameSamples: number[];
	longTasks: number[];
}

/** Loads an engine in `page`: returns the load time and the longest task (of 50 ms or more) while loading. */
async function timeLoad(page: Page, origin: string, engine: Engine): Promise<{ ms: number; longestTaskMs: number }> {
	const { start, end } = await engine.firstUse(page, origin);
	// Long task entries are delivered after their task ends: give the observer a moment.
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
	const { longTasks } = await readBench(page);
	const during = longTasks.filter((task) => task.start + task.duration >= start && task.start <= end);
	return { ms: end - start, longestTaskMs: Math.max(0, ...during.map((task) => task.duration)) };
}

/** Times `LOAD_RUNS` cold loads of an engine, each in a fresh context, and keeps the last page open for typing. */
async function openEngine(browser: Browser, origin: string, engine: Engine): Promise<OpenEngine> {
	const loads = [];
	for (let run = 1; run < LOAD_RUNS; run++) {
		const { context, page } = await instrumentedPage(browser);
		loads.push(await timeLoad(page, origin, engine));
		await context.close();
	}
	const { context, page } = await instrumentedPage(browser);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	loads.push(await timeLoad(page, origin, engine));
	return {
		engine,
		context,
		page,
		loadRunsMs: loads.map((load) => load.ms),
		loadLongTasksMs: loads.map((load) => load.longestTaskMs),
		requested,
		firstQueryRequests: requested.length,
		samples: [],
		frameSamples: [],
		longTasks: [],
	};
}

/** A separate session recorded with Chromium tracing: the longest task while loading, and while typing one round. */
async function traceEngine(browser: Browser, origin: string, engine: Engine, queries: readonly string[]) {
	const { context, page } = await instrumentedPage(browser);
	await browser.startTracing(page, { categories: TRACE_CATEGORIES });
	await engine.firstUse(page, origin);
	// Warm up Playwright's own in-page helpers, so compiling them does not show up as a typing task.
	await typeQueries(page, engine.inputSelector, ['x'], 1);
	await page.evaluate(() => performance.mark('bench-typing-start'));
	await typeQueries(page, engine.inputSelector, queries, 1);
	const trace = await browser.stopTracing();
	await context.close();
	return longestTasks(trace, 'bench-typing-start', engine.method === HARNESS_METHOD ? 'bench-load-start' : undefined);
}

/**
 * Loads every engine, then types the queries round by round, taking the engines in
 * turn within each round, so that whatever else the machine does at the time falls
 * on all of them alike; then traces each engine on its own.
 */
async function measureEngines(browser: Browser, origin: string, engines: Engine[], queries: readonly string[]) {
	const open: OpenEngine[] = [];
	for (const engine of engines) open.push(await openEngine(browser, origin, engine));
	for (let round = 0; round < TYPING_ROUNDS; round++) {
		for (const entry of open) {
			await waitForQuietMachine(0.25, 15);
			const typed = await typeQueries(entry.page, entry.engine.inputSelector, queries, 1);
			entry.samples.push(...typed.samples.map((sample) => sample.ms));
			entry.frameSamples.push(...typed.samples.flatMap((sample) => (sample.frameMs === undefined ? [] : [sample.frameMs])));
			entry.longTasks.push(...typed.longTasks.map((task) => task.duration));
		}
	}
	for (const entry of open) await entry.context.close();

	const measured = [];
	for (const entry of open) {
		const traced = await traceEngine(browser, origin, entry.engine, queries);
		measured.push({
			requested: entry.requested,
			firstQueryRequests: entry.firstQueryRequests,
			figures: {
				loadMs: median(entry.loadRunsMs),
				loadRunsMs: entry.loadRunsMs,
				loadLongTaskMs: median(entry.loadLongTasksMs),
				keystrokes: entry.samples.length,
				keystrokeMedianMs: median(entry.samples),
				keystrokeP95Ms: percentile(entry.samples, 0.95),
				keystrokeMaxMs: Math.max(...entry.samples),
				frameMedianMs: median(entry.frameSamples),
				frameP95Ms: percentile(entry.frameSamples, 0.95),
				longTaskCount: entry.longTasks.length,
				longTaskMaxMs: Math.max(0, ...entry.longTasks),
				tracedLoad: traced.before,
				tracedTyping: traced.after,
			},
		});
	}
	return measured;
}

const sizeOf = (file: string) => statSync(file).size;

/** Measures Crosstrain's search page and the three engines on the harness, for one built site. */
export async function measureSearch(browser: Browser, origin: string, dist: string, harness: Harness, queries: readonly string[] = QUERIES): Promise<SearchFigures[]> {
	const fileSizes = (file: string) => ({ payloadRaw: sizeOf(file), payloadGzip: gzipSize(readFileSync(file)) });
	const indexSizes = fileSizes(join(dist, 'search-index.ndjson'));
	// The search code (lunr included) is the chunk the page imports when it searches itself, or its worker.
	const engineChunk = readdirSync(join(dist, '_astro')).find((name) => name.startsWith(searchRuns(dist) === 'page' ? 'search-answers' : 'search-worker') && name.endsWith('.js'));
	const siteCodeGzip = engineChunk ? gzipSize(readFileSync(join(dist, '_astro', engineChunk))) : Number.NaN;

	const labels = {
		crosstrain: 'Crosstrain (lunr, harness)',
		minisearch: 'MiniSearch (indexes in the browser)',
		prebuilt: 'MiniSearch (prebuilt index)',
		pagefind: 'Pagefind',
	};
	const [site, crosstrain, runtime, prebuilt, pagefind] = await measureEngines(
		browser,
		origin,
		[
			sitePage,
			harnessEngine('crosstrain', labels.crosstrain, harness),
			harnessEngine('minisearch', labels.minisearch, harness),
			harnessEngine('minisearch-prebuilt', labels.prebuilt, harness),
			harnessEngine('pagefind', labels.pagefind, harness),
		],
		queries,
	);
	const onPagefind = (urls: string[]) => urls.filter((url) => new URL(url).pathname.startsWith('/pagefind/'));
	const firstQuery = pagefindBytes(dist, onPagefind(pagefind!.requested.slice(0, pagefind!.firstQueryRequests)));
	const session = pagefindBytes(dist, onPagefind(pagefind!.requested));
	const results: SearchFigures[] = [
		{ engine: sitePage.label, method: SITE_METHOD, documents: harness.documents, ...indexSizes, payloadNote: '/search-index.ndjson (word counts + documents)', codeGzip: siteCodeGzip, ...site!.figures },
		{ engine: labels.crosstrain, method: HARNESS_METHOD, documents: harness.documents, ...indexSizes, payloadNote: '/search-index.ndjson', codeGzip: harness.crosstrainBundleGzip, ...crosstrain!.figures },
		{
			engine: labels.minisearch,
			method: HARNESS_METHOD,
			documents: harness.documents,
			...fileSizes(harness.miniSearchDocsFile),
			payloadNote: 'documents only; the index is built on first use',
			codeGzip: harness.miniSearchCodeGzip,
			...runtime!.figures,
		},
		{
			engine: labels.prebuilt,
			method: HARNESS_METHOD,
			documents: harness.documents,
			...fileSizes(harness.miniSearchIndexFile),
			payloadNote: 'serialized index + documents, built at build time',
			codeGzip: harness.miniSearchCodeGzip,
			...prebuilt!.figures,
		},
		{
			engine: labels.pagefind,
			method: HARNESS_METHOD,
			documents: harness.pagefindPages,
			payloadRaw: firstQuery.indexRaw,
			payloadGzip: firstQuery.indexGzip,
			payloadNote: `index files the first query fetched (${firstQuery.files} files with its code); all ${TYPING_ROUNDS} rounds of typing fetched ${session.files} files, ${(session.indexGzip / 1024).toFixed(1)} KB of index`,
			codeGzip: firstQuery.codeGzip,
			...pagefind!.figures,
		},
	];
	return results;
}

/** Where the built search page searches: on the page itself, or in its worker (the build chooses by index size). */
export function searchRuns(dist: string): 'page' | 'worker' {
	const runs = /data-runs="(page|worker)"/.exec(readFileSync(join(dist, 'search/index.html'), 'utf8'))?.[1];
	if (!runs) throw new Error('The built search page does not say where it searches (data-runs).');
	return runs as 'page' | 'worker';
}

/**
 * The keystroke time of a page whose worker does nothing but send the query back, typed
 * and timed like the search pages: what a search in a worker costs before any searching.
 */
export async function workerEchoMs(browser: Browser, origin: string, queries: readonly string[] = QUERIES): Promise<{ median: number; p95: number }> {
	const { context, page } = await instrumentedPage(browser);
	await page.goto(`${origin}/__bench/echo.html`);
	const typed = await typeQueries(page, '#q', queries, 1);
	await context.close();
	const times = typed.samples.map((sample) => sample.ms);
	return { median: median(times), p95: percentile(times, 0.95) };
}

/**
 * Whether Pagefind can run on the site's own pages, under their Content-Security-Policy
 * (Pagefind compiles WebAssembly, which a policy without 'wasm-unsafe-eval' forbids).
 */
export async function pagefindUnderSiteCsp(browser: Browser, origin: string): Promise<string> {
	const { context, page } = await instrumentedPage(browser);
	const violations: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') violations.push(message.text());
	});
	await page.goto(`${origin}/search/`);
	const outcome = await page.evaluate(async () => {
		try {
			const pagefind = await import('/pagefind/pagefind.js' as string);
			await pagefind.init();
			const found = await pagefind.search('incident');
			return `searched: ${found?.results?.length ?? 0} results`;
		} catch (error) {
			return `failed: ${String(error)}`;
		}
	});
	await context.close();
	const csp = violations.find((text) => /Content Security Policy|wasm/i.test(text));
	return csp ? `${outcome}; console: ${csp.slice(0, 300)}` : outcome;
}
