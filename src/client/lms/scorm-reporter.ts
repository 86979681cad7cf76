/**
 * Reports a module to a SCORM 1.2 or 2004 LMS: the best attempt's status and score, each
 * question as an interaction, the module's progress as suspend_data, a commit after
 * every check, and one LMSFinish/Terminate with the session time. 2004's Terminate (and
 * 1.2's LMSFinish) persist the data themselves, so no Commit comes right before them:
 * some LMSs refuse a Commit while the page unloads.
 */
import { exactScore, toAnswer } from './answers.ts';
import type { LmsPageData } from './page-data.ts';
import type { Problem, Reporter } from './reporter.ts';
import { scormRuntime, type ScormError, type ScormVersion } from './scorm-api.ts';
import { finishValues, interactionValues, launchValues, MAX_INTERACTIONS, readLaunch, scoreValues, type Pairs } from './scorm-model.ts';

/**
 * Starts a SCORM session: Initialize, then read the launch. Returns undefined when the
 * LMS refuses to start one (the problem says why).
 */
export function startScorm(version: ScormVersion, api: Record<string, unknown>, page: LmsPageData, problem: Problem, now: () => number = Date.now): Reporter | undefined {
	const runtime = scormRuntime(version, api, ({ call, code, message }: ScormError) => {
		const why = `${call}: ${code === 'exception' ? 'it failed' : `error ${code}`}${message ? `, “${message}”` : ''}`;
		problem(
			call.includes('Initialize')
				? `Your LMS did not start a session for this module (${why}), so your result will not reach it. The quiz still works here.`
				: `Your LMS did not accept part of your result (${why}), so it may not have been recorded. Your answers still count here.`,
		);
	});
	const startedAt = now();
	if (!runtime.initialize()) return undefined;
	const launch = readLaunch(version, runtime.get);
	let interactions = Math.max(0, Number.parseInt(runtime.get('cmi.interactions._count'), 10) || 0);
	let best = -1;
	const normal = launch.mode === 'normal';

	return {
		standard: `SCORM ${version}`,
		mode: launch.mode,
		masteryPercent: launch.masteryPercent,
		learnerName: launch.learnerName,
		saved: launch.suspendData,
		start(progress) {
			if (!normal) return;
			best = progress?.record.attempts ? progress.record.bestScore : -1;
			runtime.set(launchValues(version, launch, progress?.record.passed ?? false));
			runtime.commit();
		},
		checked(detail, progress) {
			if (!normal) return;
			const pairs: Pairs = [];
			if (detail.score > best) {
				best = detail.score;
				pairs.push(...scoreValues(version, { percent: detail.score, scaled: exactScore(detail), passed: detail.passed || progress.record.passed }));
			}
			for (const question of detail.questions) {
				if (interactions < MAX_INTERACTIONS) pairs.push(...interactionValues(version, interactions++, toAnswer(page, question)));
			}
			runtime.set([...pairs, ['cmi.suspend_data', progress.encoded]]);
			runtime.commit();
		},
		save(progress) {
			if (!normal) return;
			if (progress) runtime.set([['cmi.suspend_data', progress.encoded]]);
			runtime.commit();
		},
		finish(progress) {
			if (normal) runtime.set(finishValues(version, progress?.record.passed ?? false, now() - startedAt));
			runtime.terminate();
		},
	};
}
