import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { afterPassing, currentSequence, placeIn, sequenceHref, type WayForwardData } from '../../src/client/way-forward.ts';
import { addAssignment, visitPath } from '../../src/client/progress/changes.ts';
import { emptyRecord, type ProgressRecord } from '../../src/client/progress/format.ts';
import { wayForwardData } from '../../src/data/way-forward.ts';

const at = new Date('2026-12-01T10:00:00.000Z');
const later = new Date('2026-12-02T10:00:00.000Z');

const course = {
	modules: new Map(
		[
			['words', 'Shared words', []],
			['patching', 'Patching', ['words', 'change']],
			['change', 'Change basics', ['words']],
			['budgets', 'Error budgets', []],
			['loose', 'In no path', []],
		].map(([slug, title, prerequisites]) => [slug as string, { data: { title: title as string, prerequisites: prerequisites as string[] } }]),
	),
	paths: new Map([
		['it-staff', { data: { title: 'IT operations staff', modules: ['words', 'patching', 'budgets'] } }],
		['leaders', { data: { title: 'Leaders', modules: ['budgets'] } }],
		['security-staff', { data: { title: 'Security staff', modules: ['words', 'change', 'budgets'] } }],
	]),
};

describe('wayForwardData', () => {
	test('carries the paths holding the module in the course order, and every title and prerequisite list', () => {
		const data = wayForwardData('budgets', course);
		assert.deepEqual(
			data.paths.map((path) => path.id),
			['it-staff', 'leaders', 'security-staff'],
		);
		assert.equal(data.titles.loose, 'In no path');
		assert.deepEqual(data.prerequisites, { patching: ['words', 'change'], change: ['words'] });
		assert.deepEqual(wayForwardData('loose', course).paths, []);
	});
});

describe('currentSequence', () => {
	const data = (module: string): WayForwardData => wayForwardData(module, course);
	const apply = (record: ProgressRecord, ...changes: ((record: ProgressRecord, at: Date) => ProgressRecord)[]) =>
		changes.reduce((current, change, index) => change(current, new Date(at.getTime() + index * 60_000)), record);

	test('is the module’s first path for a new learner, and nothing for a module in no path', () => {
		assert.equal(currentSequence(emptyRecord(), data('budgets'))?.kind, 'path');
		assert.equal((currentSequence(emptyRecord(), data('budgets')) as { id: string }).id, 'it-staff');
		assert.equal(currentSequence(emptyRecord(), data('loose')), undefined);
	});

	test('follows the path last visited when it holds the module, else the first', () => {
		const visited = apply(emptyRecord(), visitPath('security-staff'));
		assert.deepEqual(currentSequence(visited, data('words')), { kind: 'path', id: 'security-staff', title: 'Security staff', modules: ['words', 'change', 'budgets'] });
		assert.equal((currentSequence(visited, data('patching')) as { id: string }).id, 'it-staff');
	});

	test('an assignment holding the module wins over the path last visited; the newest assignment wins', () => {
		const assigned = apply(emptyRecord(), addAssignment({ kind: 'path', path: 'it-staff' }), visitPath('security-staff'));
		assert.equal((currentSequence(assigned, data('words')) as { id: string }).id, 'it-staff');
		assert.equal((currentSequence(assigned, data('change')) as { id: string }).id, 'security-staff', 'the assigned path does not hold it');
		const planToo = addAssignment({ kind: 'plan', modules: ['budgets', 'words'] })(assigned, later);
		assert.deepEqual(currentSequence(planToo, data('words')), { kind: 'plan', modules: ['budgets', 'words'] });
	});

	test('a plan is taken in the order its page shows, without modules the site no longer has', () => {
		const plan = apply(emptyRecord(), addAssignment({ kind: 'plan', modules: ['patching', 'gone', 'change', 'words'] }));
		assert.deepEqual(currentSequence(plan, data('change')), { kind: 'plan', modules: ['words', 'change', 'patching'] });
		assert.equal(currentSequence(plan, data('loose')), undefined);
		assert.equal(sequenceHref({ kind: 'plan', modules: [] }), '/onboarding/plan/');
		assert.equal(sequenceHref({ kind: 'path', id: 'leaders', title: 'Leaders', modules: [] }), '/paths/leaders/');
	});

	test('a stored path id that names something of Object’s finds no path', () => {
		const odd = { ...emptyRecord(), lastPath: { id: 'constructor', at: later.toISOString() } };
		assert.equal((currentSequence(odd, data('words')) as { id: string }).id, 'it-staff');
	});
});

describe('placeIn', () => {
	test('gives the position, the total and the neighbours; the first has no previous, the last no next', () => {
		assert.deepEqual(placeIn(['a', 'b', 'c'], 'b'), { position: 2, total: 3, previous: 'a', next: 'c' });
		assert.deepEqual(placeIn(['a', 'b', 'c'], 'a'), { position: 1, total: 3, previous: undefined, next: 'b' });
		assert.deepEqual(placeIn(['a', 'b', 'c'], 'c'), { position: 3, total: 3, previous: 'b', next: undefined });
		assert.equal(placeIn(['a'], 'x'), undefined);
	});
});

describe('afterPassing', () => {
	const none = () => false;
	test('offers the next module, passed or not', () => {
		assert.deepEqual(afterPassing(['a', 'b', 'c'], 'a', none), { kind: 'next', module: 'b' });
		assert.deepEqual(afterPassing(['a', 'b', 'c'], 'b', () => true), { kind: 'next', module: 'c' });
	});
	test('at the end, the first module not passed yet, or that the sequence is finished', () => {
		assert.deepEqual(afterPassing(['a', 'b', 'c'], 'c', (slug) => slug === 'a'), { kind: 'unfinished', module: 'b', left: 1 });
		assert.deepEqual(afterPassing(['a', 'b', 'c'], 'c', none), { kind: 'unfinished', module: 'a', left: 2 });
		assert.deepEqual(afterPassing(['a', 'b', 'c'], 'c', (slug) => slug !== 'c'), { kind: 'finished' });
		assert.deepEqual(afterPassing(['a'], 'a', none), { kind: 'finished' });
		assert.equal(afterPassing(['a'], 'x', none), undefined);
	});
});
