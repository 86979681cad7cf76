/**
 * The benchmark: `npm run bench`. Builds the course at 1×, 10× and 50× its real size
 * in scratch projects, and for each measures the build, what each page type downloads,
 * and search in headless Chromium beside MiniSearch and Pagefind; runs Lighthouse at 1×;
 * then checks the budgets, prints PASS/FAIL lines and writes docs/benchmarks.md.
 *
 * It answers one question for the project: does Crosstrain stay small and fast as the
 * course grows, and where does it stop doing so? It is not part of `npm test`: a full
 * run takes about 20 minutes on the project's two-core machine.
 *
 * BENCH_SCALES=1,10 limits the scales (for trying changes to the benchmark itself); only a
 * run with all three writes docs/benchmarks.md. BENCH_REPORT_ONLY=1 rewrites the report from
 * the last run's figures (saved in the scratch folder) without measuring.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite } from './build-site.ts';
import { launchChromium, pageRequests } from './browser.ts';
import { auditPages } from './lighthouse-audit.ts';
import { cpuMark, describeMachine, othersBusySince, waitForQuietMachine } from './machine.ts';
import { gzipSize, measurePageWeight } from '../tests/page-weight.ts';
import { evaluateBudgets, PAGE_TYPES, renderReport, verdictLines, type BenchmarkRun, type ScaleResult } from './report.ts';
import { searchAnatomy } from './search-anatomy.ts';
import { measureSearch, pagefindUnderSiteCsp, prepareHarness, QUERIES, searchRuns, workerEchoMs } from './search-engines.ts';
import { startStaticServer } from '../tests/static-server.ts';
import { generateCourse, SCRATCH_ROOT } from './synthetic-course.ts';

const ALL_SCALES = [1, 10, 50];
const LIGHTHOUSE_PATHS = ['/', '/modules/risk-vocabulary/', '/glossary/incident/', '/search/'];
const projectRoot = resolve(import.meta.dirname, '..');
const scales = process.env.BENCH_SCALES ? process.env.BENCH_SCALES.split(',').map(Number) : ALL_SCALES;
const RESULTS_FILE = join(SCRATCH_ROOT, 'results.json');

const runStarted = performance.now();
const log = (message: string) => console.log(`[bench ${((performance.now() - runStarted) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Every file under a folder, for the page count and output size. */
function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

async function measureScale(browser: Awaited<ReturnType<typeof launchChromium>>, scale: number): Promise<ScaleResult> {
	const started = performance.now();
	log(`${scale}×: writing the synthetic course`);
	const course = generateCourse(projectRoot, scale);
	const result: ScaleResult = { scale, course, pages: [], search: [], seconds: 0 };

	await waitForQuietMachine();
	log(`${scale}×: building ${course.modules} modules and ${course.terms} terms`);
	const beforeBuild = cpuMark();
	try {
		const { log: _buildLog, ...build } = await buildSite(course.root);
		result.build = build;
		result.othersDuringBuild = othersBusySince(beforeBuild);
	} catch (error) {
		result.buildError = error instanceof Error ? error.message : String(error);
		log(`${scale}×: the build failed: ${result.buildError.split('\n')[0]}`);
		result.seconds = (performance.now() - started) / 1000;
		return result;
	}
	log(`${scale}×: built in ${result.build.wallSeconds.toFixed(1)} s, peak ${Math.round(result.build.peakMemoryMiB)} MiB`);

	const dist = join(course.root, 'dist');
	const files = filesUnder(dist);
	result.htmlPages = files.filter((file) => file.endsWith('.html')).length;
	result.distMiB = files.reduce((total, file) => total + statSync(file).size, 0) / 1024 ** 2;

	log(`${scale}×: preparing the search harness and the Pagefind index`);
	const harness = await prepareHarness(projectRoot, dist, join(SCRATCH_ROOT, `harness-${scale}`));
	result.pagefindPages = harness.pagefindPages;
	result.pagefindIndexSeconds = harness.pagefindIndexSeconds;

	const server = await startStaticServer(dist, { mounts: { '/__bench/': harness.folder } });
	try {
		log(`${scale}×: page weights and requests`);
		for (const type of PAGE_TYPES) {
			const weight = measurePageWeight(dist, type.path, server.origin);
			const requested = await pageRequests(browser, server.origin, type.path);
			const otherOrigins = requested.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'));
			result.pages.push({ ...weight, name: type.name, browserRequests: requested.length, browserOtherOrigins: otherOrigins });
		}
		const index = readFileSync(join(dist, 'search-index.ndjson'));
		result.indexRaw = index.length;
		result.indexGzip = gzipSize(index);
		result.searchRuns = searchRuns(dist);

		log(`${scale}×: search index anatomy (Node)`);
		result.anatomy = searchAnatomy(dist, QUERIES);

		await waitForQuietMachine();
		log(`${scale}×: search in Chromium (Crosstrain page, harness: Crosstrain, MiniSearch ×2, Pagefind)`);
		const beforeSearch = cpuMark();
		result.search = await measureSearch(browser, server.origin, dist, harness);
		result.othersDuringSearch = othersBusySince(beforeSearch);
		result.workerEcho = await workerEchoMs(browser, server.origin);
		if (scale === 1) result.pagefindUnderCsp = await pagefindUnderSiteCsp(browser, server.origin);

		if (scale === 1) {
			log('1×: Lighthouse (mobile), 3 runs on each of 4 pages');
			await waitForQuietMachine();
			const beforeAudits = cpuMark();
			try {
				result.lighthouse = await auditPages(server.origin, LIGHTHOUSE_PATHS);
				result.lighthouseNote = `Other processes used ${Math.round(othersBusySince(beforeAudits) * 100)} % of the machine's CPU during the audits.`;
			} catch (error) {
				result.lighthouseNote = `Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`;
			}
		}
	} finally {
		await server.close();
	}
	result.seconds = (performance.now() - started) / 1000;
	log(`${scale}×: done in ${result.seconds.toFixed(0)} s`);
	return result;
}

/** Measures every scale; the figures are also saved, so the report's wording can be revised without measuring again. */
async function measure(): Promise<BenchmarkRun> {
	const browser = await launchChromium();
	const run: BenchmarkRun = {
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		totalSeconds: 0,
		machine: describeMachine(projectRoot, browser.version()),
		queries: QUERIES,
		scales: [],
	};
	try {
		for (const scale of scales) run.scales.push(await measureScale(browser, scale));
	} finally {
		await browser.close();
	}
	run.totalSeconds = (performance.now() - runStarted) / 1000;
	mkdirSync(SCRATCH_ROOT, { recursive: true });
	writeFileSync(RESULTS_FILE, JSON.stringify(run, null, '\t'));
	return run;
}

// BENCH_REPORT_ONLY=1 writes the report again from the last run's saved figures.
const run = process.env.BENCH_REPORT_ONLY ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchmarkRun) : await measure();
const verdicts = evaluateBudgets(run);
const report = renderReport(run, verdicts);
if (run.scales.map((scale) => scale.scale).join(',') === ALL_SCALES.join(',')) {
	writeFileSync(join(projectRoot, 'docs', 'benchmarks.md'), report);
	log('wrote docs/benchmarks.md');
} else {
	writeFileSync(join(SCRATCH_ROOT, 'benchmarks.md'), report);
	log(`partial run (scales ${scales.join(', ')}): report written to ${join(SCRATCH_ROOT, 'benchmarks.md')} only`);
}
log(`raw figures: ${RESULTS_FILE}`);
console.log('');
for (const line of verdictLines(verdicts)) console.log(line);
console.log(`\nWhole run: ${(run.totalSeconds / 60).toFixed(1)} minutes.`);
