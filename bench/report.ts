/**
 * Turns one benchmark run into the budget verdicts and the Markdown report
 * (docs/benchmarks.md). Every figure in the report comes from the run it describes;
 * the explanations of failures are built from the same figures.
 */
import type { BuildResult } from './build-site.ts';
import type { LighthouseScores } from './lighthouse-audit.ts';
import type { MachineInfo } from './machine.ts';
import type { PageWeight } from '../tests/page-weight.ts';
import type { SearchAnatomy } from './search-anatomy.ts';
import type { SearchFigures } from './search-engines.ts';
import type { SyntheticCourse } from './synthetic-course.ts';
import { PAGE_SEARCH_MAX_BYTES } from '../src/client/search.ts';
import { CSS_BUDGET, INDEX_BUDGET, pageTypes, type PageType } from '../tests/budgets.ts';
import { readCourse } from '../src/data/read-content.ts';

/** The page types measured: the first module, term and path of the real course. */
export const PAGE_TYPES: PageType[] = (() => {
	const course = readCourse(new URL('../content/', import.meta.url));
	return pageTypes({ firstModule: course.paths.find((path) => path.id === 'it-staff')!.data.modules[0]!, firstTerm: course.terms[0]!.id, firstPath: 'it-staff' });
})();

const KB = 1024;

/** A page's weight, plus what the browser actually requested on a first visit. */
export interface MeasuredPage extends PageWeight {
	name: string;
	browserRequests: number;
	browserOtherOrigins: string[];
}

/** Everything measured at one scale. */
export interface ScaleResult {
	scale: number;
	course: SyntheticCourse;
	/** The build, or why it failed. */
	build?: Omit<BuildResult, 'log'>;
	buildError?: string;
	/**
	 * The share of the machine's CPU (0–1) that processes other than the benchmark used
	 * during the build and during the browser search runs: how much they were disturbed.
	 */
	othersDuringBuild?: number;
	othersDuringSearch?: number;
	htmlPages?: number;
	distMiB?: number;
	pages: MeasuredPage[];
	indexRaw?: number;
	indexGzip?: number;
	anatomy?: SearchAnatomy;
	/** Where the site's search page searches at this scale, as the build chose by index size. */
	searchRuns?: 'page' | 'worker';
	pagefindPages?: number;
	pagefindIndexSeconds?: number;
	search: SearchFigures[];
	searchNote?: string;
	pagefindUnderCsp?: string;
	/** Keystroke time on a page whose worker only echoes the query back, in ms. */
	workerEcho?: { median: number; p95: number };
	lighthouse?: LighthouseScores[];
	lighthouseNote?: string;
	seconds: number;
}

/** A whole run. */
export interface BenchmarkRun {
	date: string;
	totalSeconds: number;
	machine: MachineInfo;
	queries: readonly string[];
	scales: ScaleResult[];
}

/** One budget's verdict; `pass` is undefined when the figure could not be measured. */
export interface Verdict {
	budget: string;
	figure: string;
	pass: boolean | undefined;
}

const kb = (bytes: number | undefined) => (bytes === undefined || Number.isNaN(bytes) ? '–' : `${(bytes / KB).toFixed(1)} KB`);
const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const seconds = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(1)} s`);
const ratio = (value: number, base: number) => (!Number.isFinite(value) || !Number.isFinite(base) || base === 0 ? '–' : `${(value / base).toFixed(2)}×`);
const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;
const verdictText = (pass: boolean | undefined) => (pass === undefined ? 'NOT MEASURED' : pass ? 'PASS' : 'FAIL');

/** First-load JS of a page: script files plus inline scripts. */
export const pageJs = (page: PageWeight) => page.jsFilesGzip + page.jsInlineGzip;
/** First-load CSS of a page: stylesheets plus inline styles. */
export const pageCss = (page: PageWeight) => page.cssFilesGzip + page.cssInlineGzip;

const SITE_ENGINE = 'Crosstrain (its /search/ page)';
/** The index size up to which the site's search page searches on the page itself. */
const PAGE_SEARCH_LIMIT = `${(PAGE_SEARCH_MAX_BYTES / KB / KB).toFixed(0)} MB`;
const siteSearch = (scale: ScaleResult | undefined) => scale?.search.find((figures) => figures.engine === SITE_ENGINE);

/** Checks every budget against a run. */
export function evaluateBudgets(run: BenchmarkRun): Verdict[] {
	const at = (scale: number) => run.scales.find((result) => result.scale === scale);
	const real = at(1);
	const verdicts: Verdict[] = [];

	for (const type of PAGE_TYPES.filter((page) => page.jsBudget !== undefined)) {
		const page = real?.pages.find((measured) => measured.path === type.path);
		verdicts.push({
			budget: `JS on first load, ${type.name} (${type.path}) ≤ ${kb(type.jsBudget)} gzip`,
			figure: page ? `${kb(pageJs(page))} (files ${kb(page.jsFilesGzip)} + inline ${kb(page.jsInlineGzip)})` : '–',
			pass: page ? pageJs(page) <= type.jsBudget! : undefined,
		});
	}
	const heaviestCss = real?.pages.reduce<MeasuredPage | undefined>((worst, page) => (!worst || pageCss(page) > pageCss(worst) ? page : worst), undefined);
	verdicts.push({
		budget: `CSS on first load ≤ ${kb(CSS_BUDGET)} gzip on any page`,
		figure: heaviestCss ? `largest: ${kb(pageCss(heaviestCss))} (${heaviestCss.name})` : '–',
		pass: heaviestCss ? pageCss(heaviestCss) <= CSS_BUDGET : undefined,
	});
	const otherOrigins = run.scales.flatMap((scale) => scale.pages.flatMap((page) => [...page.otherOrigins, ...page.browserOtherOrigins]));
	const pagesChecked = run.scales.reduce((count, scale) => count + scale.pages.length, 0);
	verdicts.push({
		budget: 'No request to another origin (every page type, every scale)',
		figure: otherOrigins.length === 0 ? `none in ${pagesChecked} page visits` : [...new Set(otherOrigins)].join(', '),
		pass: pagesChecked > 0 ? otherOrigins.length === 0 : undefined,
	});
	verdicts.push({
		budget: `Search index ≤ ${kb(INDEX_BUDGET)} gzip`,
		figure: `${kb(real?.indexGzip)} (raw ${kb(real?.indexRaw)})`,
		pass: real?.indexGzip === undefined ? undefined : real.indexGzip <= INDEX_BUDGET,
	});
	for (const [scale, limit] of [
		[1, 10],
		[10, 16],
	] as const) {
		const figures = siteSearch(at(scale));
		verdicts.push({
			budget: `Search keystroke p95 ≤ ${limit} ms at ${scale}×`,
			figure: figures ? `${ms(figures.keystrokeP95Ms)} (median ${ms(figures.keystrokeMedianMs)}, ${figures.keystrokes} keystrokes)` : '–',
			pass: figures ? figures.keystrokeP95Ms <= limit : undefined,
		});
	}
	for (const scale of run.scales) {
		const figures = siteSearch(scale);
		verdicts.push({
			budget: `No main-thread task over 50 ms while typing, ${scale.scale}× (index loaded)`,
			figure: figures ? (figures.longTaskCount === 0 ? 'no long task' : `${figures.longTaskCount} long tasks, longest ${ms(figures.longTaskMaxMs)}`) : '–',
			pass: figures ? figures.longTaskMaxMs <= 50 : undefined,
		});
	}
	for (const scale of run.scales) {
		const figures = siteSearch(scale);
		verdicts.push({
			budget: `No main-thread task over 50 ms on the first keystroke, ${scale.scale}× (the index loads then)`,
			figure: figures ? (figures.loadLongTaskMs === 0 ? 'no long task while loading' : `longest task while loading: ${ms(figures.loadLongTaskMs)}`) : '–',
			pass: figures ? figures.loadLongTaskMs <= 50 : undefined,
		});
	}
	const one = at(1)?.build;
	const ten = at(10)?.build;
	verdicts.push({
		budget: '10× builds in at most 10× the 1× time',
		figure: one && ten ? `${seconds(ten.wallSeconds)} vs ${seconds(one.wallSeconds)}: ${ratio(ten.wallSeconds, one.wallSeconds)}` : '–',
		pass: one && ten ? ten.wallSeconds <= 10 * one.wallSeconds : undefined,
	});
	const fifty = at(50);
	verdicts.push({
		budget: '50× builds on this machine without tuning flags',
		figure: fifty?.build ? `built in ${seconds(fifty.build.wallSeconds)}, peak ${Math.round(fifty.build.peakMemoryMiB)} MiB` : (fifty?.buildError?.split('\n')[0] ?? '–'),
		pass: fifty ? fifty.build !== undefined : undefined,
	});
	for (const scores of real?.lighthouse ?? []) {
		const pass = scores.performance >= 98 && scores.accessibility === 100 && scores.bestPractices === 100 && scores.seo === 100;
		verdicts.push({
			budget: `Lighthouse mobile ${scores.path}: performance ≥ 98, others 100`,
			figure: `${scores.performance} / ${scores.accessibility} / ${scores.bestPractices} / ${scores.seo}`,
			pass,
		});
	}
	if (!real?.lighthouse) verdicts.push({ budget: 'Lighthouse mobile on home, module, term, search', figure: real?.lighthouseNote ?? 'not run', pass: undefined });
	return verdicts;
}

/** The verdicts as the lines printed to stdout. */
export function verdictLines(verdicts: Verdict[]): string[] {
	return verdicts.map((verdict) => `${verdictText(verdict.pass)}  ${verdict.budget}: ${verdict.figure}`);
}

function table(header: string[], rows: (string | number)[][]): string {
	const line = (cells: (string | number)[]) => `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function machineSection(run: BenchmarkRun): string {
	const { machine } = run;
	return `## Machine

${table(
	['', ''],
	[
		['Date', run.date],
		['CPU', `${machine.cpuModel}, ${machine.cores} cores`],
		['Memory', `${machine.memoryGiB.toFixed(1)} GiB`],
		['OS', machine.os],
		['Node', machine.node],
		['Chromium', machine.chromium],
		['Crosstrain commit', machine.commit],
		['Packages', Object.entries(machine.packages).map(([name, version]) => `${name} ${version}`).join(', ')],
		['Whole run', `${(run.totalSeconds / 60).toFixed(1)} minutes`],
	],
)}`;
}

function buildSection(run: BenchmarkRun): string {
	return `## Build

Each scale is built from scratch (empty cache) with \`build({ root })\` from Astro's API in a child Node process. Wall time is the child
process from start to exit; peak memory is its \`process.resourceUsage().maxRSS\` (esbuild's helper process is not included). The
machine is shared: before each timed phase the benchmark waits (a bounded time) for other processes to go quiet, and the last column
says how much of the CPU (both cores) other processes still took while the build ran.

${table(
	['Scale', 'Modules', 'Glossary terms', 'Paths', 'HTML pages', 'Output', 'Wall time', 'build()', 'Peak memory', 'CPU used by other processes'],
	run.scales.map((scale) => [
		`${scale.scale}×`,
		scale.course.modules,
		scale.course.terms,
		scale.course.paths,
		scale.htmlPages ?? '–',
		scale.distMiB === undefined ? '–' : `${scale.distMiB.toFixed(1)} MiB`,
		scale.build ? seconds(scale.build.wallSeconds) : `failed: ${scale.buildError?.split('\n')[0] ?? ''}`,
		seconds(scale.build?.buildSeconds),
		scale.build ? `${Math.round(scale.build.peakMemoryMiB)} MiB` : '–',
		scale.othersDuringBuild === undefined ? '–' : percent(scale.othersDuringBuild),
	]),
)}`;
}

function pagesSection(run: BenchmarkRun): string {
	const rows = run.scales.flatMap((scale) =>
		scale.pages.map((page) => [
			`${scale.scale}×`,
			`${page.name} \`${page.path}\``,
			kb(page.htmlGzip),
			kb(pageJs(page)),
			`${kb(page.jsFilesGzip)} + ${kb(page.jsInlineGzip)}`,
			kb(pageCss(page)),
			page.files.length,
			page.browserRequests,
			page.otherOrigins.length + page.browserOtherOrigins.length === 0 ? 'none' : [...page.otherOrigins, ...page.browserOtherOrigins].join(', '),
		]),
	);
	const real = run.scales.find((scale) => scale.scale === 1);
	const chunks = new Map<string, { gzip: number; libraries: string[]; pages: string[] }>();
	for (const page of real?.pages ?? []) {
		for (const file of page.files.filter((entry) => entry.kind === 'js')) {
			const chunk = chunks.get(file.url) ?? { gzip: file.gzip, libraries: file.libraries, pages: [] };
			chunk.pages.push(page.name);
			chunks.set(file.url, chunk);
		}
	}
	return `## What a first visit downloads

Sizes are gzip (zlib level 6), each file compressed on its own; 1 KB = 1024 bytes. JS counts the script files a page loads or
preloads, every chunk they import statically (followed transitively), and the page's inline scripts; CSS counts linked stylesheets
and inline styles. "Requests" is what Chromium actually fetched on a first visit (cold cache, until the network was idle); "other
origins" lists any URL outside the site, from the HTML and from Chromium.

${table(['Scale', 'Page', 'HTML', 'JS total', 'JS files + inline', 'CSS', 'Files (JS+CSS)', 'Requests', 'Other origins'], rows)}

JS files at 1×, largest first:

${table(
	['File', 'gzip', 'Libraries recognised', 'Loaded by'],
	[...chunks]
		.sort((a, b) => b[1].gzip - a[1].gzip)
		.map(([url, chunk]) => [`\`${url.replace('/_astro/', '')}\``, kb(chunk.gzip), chunk.libraries.join(', ') || '–', chunk.pages.join(', ')]),
)}`;
}

function indexSection(run: BenchmarkRun): string {
	const rows = run.scales
		.filter((scale) => scale.anatomy)
		.map((scale) => {
			const anatomy = scale.anatomy!;
			return [
				`${scale.scale}×`,
				anatomy.documents,
				anatomy.indexedTerms,
				kb(scale.indexRaw),
				kb(scale.indexGzip),
				`${kb(anatomy.countsGzip)} (terms ${kb(anatomy.termsGzip)})`,
				`${kb(anatomy.docsGzip)} (text field ${kb(anatomy.docsTextGzip)})`,
				ms(anatomy.parseMs),
				ms(anatomy.loadMs),
				`${ms(anatomy.keystrokeMedianMs)} / ${ms(anatomy.keystrokeP95Ms)}`,
				`exact ${percent(anatomy.share.exact)}, prefix ${percent(anatomy.share.prefix)}, one-typo ${percent(anatomy.share.typo)}, ranking ${percent(anatomy.share.ranking)}`,
				`"${anatomy.slowest.input}" ${ms(anatomy.slowest.ms)}`,
			];
		});
	return `## The search index

\`/search-index.ndjson\` holds word counts (every indexed word, how often it occurs in each field of each page, and each field's
length) and the documents (URL, kind, title and the full text, for snippets), as JSON lines (one line per word, then one per
page) so that it can be parsed a slice at a time. The search page parses it and rebuilds lunr's index from the counts: on the page
itself, in slices (\`loadSearchInSlices\`), when the file is at most ${PAGE_SEARCH_LIMIT}; otherwise in its worker, in one go
(\`loadSearch\`). The parts are compressed separately, so they add up to a little more than the whole. Parse, load and
keystroke times here are from Node 24 (the same V8) running \`src/client/search.ts\` on the built file, without a page around it; each
is the median of three runs, after a first run that warms up the JIT.
The clause shares time each kind of lunr clause alone against the whole \`search()\`, so they overlap and need not add up to 100 %.

${table(['Scale', 'Documents', 'Indexed terms', 'Raw', 'gzip', 'Word counts, gzip', 'Documents, gzip', 'Parse', 'loadSearch (parse + rebuild)', 'search() median / p95', 'Where search() time goes', 'Slowest keystroke'], rows)}`;
}

function taskText(task: { ms: number; cpuMs?: number; inside: string[] }): string {
	if (task.ms === 0) return '–';
	const cpu = task.cpuMs === undefined ? '' : `, CPU ${ms(task.cpuMs)}`;
	return `${ms(task.ms)}${cpu}${task.inside.length ? ` (${task.inside.join('; ')})` : ''}`;
}

function searchSection(run: BenchmarkRun): string {
	const parts = run.scales.map((scale) => {
		if (scale.search.length === 0) return `### ${scale.scale}×\n\n${scale.searchNote ?? 'Not measured.'}`;
		const rows = scale.search.map((figures) => [
			figures.engine,
			figures.documents,
			`${kb(figures.payloadRaw)} / ${kb(figures.payloadGzip)}`,
			kb(figures.codeGzip),
			`${ms(figures.loadMs)} (${figures.loadRunsMs.map((value) => Math.round(value)).join(', ')})`,
			figures.loadLongTaskMs === 0 ? 'under 50 ms' : ms(figures.loadLongTaskMs),
			ms(figures.keystrokeMedianMs),
			ms(figures.keystrokeP95Ms),
			ms(figures.keystrokeMaxMs),
			figures.frameMedianMs === undefined ? '–' : `${ms(figures.frameMedianMs)} / ${ms(figures.frameP95Ms)}`,
			figures.longTaskCount === 0 ? 'none' : `${figures.longTaskCount}, longest ${ms(figures.longTaskMaxMs)}`,
			taskText(figures.tracedLoad),
			taskText(figures.tracedTyping),
		]);
		const notes = [
			...scale.search.map((figures) => `- ${figures.engine}: download = ${figures.payloadNote}.`),
			...(scale.pagefindUnderCsp ? [`- Pagefind on the site's own \`/search/\` page, under its Content-Security-Policy (not the harness): ${scale.pagefindUnderCsp}.`] : []),
		].join('\n');
		return `### ${scale.scale}×

${scale.searchRuns === 'worker' ? `The index is over ${PAGE_SEARCH_LIMIT}, so the site's search page searches in its worker.` : `The index is at most ${PAGE_SEARCH_LIMIT}, so the site's search page searches on the page itself.`} Other processes on the machine used ${scale.othersDuringSearch === undefined ? '–' : percent(scale.othersDuringSearch)} of its CPU during these runs.${scale.workerEcho ? ` A page whose worker only sends the query back: keystroke median ${ms(scale.workerEcho.median)}, p95 ${ms(scale.workerEcho.p95)}.` : ''}${scale.searchNote ? ` ${scale.searchNote}` : ''}

${table(['Engine', 'Documents', 'Download raw / gzip', 'Engine code gzip', 'Load: median (runs)', 'Longest task while loading', 'Keystroke median', 'p95', 'max', 'To the frame that shows it: median / p95', 'Long tasks while typing', 'Longest task, loading (traced)', 'Longest task, typing (traced)'], rows)}

${notes}`;
	});
	return `## Search in the browser

Headless Chromium, no CPU or network throttling, pages served from 127.0.0.1 by a small Node static server (no HTTP compression, so
transfer is not the bottleneck here). The queries, typed one character at a time, 3 rounds: ${run.queries.map((query) => `"${query}"`).join(', ')}.

- **Load**: first use to first results. On Crosstrain's page: open \`/search/?q=incident\` (what the header search box does), timed
  from the moment its HTML is parsed (its script then fetches \`/search-index.ndjson\` and rebuilds the index, itself or through
  its worker) to the first result in the list. On the harness: from the first call to the
  first result, with the engine's code already loaded (Pagefind's \`init()\` fetches its WebAssembly and metadata inside this time).
  Median of 3 cold loads, each in a fresh browser context.
- **Keystroke**: from the \`input\` event (a capturing listener that runs before the page's own) to the first MutationObserver
  callback on the results area, i.e. after the page's own code has replaced the result list and written the status line; layout
  and paint are not included. On Crosstrain's page at a scale where it searches in a worker, this includes the round trip to the worker; on the harness every engine,
  Crosstrain's \`search()\` included, runs on the page's main thread and is timed the same way. **To the frame that shows it**:
  from the same \`input\` event to the start of the next animation frame after the update, when the results are painted. A
  search on the main thread updates the list before the keystroke's own frame; an answer from a worker arrives after it, since
  Chromium renders the keystroke's frame before running other tasks, so it shows one frame later.
- **Harness**: one plain page on the same origin, no site CSS, rendering the top 20 results (title and excerpt) for every engine:
  Crosstrain's \`src/client/search.ts\` bundled with esbuild, MiniSearch's UMD build added with \`addScriptTag\` (same fields, boosts
  and word splitting as Crosstrain; prefix from 2 letters, one typo from 4, any word may match), and Pagefind's JS API over the
  index its indexer built from the whole \`dist\` folder (so its documents are every HTML page, and excerpts come from its
  fragment files).
- **Order**: every engine is loaded first, then the typing rounds take the engines in turn, so background load on this shared
  machine falls on all of them alike.
- **Long tasks**: PerformanceObserver \`longtask\` entries (50 ms or more): while loading (from the start of loading to the first
  results, median over the 3 cold loads) and while typing, in the measured sessions. These decide the budgets. **Traced**: a
  separate session recorded with Chromium tracing (which itself slows the page down), giving the longest main-thread task of the
  page at any length and what was inside it (a task's microtask checkpoint, where code after an \`await\` runs, counts as a task
  of its own); "loading" is the page load and first query, "typing" one round of the queries.

${parts.join('\n\n')}`;
}

function comparisonSection(run: BenchmarkRun): string {
	const rows = run.scales.flatMap((scale) => {
		const base = scale.search.find((figures) => figures.engine === 'Crosstrain (lunr, harness)');
		if (!base) return [];
		return scale.search
			.filter((figures) => figures !== base)
			.map((figures) => [
				`${scale.scale}×`,
				figures.engine,
				ratio(figures.payloadRaw, base.payloadRaw),
				ratio(figures.payloadGzip, base.payloadGzip),
				ratio(figures.loadMs, base.loadMs),
				ratio(figures.keystrokeMedianMs, base.keystrokeMedianMs),
				ratio(figures.keystrokeP95Ms, base.keystrokeP95Ms),
				ratio(figures.tracedTyping.ms, base.tracedTyping.ms),
			]);
	});
	return `## Side by side

Each engine's figure divided by Crosstrain's on the same harness (below 1× is better for every column). The first row per scale
compares Crosstrain's real page with its own search code on the harness: the difference is the page's work around \`search()\`
(marking matches, site CSS, and where it searches in its worker, the round trip to it).

${table(['Scale', 'Engine', 'Download raw', 'Download gzip', 'Load', 'Keystroke median', 'Keystroke p95', 'Longest typing task (traced)'], rows)}`;
}

function lighthouseSection(run: BenchmarkRun): string {
	const real = run.scales.find((scale) => scale.scale === 1);
	if (!real?.lighthouse) return `## Lighthouse (mobile, 1×)\n\n${real?.lighthouseNote ?? 'Not run.'}`;
	return `## Lighthouse (mobile, 1×)

Lighthouse ${run.machine.packages.lighthouse} with its default mobile settings (emulated phone, simulated slow 4G and 4× CPU
slowdown), driving the same Chromium; each page audited 3 times, median score per category. ${real.lighthouseNote ?? ''}

${table(
	['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS', 'Audits below full marks (median run)'],
	real.lighthouse.map((scores) => [
		`\`${scores.path}\``,
		scores.performance,
		scores.accessibility,
		scores.bestPractices,
		scores.seo,
		ms(scores.lcpMs),
		ms(scores.tbtMs),
		scores.cls.toFixed(3),
		scores.failedAudits.join('; ') || 'none',
	]),
)}`;
}

/** Why the failing budgets fail, built from the run's own figures. */
function findings(run: BenchmarkRun, verdicts: Verdict[]): string[] {
	const lines: string[] = [];
	const real = run.scales.find((scale) => scale.scale === 1);
	const failed = (prefix: string) => verdicts.some((verdict) => verdict.pass === false && verdict.budget.startsWith(prefix));

	if (failed('JS on first load') && real) {
		const overBudget = PAGE_TYPES.filter((type) => type.jsBudget !== undefined)
			.map((type) => ({ type, page: real.pages.find((page) => page.path === type.path) }))
			.filter(({ type, page }) => page && pageJs(page) > type.jsBudget!);
		for (const { type, page } of overBudget) {
			const biggest = [...page!.files.filter((file) => file.kind === 'js')].sort((a, b) => b.gzip - a.gzip)[0];
			lines.push(
				`**JS, ${type.name}**: ${kb(pageJs(page!))} against ${kb(type.jsBudget)}. The largest chunk is \`${biggest?.url}\` at ${kb(biggest?.gzip)} gzip` +
					` (${Math.round(((biggest?.gzip ?? 0) / pageJs(page!)) * 100)} % of the page's JS${biggest?.libraries.length ? `; it bundles ${biggest.libraries.join(', ')}` : ''}); inline scripts add ${kb(page!.jsInlineGzip)}.`,
			);
		}
	}
	if (failed('Search index') && real?.anatomy) {
		const anatomy = real.anatomy;
		lines.push(
			`**Search index**: ${kb(real.indexGzip)} gzip against ${kb(INDEX_BUDGET)}. The word counts are ${kb(anatomy.countsGzip)} ` +
				`for ${anatomy.indexedTerms} terms; the documents add ${kb(anatomy.docsGzip)}, nearly all of it the full text of every module and term (${kb(anatomy.docsTextGzip)}) kept for snippets.`,
		);
	}
	for (const scale of run.scales) {
		const figures = siteSearch(scale);
		const harness = scale.search.find((entry) => entry.engine === 'Crosstrain (lunr, harness)');
		if (!figures) continue;
		const keystrokeFailed = verdicts.some((verdict) => verdict.pass === false && verdict.budget === `Search keystroke p95 ≤ ${scale.scale === 1 ? 10 : 16} ms at ${scale.scale}×`);
		if (keystrokeFailed && scale.anatomy) {
			lines.push(
				`**Keystroke p95 at ${scale.scale}×**: ${ms(figures.keystrokeP95Ms)} on the page; ${ms(harness?.keystrokeP95Ms)} for the same \`search()\` on the plain harness; ` +
					`${ms(scale.anatomy.keystrokeP95Ms)} for \`search()\` alone in Node. Timed alone, prefix clauses take ${percent(scale.anatomy.share.prefix)} and one-typo clauses ` +
					`${percent(scale.anatomy.share.typo)} of \`search()\` time; the slowest keystroke is "${scale.anatomy.slowest.input}" (${ms(scale.anatomy.slowest.ms)} in Node): short prefixes ` +
					`and multi-word queries expand to many index terms. The rest of the page's time is its own work around \`search()\`` +
					(scale.searchRuns !== 'worker' ? '.' : scale.workerEcho ? `: a page whose worker does no search, only sends the query back, takes a median of ${ms(scale.workerEcho.median)} and a p95 of ${ms(scale.workerEcho.p95)} here, because Chromium renders the keystroke's frame before it delivers the worker's answer.` : ', mostly the round trip to its worker.'),
			);
		}
		if (figures.longTaskMaxMs > 50) {
			lines.push(`**Long tasks while typing at ${scale.scale}×**: ${figures.longTaskCount} of 50 ms or more, the longest ${ms(figures.longTaskMaxMs)}; traced, the longest typing task was ${taskText(figures.tracedTyping)}.`);
		}
		if (figures.loadLongTaskMs > 50 && scale.anatomy) {
			lines.push(
				`**First keystroke at ${scale.scale}×**: the longest main-thread task between the page starting to load the index and the first results is ` +
					`${ms(figures.loadLongTaskMs)} (median of 3 cold loads). In Node, parsing the ${kb(scale.indexRaw)} file takes ${ms(scale.anatomy.parseMs)} ` +
					`and \`loadSearch\` (parse and rebuild) ${ms(scale.anatomy.loadMs)}; ${scale.searchRuns === 'worker' ? 'in the browser both run in the worker' : 'on the page, the rebuild runs in slices'}. Traced, the longest loading task on the page was ` +
					`${taskText(figures.tracedLoad)}` +
					(figures.tracedLoad.cpuMs !== undefined && figures.tracedLoad.cpuMs < figures.tracedLoad.ms / 2
						? `: the main thread was running for only ${ms(figures.tracedLoad.cpuMs)} of it and waiting or descheduled the rest.`
						: '.'),
			);
		}
	}
	const one = run.scales.find((scale) => scale.scale === 1)?.build;
	const ten = run.scales.find((scale) => scale.scale === 10)?.build;
	if (failed('10× builds') && one && ten) {
		lines.push(`**Build scaling**: 10× took ${ratio(ten.wallSeconds, one.wallSeconds)} the 1× time.`);
	}
	for (const scores of real?.lighthouse ?? []) {
		if (scores.performance < 98 || scores.accessibility < 100 || scores.bestPractices < 100 || scores.seo < 100) {
			lines.push(`**Lighthouse ${scores.path}**: ${scores.failedAudits.join('; ')} (TBT ${ms(scores.tbtMs)}, LCP ${ms(scores.lcpMs)}).`);
		}
	}
	return lines;
}

/** What the run did not measure, and why. */
function notMeasured(run: BenchmarkRun): string[] {
	const lines = [
		'Lighthouse at 10× and 50×: the budget is for the real course, and each audit takes about 15 s.',
		'Brotli sizes: the budgets are gzip, and not every static host sends Brotli.',
		'Search on a throttled CPU: the browser figures are this machine at full speed (Lighthouse covers a slow phone at 1×).',
		'Layout and paint after each keystroke: the keystroke time stops when the page has updated the result list (see above).',
	];
	for (const scale of run.scales) {
		if (scale.buildError) lines.push(`${scale.scale}×: everything after the build, because the build failed (${scale.buildError.split('\n')[0]}).`);
	}
	const real = run.scales.find((scale) => scale.scale === 1);
	if (real && !real.lighthouse && real.lighthouseNote) lines.push(real.lighthouseNote);
	return lines;
}

/** The whole report, as Markdown. */
export function renderReport(run: BenchmarkRun, verdicts: Verdict[]): string {
	const why = findings(run, verdicts);
	const missing = notMeasured(run);
	return `# Benchmarks

Written by \`npm run bench\` (bench/run.ts) from one full run; do not edit by hand, run it again. The benchmark builds the real course
(1×) and synthetic courses of 10× and 50× its size in a scratch folder under the system's temporary folder, then measures build time
and memory, what each page type downloads, search in headless Chromium next to MiniSearch and Pagefind, and Lighthouse at 1×.

Synthetic content: N× adds N−1 copies of every module (\`<slug>-copy-<n>\`, title "(variant n)", a sentence naming a fictional
setting, a few words swapped, links and prerequisites pointing at the same copy), its quiz, every glossary term (names, aliases and
abbreviations suffixed so each stays unique: "Incident 7", "MTTR7") and every path. Diagrams are shared.

## Budgets

${table(
	['Verdict', 'Budget', 'Measured'],
	verdicts.map((verdict) => [verdictText(verdict.pass), verdict.budget, verdict.figure]),
)}

${why.length ? `### Why the failing budgets fail\n\n${why.map((line) => `- ${line}`).join('\n')}\n` : ''}
${machineSection(run)}

${buildSection(run)}

${pagesSection(run)}

${indexSection(run)}

${searchSection(run)}

${comparisonSection(run)}

${lighthouseSection(run)}

## Not measured

${missing.map((line) => `- ${line}`).join('\n')}
`;
}
