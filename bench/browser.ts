/**
 * Headless Chromium for the benchmark: launching it the way this machine needs, the
 * in-page instruments every measurement shares, and reading a performance trace for
 * the longest main-thread task and what it was busy with.
 *
 * Keystroke time is measured from the `input` event (a capturing listener on window,
 * so it runs before the page's own) to the first MutationObserver callback on the
 * search results area: the moment the page's own code has replaced the result list
 * and written the status line. Layout and paint after that are not included. Each
 * sample also records when the frame that shows the change began (the next
 * requestAnimationFrame): the time to results on screen, give or take that frame's paint.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';

export { CHROMIUM_PATH };

/** Launches headless Chromium; `extraArgs` adds flags (Lighthouse needs a debugging port). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** What the in-page instruments record, read back with `readBench`. */
export interface BenchRecord {
	/** One per input event that led to an update of the results area; `frameMs` is to the frame that shows it. */
	samples: { value: string; ms: number; frameMs?: number }[];
	/** PerformanceObserver 'longtask' entries (tasks of 50 ms or more). */
	longTasks: { start: number; duration: number }[];
	/** When the result list first had an item, in page time (ms since navigation). */
	firstResultsAt?: number;
	/** When the typing phase began, in page time. */
	typingStart?: number;
}

/**
 * Runs in every page before its own scripts (as an init script). The results area is
 * `ct-search` on the site's search page, `[data-bench-search]` on the harness page.
 */
function instrumentPage(): void {
	const bench = { samples: [], longTasks: [], firstResultsAt: undefined, typingStart: undefined, pending: undefined } as {
		samples: { value: string; ms: number; frameMs?: number }[];
		longTasks: { start: number; duration: number }[];
		firstResultsAt?: number;
		typingStart?: number;
		pending?: { value: string; start: number };
	};
	(window as unknown as { __bench: typeof bench }).__bench = bench;
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No Long Tasks API: the trace still gives the longest task.
	}
	addEventListener(
		'input',
		(event) => {
			bench.pending = { value: (event.target as HTMLInputElement).value, start: performance.now() };
		},
		true,
	);
	const watch = () => {
		const area = document.querySelector('ct-search, [data-bench-search]');
		const list = area?.querySelector('[data-results]');
		if (!area || !list) return;
		new MutationObserver(() => {
			const now = performance.now();
			if (bench.firstResultsAt === undefined && list.childElementCount > 0) bench.firstResultsAt = now;
			if (bench.pending) {
				const sample: { value: string; ms: number; frameMs?: number } = { value: bench.pending.value, ms: now - bench.pending.start };
				const { start } = bench.pending;
				requestAnimationFrame((frameStart) => (sample.frameMs = frameStart - start));
				bench.samples.push(sample);
				bench.pending = undefined;
			}
		}).observe(area, { childList: true, subtree: true, characterData: true });
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
	else watch();
}

/** A fresh browser context (empty cache and storage) with the instruments installed. */
export async function instrumentedPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	await context.addInitScript(instrumentPage);
	const page = await context.newPage();
	return { context, page };
}

/** Reads what the instruments recorded so far. */
export function readBench(page: Page): Promise<BenchRecord> {
	return page.evaluate(() => {
		const { samples, longTasks, firstResultsAt, typingStart } = (window as unknown as { __bench: BenchRecord }).__bench;
		return { samples, longTasks, firstResultsAt, typingStart };
	});
}

/**
 * Types each query character by character into `inputSelector`, `rounds` times over,
 * waiting after each key until the results area has been updated. Returns the
 * keystroke samples and the long tasks that started while typing.
 */
export async function typeQueries(page: Page, inputSelector: string, queries: readonly string[], rounds: number): Promise<BenchRecord> {
	await page.evaluate(() => {
		const bench = (window as unknown as { __bench: BenchRecord }).__bench;
		bench.samples = [];
		bench.typingStart = performance.now();
	});
	for (let round = 0; round < rounds; round++) {
		for (const query of queries) {
			await page.fill(inputSelector, '');
			for (const character of query) {
				const before = await page.evaluate(() => (window as unknown as { __bench: BenchRecord }).__bench.samples.length);
				await page.keyboard.type(character);
				await page.waitForFunction((count) => (window as unknown as { __bench: BenchRecord }).__bench.samples.length > count, before, { timeout: 120_000 });
			}
		}
	}
	const record = await readBench(page);
	return {
		...record,
		samples: record.samples.filter((sample) => sample.value.trim() !== ''),
		longTasks: record.longTasks.filter((task) => task.start >= (record.typingStart ?? 0)),
	};
}

/** The nearest-rank percentile of some numbers. */
export function percentile(values: readonly number[], fraction: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/** The median of some numbers. */
export const median = (values: readonly number[]) => percentile(values, 0.5);

/** The longest main-thread task in one phase of a trace, and what filled it. */
export interface LongestTask {
	/** Wall time, what the person waits for. */
	ms: number;
	/** Time the main thread actually ran during it; much less than `ms` means other processes held the CPU. */
	cpuMs?: number;
	/** What the task was made of: "started by EventDispatch (keypress)", "script 40.1 ms", "GC 12.0 ms", "style and layout 3.2 ms". */
	inside: string[];
}

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	/** Thread (CPU) time, where the trace records it. */
	tdur?: number;
	args?: { data?: { type?: string; url?: string; functionName?: string } };
}

/** Categories to record for `longestTasks`: few, since tracing itself slows the page down. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel'];
// Scheduler wrappers: the work inside them is what counts.
const CONTAINERS = new Set(['ThreadControllerImpl::RunTask', 'Receive mojo message', 'SimpleWatcher::OnHandleReady', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/**
 * The main thread's tasks: 'toplevel' slices not nested in another. A task's microtask
 * checkpoint (where promise callbacks run, like the code after `await fetch(…)`) can be
 * a slice of its own rather than part of the task's slice, so it is counted as a task.
 */
function topLevelSlices(threadEvents: TraceEvent[]): TraceEvent[] {
	const slices = threadEvents.filter((event) => event.ph === 'X' && event.cat.split(',').includes('toplevel')).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const outer: TraceEvent[] = [];
	for (const slice of slices) {
		const previous = outer.at(-1);
		if (!previous || slice.ts >= previous.ts + (previous.dur ?? 0)) outer.push(slice);
	}
	return outer;
}
const GARBAGE_COLLECTION = new Set(['MinorGC', 'MajorGC']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest']);

function describe(event: TraceEvent): string {
	const data = event.args?.data;
	const detail = data?.type ?? [data?.functionName, data?.url?.split('/').pop()].filter(Boolean).join(' ');
	return detail ? `${event.name} (${detail})` : event.name;
}

/**
 * What one task was made of: what started it, garbage collection, style and layout,
 * and the rest, which is script (the trace categories recorded do not split it further).
 */
function anatomyOf(task: TraceEvent, events: TraceEvent[]): string[] {
	const end = task.ts + (task.dur ?? 0);
	const inside = events.filter(
		(event) => event.ph === 'X' && event.pid === task.pid && event.tid === task.tid && event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end,
	);
	const total = (names: Set<string>) => inside.filter((event) => names.has(event.name)).reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
	const gc = total(GARBAGE_COLLECTION);
	const rendering = total(RENDERING);
	// Garbage collection and V8's own bookkeeping can open a task but did not cause it.
	const first = inside.filter((event) => !CONTAINERS.has(event.name) && !/GC|Weakness|scavenge|marking|^V8\./i.test(event.name)).sort((a, b) => a.ts - b.ts)[0];
	const startedBy = task.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' || !first ? 'promise callbacks' : describe(first);
	return [
		`started by ${startedBy}`,
		`script and other ${((task.dur ?? 0) / 1000 - gc - rendering).toFixed(1)} ms`,
		`GC ${gc.toFixed(1)} ms`,
		`style and layout ${rendering.toFixed(1)} ms`,
	];
}


/**
 * Splits a Chromium trace at the user-timing mark `splitMark` (set with
 * performance.mark in the page) and returns the longest main-thread task of the
 * page before and after it, with what each was busy doing. `startMark`, when given,
 * ignores tasks that began before it (loading the harness itself). After the split,
 * tasks that only ran the benchmark's own page.evaluate calls are left out: while
 * typing, the page's work always starts from an event, a timer or a fetch.
 */
export function longestTasks(traceJson: Buffer, splitMark: string, startMark?: string): { before: LongestTask; after: LongestTask } {
	const parsed = JSON.parse(traceJson.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
	const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
	const split = events.find((event) => event.name === splitMark && event.cat.includes('blink.user_timing'));
	if (!split) throw new Error(`The trace has no mark "${splitMark}".`);
	const start = startMark ? events.find((event) => event.name === startMark && event.cat.includes('blink.user_timing'))?.ts : undefined;
	const tasks = topLevelSlices(events.filter((event) => event.pid === split.pid && event.tid === split.tid)).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
	const longest = (phase: TraceEvent[], skipEvaluate: boolean): LongestTask => {
		for (const task of phase) {
			const inside = anatomyOf(task, events);
			if (!skipEvaluate || !inside[0]!.startsWith('started by EvaluateScript')) {
				return { ms: (task.dur ?? 0) / 1000, cpuMs: task.tdur === undefined ? undefined : task.tdur / 1000, inside };
			}
		}
		return { ms: 0, inside: [] };
	};
	return {
		before: longest(tasks.filter((task) => task.ts < split.ts && (start === undefined || task.ts >= start)), false),
		after: longest(tasks.filter((task) => task.ts >= split.ts), true),
	};
}

/** Every request a first visit to `path` makes, until the network has been idle for half a second. */
export async function pageRequests(browser: Browser, origin: string, path: string): Promise<string[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	await context.close();
	return requested;
}
