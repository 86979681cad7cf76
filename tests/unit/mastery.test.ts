import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countStates, masteryCounts, moduleMastery, moduleOutline, objectiveState, type ModulesOutline } from '../../src/client/mastery.ts';
import { createProgressStore, recordReview, type ProgressStore } from '../../src/client/progress.ts';
import { FakeStorage } from '../fixtures/progress/storage.ts';

const card = { due: new Date('2026-12-02T09:00:00.000Z'), stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 1 };

/** A store whose clock moves on a minute at each write, so later answers are newer. */
function store(): ProgressStore {
	let minute = 0;
	return createProgressStore(new FakeStorage(), () => new Date(Date.UTC(2026, 11, 1, 9, minute++)), {}, { writer: 'test' });
}

const outline: ModulesOutline = {
	words: moduleOutline(
		{ title: 'Shared words', objectives: [{ id: 'define', text: 'Define the words.' }, { id: 'explain', text: 'Explain them.' }, { id: 'apply', text: 'Apply them.' }] },
		{
			questions: [
				{ id: 'q1', objective: 'define' },
				{ id: 'q2', objective: 'explain' },
				{ id: 'q3', objective: 'define' },
				{ id: 'q4', objective: 'apply' },
			],
		},
	),
	money: moduleOutline({ title: 'Loss in money', objectives: [{ id: 'define', text: 'Define loss.' }, { id: 'apply', text: 'Work it out.' }] }, {
		questions: [
			{ id: 'm1', objective: 'define' },
			{ id: 'm2', objective: 'apply' },
		],
	}),
};
const states = (progress: ProgressStore, slug = 'words') => Object.fromEntries(moduleMastery(progress.read(), slug, outline).map((objective) => [objective.id, objective.state]));

describe('moduleOutline', () => {
	test('lists each objective with the questions that check it, in the written order', () => {
		assert.deepEqual(outline.words!.objectives, [
			{ id: 'define', text: 'Define the words.', questions: ['q1', 'q3'] },
			{ id: 'explain', text: 'Explain them.', questions: ['q2'] },
			{ id: 'apply', text: 'Apply them.', questions: ['q4'] },
		]);
		assert.deepEqual(moduleOutline({ title: 'No quiz', objectives: [{ id: 'a', text: 'A.' }] }, undefined).objectives, [{ id: 'a', text: 'A.', questions: [] }]);
	});
});

describe('objective states', () => {
	test('nothing answered: every objective is not yet tried', () => {
		assert.deepEqual(states(store()), { define: 'untried', explain: 'untried', apply: 'untried' });
		assert.equal(objectiveState(undefined, ['q1']), 'untried');
		assert.equal(objectiveState(undefined, []), 'untried');
	});

	test('shown when every answered question is right; to revisit when the latest answer to one is wrong', () => {
		const progress = store();
		progress.recordAttempt('words', { score: 50, passed: false, questions: { q1: true, q2: false, q3: false, q4: true } });
		assert.deepEqual(states(progress), { define: 'revisit', explain: 'revisit', apply: 'shown' });
	});

	test('a retry that gets it right shows the objective: the latest answer counts, not the first', () => {
		const progress = store();
		progress.recordAttempt('words', { score: 50, passed: false, questions: { q1: true, q2: false, q3: false, q4: true } });
		// "Retry the ones I missed" records the whole attempt again, the settled questions as right.
		progress.recordAttempt('words', { score: 100, passed: true, questions: { q1: true, q2: true, q3: true, q4: true } });
		assert.deepEqual(states(progress), { define: 'shown', explain: 'shown', apply: 'shown' });
		progress.recordAttempt('words', { score: 75, passed: false, questions: { q1: true, q2: true, q3: false, q4: true } });
		assert.equal(states(progress).define, 'revisit');
	});

	test('a question never drawn from a bank does not count against its objective', () => {
		const progress = store();
		// q3 was not drawn: define rests on q1 alone.
		progress.recordAttempt('words', { score: 100, passed: true, questions: { q1: true, q2: true, q4: true } });
		assert.equal(states(progress).define, 'shown');
		// A later attempt that does not draw a question leaves its latest answer as it was.
		progress.recordAttempt('words', { score: 100, passed: true, questions: { q1: true } });
		assert.deepEqual(states(progress), { define: 'shown', explain: 'shown', apply: 'shown' });
		// An objective none of whose questions was ever drawn is not yet tried, whatever the others.
		const fresh = store();
		fresh.recordAttempt('words', { score: 100, passed: true, questions: { q2: true } });
		assert.deepEqual(states(fresh), { define: 'untried', explain: 'shown', apply: 'untried' });
	});

	test('a review answer counts like a quiz answer, both ways', () => {
		const progress = store();
		progress.recordAttempt('words', { score: 75, passed: false, questions: { q1: true, q2: false, q3: true, q4: true } });
		assert.equal(states(progress).explain, 'revisit');
		progress.update(recordReview('words', 'q2', true, card));
		assert.equal(states(progress).explain, 'shown');
		progress.update(recordReview('words', 'q4', false, card));
		assert.equal(states(progress).apply, 'revisit');
	});

	test('answers kept for questions the quiz no longer has count for nothing', () => {
		const progress = store();
		progress.recordAttempt('words', { score: 0, passed: false, questions: { removed: false, q2: true } });
		assert.deepEqual(states(progress), { define: 'untried', explain: 'shown', apply: 'untried' });
	});
});

describe('counts', () => {
	test('per module, per path and per course, each module once', () => {
		const progress = store();
		progress.recordAttempt('words', { score: 75, passed: false, questions: { q1: true, q2: false, q3: true, q4: true } });
		progress.recordAttempt('money', { score: 50, passed: false, questions: { m1: true } });
		const record = progress.read();
		assert.deepEqual(countStates(moduleMastery(record, 'words', outline)), { shown: 2, revisit: 1, untried: 0, total: 3 });
		assert.deepEqual(masteryCounts(record, ['words', 'money'], outline), { shown: 3, revisit: 1, untried: 1, total: 5 });
		assert.deepEqual(masteryCounts(record, ['money', 'words', 'money'], outline), { shown: 3, revisit: 1, untried: 1, total: 5 });
		// A module the outline lacks (removed from the course) has no objectives to count.
		assert.deepEqual(masteryCounts(record, ['gone'], outline), { shown: 0, revisit: 0, untried: 0, total: 0 });
	});
});
