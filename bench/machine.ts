/**
 * The machine a benchmark ran on, for the report, and how busy it was. Timings on a
 * shared two-core machine depend on what else runs, so before each timed phase the
 * benchmark waits (a bounded time) for other processes to go quiet, and the report
 * says how much CPU other processes still took during each phase.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** What the report says about the machine and the software measured. */
export interface MachineInfo {
	cpuModel: string;
	cores: number;
	memoryGiB: number;
	os: string;
	node: string;
	chromium: string;
	/** The project's commit, with "+ uncommitted changes" when the work tree differs from it. */
	commit: string;
	packages: Record<string, string>;
}

function installedVersion(projectRoot: string, name: string): string {
	try {
		return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
	} catch {
		return 'not installed';
	}
}

function gitCommit(projectRoot: string): string {
	try {
		const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
		const changes = execFileSync('git', ['status', '--porcelain', '--', 'src', 'content', 'astro.config.ts', 'public'], { cwd: projectRoot, encoding: 'utf8' }).trim();
		return changes ? `${commit} + uncommitted changes to the site` : commit;
	} catch {
		return 'unknown';
	}
}

/** Describes this machine; `chromium` is the browser's own version string. */
export function describeMachine(projectRoot: string, chromium: string): MachineInfo {
	const osRelease = readFileSync('/etc/os-release', 'utf8');
	return {
		cpuModel: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGiB: totalmem() / 1024 ** 3,
		os: /^PRETTY_NAME="?([^"\n]*)/m.exec(osRelease)?.[1] ?? 'unknown',
		node: process.version,
		chromium,
		commit: gitCommit(projectRoot),
		packages: Object.fromEntries(['astro', 'lunr', 'minisearch', 'pagefind', 'lighthouse', 'playwright-core'].map((name) => [name, installedVersion(projectRoot, name)])),
	};
}

function cpuTimes(): { busy: number; total: number } {
	const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
	const fields = line!.trim().split(/\s+/).slice(1).map(Number);
	const idle = fields[3]! + (fields[4] ?? 0);
	const total = fields.reduce((sum, value) => sum + value, 0);
	return { busy: total - idle, total };
}

/** CPU ticks used so far by this process and every process it started (Chromium, builds). */
function ownTicks(): number {
	const processes = new Map<number, { parent: number; ticks: number }>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// The command name, in parentheses, may hold spaces: read the fields after it.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			// utime + stime, and cutime + cstime: children that ended (Chromium's renderers) count for their parent.
			const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
			processes.set(Number(entry), { parent: Number(fields[1]), ticks });
		} catch {
			// The process ended while we looked.
		}
	}
	const isOurs = (pid: number): boolean => {
		for (let current = pid; current > 1; current = processes.get(current)?.parent ?? 0) if (current === process.pid) return true;
		return false;
	};
	return [...processes].filter(([pid]) => isOurs(pid)).reduce((sum, [, { ticks }]) => sum + ticks, 0);
}

/** A point to measure other processes' CPU use from; see `othersBusySince`. */
export interface CpuMark {
	busy: number;
	total: number;
	own: number;
}

/** Marks the CPU counters now. */
export function cpuMark(): CpuMark {
	return { ...cpuTimes(), own: ownTicks() };
}

/**
 * The fraction of the machine's CPU time (all cores) that processes other than the
 * benchmark's own used since `mark`: how much the figures since then were disturbed.
 */
export function othersBusySince(mark: CpuMark): number {
	const now = cpuMark();
	const total = Math.max(1, now.total - mark.total);
	return Math.max(0, now.busy - mark.busy - (now.own - mark.own)) / total;
}

/** The fraction of all cores' time spent busy over the next `seconds`. */
export async function cpuBusy(seconds = 1): Promise<number> {
	const before = cpuTimes();
	await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
	const after = cpuTimes();
	return (after.busy - before.busy) / Math.max(1, after.total - before.total);
}

/**
 * Waits until the machine's cores are less than `threshold` busy, for at most
 * `maxSeconds`, and returns how busy they were when it stopped waiting.
 */
export async function waitForQuietMachine(threshold = 0.2, maxSeconds = 60): Promise<number> {
	const deadline = performance.now() + maxSeconds * 1000;
	let busy = await cpuBusy();
	while (busy >= threshold && performance.now() < deadline) busy = await cpuBusy(2);
	return busy;
}
