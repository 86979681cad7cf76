import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignmentModules, dueState, localDay } from '../../src/client/assignments.ts';
import { modulesProgress, pathStart } from '../../src/client/progress-summary.ts';
import { emptyRecord, moduleEntry, type ProgressRecord } from '../../src/client/progress/format.ts';

const at = '2027-01-20T10:00:00.000Z';
const withModules = (modules: Record<string, boolean>): ProgressRecord => {
	const record = emptyRecord();
	for (const [slug, passed] of Object.entries(modules)) {
		record.modules[slug] = moduleEntry({ attemptsBy: { a: 1 }, bestScore: passed ? 100 : 20, lastScore: passed ? 100 : 20, passed, lastAttemptAt: at, questions: {} });
	}
	return record;
};

describe('dueState', () => {
	test('counts calendar days between today and the due date', () => {
		assert.deepEqual(dueState('2027-01-31', '2027-01-26'), { state: 'later', days: 5 });
		assert.deepEqual(dueState('2027-01-31', '2027-01-30'), { state: 'tomorrow' });
		assert.deepEqual(dueState('2027-01-31', '2027-01-31'), { state: 'today' });
		assert.deepEqual(dueState('2027-01-31', '2027-02-01'), { state: 'overdue', days: 1 });
		assert.deepEqual(dueState('2027-01-31', '2027-02-02'), { state: 'overdue', days: 2 });
	});

	test('crosses months, years and leap days', () => {
		assert.deepEqual(dueState('2028-03-01', '2028-02-28'), { state: 'later', days: 2 });
		assert.deepEqual(dueState('2027-01-01', '2026-12-31'), { state: 'tomorrow' });
		assert.deepEqual(dueState('2026-12-31', '2027-01-02'), { state: 'overdue', days: 2 });
	});

	test('a daylight-saving change does not make a day of 23 or 25 hours count wrong', () => {
		// Europe moves its clocks on 28 March 2027: still one calendar day to the 29th.
		assert.deepEqual(dueState('2027-03-29', '2027-03-28'), { state: 'tomorrow' });
	});

	test('no due date, or one out of shape, is no state', () => {
		assert.deepEqual(dueState(undefined, '2027-01-31'), { state: 'none' });
		assert.deepEqual(dueState('soon', '2027-01-31'), { state: 'none' });
	});
});

describe('localDay', () => {
	test('is the calendar date where the learner is, not in UTC', () => {
		const lateEvening = new Date('2027-01-30T23:30:00.000Z');
		assert.equal(localDay(lateEvening, 'UTC'), '2027-01-30');
		assert.equal(localDay(lateEvening, 'Europe/Berlin'), '2027-01-31');
		assert.equal(localDay(lateEvening, 'America/Los_Angeles'), '2027-01-30');
		assert.equal(localDay(new Date('2027-01-31T05:00:00.000Z'), 'America/Los_Angeles'), '2027-01-30');
	});

	test('the same moment can be due tomorrow in one zone and today in another', () => {
		const now = new Date('2027-01-30T23:30:00.000Z');
		assert.deepEqual(dueState('2027-01-31', localDay(now, 'UTC')), { state: 'tomorrow' });
		assert.deepEqual(dueState('2027-01-31', localDay(now, 'Asia/Tokyo')), { state: 'today' });
	});
});

describe('assignmentModules', () => {
	const catalog = {
		paths: { ops: ['a', 'b', 'c'] },
		prerequisites: { a: [], b: ['a'], c: ['b'], d: [] },
	};

	test('a path holds its modules in the path’s order', () => {
		assert.deepEqual(assignmentModules({ kind: 'path', path: 'ops' }, catalog), ['a', 'b', 'c']);
	});

	test('a path the site no longer has holds nothing', () => {
		assert.deepEqual(assignmentModules({ kind: 'path', path: 'gone' }, catalog), []);
	});

	test('a plan holds its modules in prerequisite order, without modules the site no longer has', () => {
		assert.deepEqual(assignmentModules({ kind: 'plan', modules: ['b', 'gone', 'd', 'a'] }, catalog), ['a', 'b', 'd']);
		assert.deepEqual(assignmentModules({ kind: 'plan', modules: ['c', 'b', 'a'] }, catalog), ['a', 'b', 'c']);
	});
});

describe('modulesProgress', () => {
	test('counts passed modules and names the first not passed, in order', () => {
		assert.deepEqual(modulesProgress(withModules({ a: true, b: false, c: true }), ['a', 'b', 'c', 'd']), { done: 2, total: 4, next: 'b' });
		assert.deepEqual(modulesProgress(emptyRecord(), ['a', 'b']), { done: 0, total: 2, next: 'a' });
	});

	test('all passed has no next module', () => {
		assert.deepEqual(modulesProgress(withModules({ a: true, b: true }), ['a', 'b']), { done: 2, total: 2 });
	});
});

describe('pathStart', () => {
	test('start at the first module until any module of the path is tried', () => {
		assert.deepEqual(pathStart(emptyRecord(), ['a', 'b']), { action: 'start', module: 'a' });
		assert.deepEqual(pathStart(withModules({ z: true }), ['a', 'b']), { action: 'start', module: 'a' });
	});

	test('continue at the first module not passed, even when a later one is', () => {
		assert.deepEqual(pathStart(withModules({ a: false }), ['a', 'b']), { action: 'continue', module: 'a' });
		assert.deepEqual(pathStart(withModules({ b: true }), ['a', 'b', 'c']), { action: 'continue', module: 'a' });
		assert.deepEqual(pathStart(withModules({ a: true }), ['a', 'b']), { action: 'continue', module: 'b' });
	});

	test('completed once every module is passed; an empty path has no way in', () => {
		assert.deepEqual(pathStart(withModules({ a: true, b: true }), ['a', 'b']), { action: 'completed' });
		assert.equal(pathStart(emptyRecord(), []), undefined);
	});
});
