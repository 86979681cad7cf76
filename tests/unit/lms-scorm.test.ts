/**
 * The SCORM adapter against scorm-again's runtimes (the LMS side of SCORM 1.2 and 2004),
 * run in Node: what Crosstrain writes must be accepted by a real implementation of the
 * data model, and mean what an LMS report shows.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type { LmsPageData } from '../../src/client/lms/page-data.ts';
import type { Kept } from '../../src/client/lms/reporter.ts';
import { findScormApi, type ScormVersion } from '../../src/client/lms/scorm-api.ts';
import { displayName, isoDuration, readLaunch, timespan12 } from '../../src/client/lms/scorm-model.ts';
import { startScorm } from '../../src/client/lms/scorm-reporter.ts';
import { encodeSuspendData } from '../../src/client/lms/suspend-data.ts';
import type { SuspendedProgress } from '../../src/client/lms/suspend-data.ts';
import type { QuizCheckedDetail } from '../../src/client/quiz.ts';

// scorm-again's types declare a default export; its ES modules export the classes by name.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };

const page: LmsPageData = {
	standard: 'auto',
	module: 'backup-and-continuity',
	title: 'Backup and continuity',
	moduleUrl: 'https://crosstrain.example/modules/backup-and-continuity/',
	passMark: 80,
	questions: {
		'restore-first': { prompt: 'What do you check before restoring?', options: ['That the backup is clean.', 'Nothing.', 'The weather.'] },
		'backups-are-enough': { prompt: 'A nightly backup to a share protects against ransomware.', options: ['True', 'False'] },
		'pick-two': { prompt: 'Pick the two.', options: ['One', 'Two', 'Three'] },
	},
};

/** A check where `right` of the three questions were answered right. */
function check(right: number, passMark = 80): QuizCheckedDetail {
	const questions: QuizCheckedDetail['questions'] = [
		{ id: 'restore-first', type: 'single', objective: 'verify-restores', correct: right > 0, response: [right > 0 ? 'That the backup is clean.' : 'Nothing.'], correctResponse: ['That the backup is clean.'] },
		{ id: 'backups-are-enough', type: 'true-false', objective: 'design-backups', correct: right > 1, response: [right > 1 ? 'False' : 'True'], correctResponse: ['False'] },
		{ id: 'pick-two', type: 'multiple', objective: 'design-backups', correct: right > 2, response: right > 2 ? ['One', 'Three'] : ['Two'], correctResponse: ['One', 'Three'] },
	];
	const score = Math.floor((right * 100) / 3);
	return { module: page.module, score, passed: right * 100 >= passMark * 3, passMark, questions };
}

/** The module's record after a check, as the progress store would hold it. */
function kept(detail: QuizCheckedDetail, before?: SuspendedProgress): Kept {
	const record: SuspendedProgress = {
		attempts: (before?.attempts ?? 0) + 1,
		bestScore: Math.max(before?.bestScore ?? 0, detail.score),
		lastScore: detail.score,
		passed: (before?.passed ?? false) || detail.passed,
		lastAttemptAt: '2026-11-30T10:00:00.000Z',
		...(detail.passed || before?.completedAt ? { completedAt: before?.completedAt ?? '2026-11-30T10:00:00.000Z' } : {}),
		questions: Object.fromEntries(detail.questions.map((question) => [question.id, question.correct])),
	};
	return { record, encoded: encodeSuspendData(page.module, record).text };
}

function runtime(version: ScormVersion, json: Record<string, unknown> = {}) {
	const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
	if (Object.keys(json).length > 0) api.loadFromJSON(json as never);
	const calls: string[] = [];
	for (const name of ['LMSInitialize', 'LMSFinish', 'LMSCommit', 'Initialize', 'Terminate', 'Commit']) api.on(name, () => calls.push(name));
	/** What the runtime recorded, as its JSON export (write-only elements included), by dotted path. */
	const value = (element: string): any => element.split('.').reduce<any>((node, key) => node?.[key], api.renderCMIToJSONObject());
	return { api, calls, value, interactions: () => Object.values(value('cmi.interactions') as Record<string, any>) };
}

describe('SCORM 1.2 against scorm-again', () => {
	test('first launch incomplete; a fail is failed with its score; a pass is passed; a lower score after never overwrites it', () => {
		const lms = runtime('1.2');
		const problems: string[] = [];
		const reporter = startScorm('1.2', lms.api as never, page, (message) => problems.push(message))!;
		reporter.start(undefined);
		assert.equal(lms.value('cmi.core.lesson_status'), 'incomplete');
		assert.equal(lms.value('cmi.core.exit'), 'suspend');

		const fail = check(1);
		const afterFail = kept(fail);
		reporter.checked(fail, afterFail);
		assert.equal(lms.value('cmi.core.lesson_status'), 'failed');
		assert.equal(lms.value('cmi.core.score.raw'), '33');
		assert.equal(lms.value('cmi.core.score.max'), '100');
		assert.equal(lms.value('cmi.suspend_data'), afterFail.encoded);

		const pass = check(3);
		const afterPass = kept(pass, afterFail.record);
		reporter.checked(pass, afterPass);
		assert.equal(lms.value('cmi.core.lesson_status'), 'passed');
		assert.equal(lms.value('cmi.core.score.raw'), '100');
		assert.equal(lms.value('cmi.core.exit'), '');

		reporter.checked(check(2), kept(check(2), afterPass.record));
		assert.equal(lms.value('cmi.core.lesson_status'), 'passed');
		assert.equal(lms.value('cmi.core.score.raw'), '100');

		const interactions = lms.interactions();
		assert.equal(interactions.length, 9);
		assert.deepEqual(
			[interactions[0]!.id, interactions[0]!.type, interactions[0]!.result, interactions[0]!.objectives['0'].id],
			['backup-and-continuity.restore-first', 'choice', 'correct', 'verify-restores'],
		);
		assert.deepEqual([interactions[1]!.type, interactions[1]!.result], ['true-false', 'wrong']);
		assert.deepEqual(problems, [], 'scorm-again accepted every value');

		const commits = lms.calls.filter((name) => name === 'LMSCommit').length;
		reporter.finish(afterPass, true);
		assert.equal(lms.calls.filter((name) => name === 'LMSCommit').length, commits, 'no Commit of its own before LMSFinish');
		assert.match(lms.value('cmi.core.session_time'), /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
		assert.deepEqual(
			lms.calls.filter((name) => name === 'LMSFinish'),
			['LMSFinish'],
		);
	});

	test('reads the mastery score, the learner’s name and the mode of the launch', () => {
		const lms = runtime('1.2', { core: { student_name: 'Lee, Sam', lesson_mode: 'review' }, student_data: { mastery_score: '70' }, suspend_data: 'ct1;x' });
		const launch = readLaunch('1.2', (element) => lms.value(element));
		assert.deepEqual(launch, { mode: 'review', masteryPercent: 70, learnerName: 'Sam Lee', suspendData: 'ct1;x', attempted: false });
	});

	test('in review mode nothing is recorded', () => {
		const lms = runtime('1.2', { core: { lesson_mode: 'review', lesson_status: 'passed' } });
		const reporter = startScorm('1.2', lms.api as never, page, () => {})!;
		reporter.start(undefined);
		reporter.checked(check(1), kept(check(1)));
		assert.equal(lms.value('cmi.core.lesson_status'), 'passed');
		assert.equal(lms.interactions().length, 0);
	});
});

describe('SCORM 2004 against scorm-again', () => {
	test('incomplete + failed until the pass, then completed + passed with raw and scaled scores', () => {
		const lms = runtime('2004', { scaled_passing_score: '0.8' });
		const problems: string[] = [];
		const reporter = startScorm('2004', lms.api as never, page, (message) => problems.push(message))!;
		assert.equal(reporter.masteryPercent, 80);
		reporter.start(undefined);
		assert.equal(lms.value('cmi.completion_status'), 'incomplete');
		assert.equal(lms.value('cmi.exit'), 'suspend');

		const afterFail = kept(check(2));
		reporter.checked(check(2), afterFail);
		assert.deepEqual([lms.value('cmi.completion_status'), lms.value('cmi.success_status'), lms.value('cmi.score.raw')], ['incomplete', 'failed', '66']);
		assert.equal(lms.value('cmi.score.scaled'), '0.6666666');

		reporter.checked(check(3), kept(check(3), afterFail.record));
		assert.deepEqual([lms.value('cmi.completion_status'), lms.value('cmi.success_status'), lms.value('cmi.score.scaled')], ['completed', 'passed', '1']);
		assert.equal(lms.value('cmi.exit'), 'normal');
		const interactions = lms.interactions();
		assert.equal(interactions.length, 6);
		assert.equal(interactions[5]!.learner_response, 'a[,]c');
		assert.equal(interactions[5]!.correct_responses['0'].pattern, 'a[,]c');
		assert.equal(interactions[4]!.learner_response, 'false');
		assert.match(interactions[3]!.description, /^\{lang=en\}What do you check/);
		assert.deepEqual(problems, []);

		reporter.finish(kept(check(3)), true);
		assert.match(lms.value('cmi.session_time'), /^PT/);
		assert.deepEqual(
			lms.calls.filter((name) => name === 'Terminate'),
			['Terminate'],
		);
	});

	test('resume: entry resume with the stored data, and a relaunch after a pass keeps the pass', () => {
		const lms = runtime('2004', { entry: 'resume', completion_status: 'completed', success_status: 'passed', suspend_data: 'ct1;backup-and-continuity;2' });
		const reporter = startScorm('2004', lms.api as never, page, () => {})!;
		assert.equal(reporter.saved, 'ct1;backup-and-continuity;2');
		reporter.start(kept(check(3)));
		assert.equal(lms.value('cmi.completion_status'), 'completed');
		assert.equal(lms.value('cmi.exit'), 'normal');
	});
});

describe('a broken API never throws, and says what went wrong', () => {
	test('an API whose calls throw', () => {
		const throwing = Object.fromEntries(['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError', 'LMSGetErrorString'].map((name) => [name, () => { throw new Error('LMS down'); }]));
		const problems: string[] = [];
		assert.equal(startScorm('1.2', throwing, page, (message) => problems.push(message)), undefined);
		assert.match(problems[0]!, /did not start a session for this module \(LMSInitialize\(\): it failed, “LMS down”\)/);
	});

	test('an API that refuses every value', () => {
		const refusing = { Initialize: () => 'true', GetValue: () => '', SetValue: () => 'false', Commit: () => 'false', Terminate: () => 'false', GetLastError: () => '351', GetErrorString: () => 'General Set Failure' };
		const problems: string[] = [];
		const reporter = startScorm('2004', refusing, page, (message) => problems.push(message))!;
		reporter.start(undefined);
		reporter.checked(check(3), kept(check(3)));
		reporter.finish(kept(check(3)), true);
		assert.ok(problems.length > 0);
		assert.match(problems[0]!, /SetValue\(cmi\.completion_status\): error 351, “General Set Failure”.*may not have been recorded/);
	});
});

describe('finding the API', () => {
	/** A window-like object: the API on it, its parent and opener. */
	const win = (props: Record<string, unknown>) => {
		const self: Record<string, unknown> = { ...props };
		self.parent ??= self;
		return self as unknown as Window;
	};
	const api12 = { LMSInitialize: () => 'true' };
	const api2004 = { Initialize: () => 'true' };

	test('climbs the parents and takes the nearest API of the versions asked for', () => {
		const top = win({ API: api12, API_1484_11: api2004 });
		const middle = win({ parent: top });
		const sco = win({ parent: middle });
		assert.deepEqual(findScormApi(sco, ['1.2']), { found: true, version: '1.2', api: api12 });
		assert.deepEqual(findScormApi(sco, ['2004', '1.2']), { found: true, version: '2004', api: api2004 });
	});

	test('looks in the opener when the parents have none', () => {
		const opener = win({ API_1484_11: api2004 });
		assert.deepEqual(findScormApi(win({ opener }), ['2004']), { found: true, version: '2004', api: api2004 });
	});

	test('a window from another origin is passed over, not fatal, and reported as blocked', () => {
		const foreign = new Proxy({} as Record<string, unknown>, {
			get: (_, key) => {
				if (key === 'parent') return foreign;
				throw new DOMException('Blocked a frame with origin', 'SecurityError');
			},
		}) as unknown as Window;
		assert.deepEqual(findScormApi(win({ parent: foreign }), ['1.2']), { found: false, blocked: true });
		const top = win({ API: api12 });
		const between = new Proxy({} as Record<string, unknown>, {
			get: (_, key) => {
				if (key === 'parent') return top;
				throw new DOMException('Blocked', 'SecurityError');
			},
		}) as unknown as Window;
		assert.deepEqual(findScormApi(win({ parent: between }), ['1.2']), { found: true, version: '1.2', api: api12 });
	});

	test('no LMS at all', () => {
		assert.deepEqual(findScormApi(win({}), ['1.2', '2004']), { found: false, blocked: false });
	});
});

test('names and times in the formats SCORM wants', () => {
	assert.equal(displayName('Lee, Sam'), 'Sam Lee');
	assert.equal(displayName('Sam Lee'), 'Sam Lee');
	assert.equal(displayName('Lee, Sam, Jr'), 'Lee, Sam, Jr');
	assert.equal(timespan12(3_723_456), '0001:02:03.46');
	assert.equal(isoDuration(3_723_456), 'PT1H2M3.46S');
	assert.equal(isoDuration(4_500), 'PT4.5S');
});
