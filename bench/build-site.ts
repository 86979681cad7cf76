/**
 * Builds one scratch project with Astro's programmatic API, in a child process of its
 * own so its wall time and peak memory belong to that build alone. Run directly, it is
 * the child: `node bench/build-site.ts <root>` builds and prints one JSON line with
 * the build's duration and the process's peak resident memory.
 *
 * The Astro cache (content data store, assets, Vite) goes to a folder inside the
 * scratch project: by default it would land in node_modules/, which is a link to the
 * real project's, so builds would share a cache with each other and with the project.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one build cost. */
export interface BuildResult {
	/** Seconds from starting the child process until it exited. */
	wallSeconds: number;
	/** Seconds spent inside `build()`. */
	buildSeconds: number;
	/** Peak resident memory of the build process in MiB (esbuild's helper process not included). */
	peakMemoryMiB: number;
	/** The build's own output, for the report when it fails. */
	log: string;
}

const RESULT_PREFIX = 'BENCH_BUILD_RESULT ';

/** Builds the project at `root` in a fresh Node process (the same Node that runs the benchmark). */
export function buildSite(root: string): Promise<BuildResult> {
	rmSync(join(root, 'dist'), { recursive: true, force: true });
	rmSync(join(root, '.bench-cache'), { recursive: true, force: true });
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [fileURLToPath(import.meta.url), root], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
		let log = '';
		child.stdout.on('data', (chunk) => (log += chunk));
		child.stderr.on('data', (chunk) => (log += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const wallSeconds = (performance.now() - started) / 1000;
			const line = log.split('\n').find((text) => text.startsWith(RESULT_PREFIX));
			if (code !== 0 || !line) {
				reject(new Error(`The build of ${root} failed (exit ${code}):\n${log.slice(-4000)}`));
				return;
			}
			const { buildSeconds, maxRSSKiB } = JSON.parse(line.slice(RESULT_PREFIX.length)) as { buildSeconds: number; maxRSSKiB: number };
			resolve({ wallSeconds, buildSeconds, peakMemoryMiB: maxRSSKiB / 1024, log });
		});
	});
}

async function runAsChild(root: string): Promise<void> {
	const { build } = await import('astro');
	const started = performance.now();
	await build({ root, cacheDir: join(root, '.bench-cache'), vite: { cacheDir: join(root, '.bench-cache', 'vite') }, logLevel: 'warn' });
	const buildSeconds = (performance.now() - started) / 1000;
	// maxRSS is in kibibytes.
	console.log(`${RESULT_PREFIX}${JSON.stringify({ buildSeconds, maxRSSKiB: process.resourceUsage().maxRSS })}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = process.argv[2];
	if (!root) throw new Error('Usage: node bench/build-site.ts <project root>');
	await runAsChild(root);
}
