/**
 * Lighthouse's mobile audit (its default: an emulated mid-range phone on a throttled
 * connection, simulated) of a few pages of the built site, for the four category
 * scores. Lighthouse drives the same Debian Chromium as the rest of the benchmark,
 * through a debugging port. Each page is audited `runs` times and the median of each
 * score is kept, since the performance score moves a point or two between runs.
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchChromium, median } from './browser.ts';

/** The four category scores of one page, 0–100, and the key timings behind performance. */
export interface LighthouseScores {
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint, Total Blocking Time and Cumulative Layout Shift of the median run. */
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Audits that did not score full marks in the median run, for the report. */
	failedAudits: string[];
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Audits each of `paths` on the site at `origin`; throws with Lighthouse's own message if it cannot run. */
export async function auditPages(origin: string, paths: readonly string[], runs = 3): Promise<LighthouseScores[]> {
	const port = await freePort();
	const browser = await launchChromium([`--remote-debugging-port=${port}`]);
	try {
		const scores: LighthouseScores[] = [];
		for (const path of paths) {
			const results: Report[] = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
				if (!result) throw new Error(`Lighthouse returned nothing for ${path}.`);
				const { lhr } = result;
				if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
				results.push(lhr);
			}
			const score = (lhr: Report, id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
			const byPerformance = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
			const middle = byPerformance[Math.floor(byPerformance.length / 2)]!;
			const failedAudits = CATEGORIES.flatMap((id) =>
				(middle.categories[id]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0)
					.map((ref) => middle.audits[ref.id]!)
					.filter((audit) => audit.score !== null && audit.score < 1)
					.map((audit) => `${id}: ${audit.id} (${audit.displayValue ?? Math.round((audit.score ?? 0) * 100)})`),
			);
			scores.push({
				path,
				performance: median(results.map((lhr) => score(lhr, 'performance'))),
				accessibility: median(results.map((lhr) => score(lhr, 'accessibility'))),
				bestPractices: median(results.map((lhr) => score(lhr, 'best-practices'))),
				seo: median(results.map((lhr) => score(lhr, 'seo'))),
				lcpMs: middle.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
				tbtMs: middle.audits['total-blocking-time']?.numericValue ?? Number.NaN,
				cls: middle.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
				failedAudits,
			});
		}
		return scores;
	} finally {
		await browser.close();
	}
}
