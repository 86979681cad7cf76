import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { MAX_ATTEMPTS } from '../../src/client/progress.ts';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT, type SuspendedProgress } from '../../src/client/lms/suspend-data.ts';

/** The longest a module's progress can get: every question answered, the largest numbers the store keeps, both dates. */
function fullProgress(questionIds: string[]): SuspendedProgress {
	return {
		attempts: MAX_ATTEMPTS,
		bestScore: 100,
		lastScore: 100,
		passed: true,
		lastAttemptAt: '2099-12-31T23:59:59.999Z',
		completedAt: '2099-12-31T23:59:59.999Z',
		questions: Object.fromEntries(questionIds.map((id, index) => [id, index % 2 === 0])),
	};
}

const quizzes = new URL('../../content/quizzes/', import.meta.url);

describe('suspend_data', () => {
	test('round-trips a module’s progress exactly', () => {
		const progress: SuspendedProgress = {
			attempts: 3,
			bestScore: 85,
			lastScore: 71,
			passed: true,
			lastAttemptAt: '2026-11-30T10:15:02.345Z',
			completedAt: '2026-11-29T09:00:00.000Z',
			questions: { 'restore-first': true, 'backups-are-enough': false },
		};
		const { text, complete } = encodeSuspendData('backup-and-continuity', progress);
		assert.ok(complete);
		const decoded = decodeSuspendData(text, 'backup-and-continuity');
		assert.ok(decoded.ok);
		const { attemptsBy: _writers, questions, ...rest } = decoded.progress!;
		assert.deepEqual(
			{ ...rest, questions: Object.fromEntries(Object.entries(questions).map(([id, result]) => [id, result.correct])) },
			progress,
		);
	});

	test('a module not yet passed has no completion date', () => {
		const progress: SuspendedProgress = { attempts: 1, bestScore: 40, lastScore: 40, passed: false, lastAttemptAt: '2026-11-30T10:15:02.345Z', questions: { a: false } };
		const decoded = decodeSuspendData(encodeSuspendData('m', progress).text, 'm');
		assert.ok(decoded.ok && decoded.progress && decoded.progress.completedAt === undefined && decoded.progress.passed === false);
	});

	test('empty suspend_data is a first launch, not a problem', () => {
		assert.deepEqual(decodeSuspendData('', 'm'), { ok: true, progress: undefined });
	});

	for (const [name, text] of [
		['another tool’s data', 'viewed=1,2,3|lastviewedslide=3'],
		['another module’s progress', 'ct1;other-module;1;50;50;0;mfk2n1a8;;a;b'],
		['a truncated string', 'ct1;m;1;50;50;0;mfk2n1a8'],
		['a score over 100', 'ct1;m;1;150;50;0;mfk2n1a8;;a;b'],
		['a bad date', 'ct1;m;1;50;50;0;NOT-A-DATE;;a;b'],
		['a question id with spaces', 'ct1;m;1;50;50;0;mfk2n1a8;;a b;c'],
		['a later format', 'ct2;m;1;50;50;0;mfk2n1a8;;a;b'],
		['JSON', '{"version":1,"modules":{}}'],
	] as const) {
		test(`ignores ${name}, with a note for the learner`, () => {
			const decoded = decodeSuspendData(text, 'm');
			assert.equal(decoded.ok, false);
			assert.match((decoded as { message: string }).message, /could not be read.*ignored/);
		});
	}

	test(`stays within ${SUSPEND_DATA_LIMIT} characters for every module of the course, fully answered`, () => {
		const files = readdirSync(quizzes).filter((name) => name.endsWith('.yaml'));
		assert.ok(files.length >= 14);
		for (const file of files) {
			const quiz = parse(readFileSync(new URL(file, quizzes), 'utf8')) as { questions: { id: string }[] };
			const slug = file.replace(/\.yaml$/, '');
			const { text, complete } = encodeSuspendData(slug, fullProgress(quiz.questions.map((question) => question.id)));
			assert.ok(complete && text.length <= SUSPEND_DATA_LIMIT, `${file}: ${text.length} characters`);
		}
	});

	test(`stays within ${SUSPEND_DATA_LIMIT} characters for a module of 50 questions with long ids`, () => {
		const ids = Array.from({ length: 50 }, (_, index) => `what-a-change-advisory-board-decides-${String(index).padStart(2, '0')}`);
		const { text, complete } = encodeSuspendData('business-cases-and-proportional-controls', fullProgress(ids));
		assert.ok(complete, `${text.length} characters`);
		assert.ok(text.length <= SUSPEND_DATA_LIMIT);
		const decoded = decodeSuspendData(text, 'business-cases-and-proportional-controls');
		assert.ok(decoded.ok && Object.keys(decoded.progress!.questions).length === 50);
	});

	test('drops question results rather than exceed the limit', () => {
		const ids = Array.from({ length: 200 }, (_, index) => `a-question-id-long-enough-to-overflow-${index}`);
		const { text, complete } = encodeSuspendData('m', fullProgress(ids));
		assert.equal(complete, false);
		assert.ok(text.length <= SUSPEND_DATA_LIMIT);
		const decoded = decodeSuspendData(text, 'm');
		assert.ok(decoded.ok && decoded.progress!.bestScore === 100 && Object.keys(decoded.progress!.questions).length === 0);
	});
});
