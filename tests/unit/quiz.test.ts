import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRound, isAnswerCorrect, retryMissed, scoreAttempt, shuffled, startAttempt, unansweredPositions } from '../../src/client/quiz.ts';

const single = { id: 'single', options: [{ correct: false }, { correct: true }, { correct: false }] };
const multiple = { id: 'multiple', options: [{ correct: true }, { correct: false }, { correct: true }] };

describe('isAnswerCorrect', () => {
	test('single choice is right only with the right option', () => {
		assert.equal(isAnswerCorrect(single, [1]), true);
		assert.equal(isAnswerCorrect(single, [0]), false);
		assert.equal(isAnswerCorrect(single, []), false);
	});

	test('select-all needs every right option and no wrong one', () => {
		assert.equal(isAnswerCorrect(multiple, [0, 2]), true);
		assert.equal(isAnswerCorrect(multiple, [2, 0]), true);
		assert.equal(isAnswerCorrect(multiple, [0]), false);
		assert.equal(isAnswerCorrect(multiple, [0, 1, 2]), false);
	});
});

describe('scoreAttempt', () => {
	const questions = [single, multiple, { id: 'third', options: [{ correct: true }, { correct: false }] }];

	test('counts right answers and compares with the pass mark', () => {
		const score = scoreAttempt(questions, new Map([['single', [1]], ['multiple', [0, 2]], ['third', [1]]]), 80);
		assert.deepEqual(score.results, [
			{ id: 'single', correct: true },
			{ id: 'multiple', correct: true },
			{ id: 'third', correct: false },
		]);
		assert.equal(score.correctCount, 2);
		assert.equal(score.percent, 66);
		assert.equal(score.passed, false);
	});

	test('a score exactly at the pass mark passes, and percent is never rounded up', () => {
		const five = Array.from({ length: 5 }, (_, i) => ({ id: `q${i}`, options: [{ correct: true }, { correct: false }] }));
		const fourRight = new Map(five.map((q, i) => [q.id, i < 4 ? [0] : [1]]));
		assert.deepEqual([scoreAttempt(five, fourRight, 80).percent, scoreAttempt(five, fourRight, 80).passed], [80, true]);
		assert.equal(scoreAttempt(five, fourRight, 81).passed, false);
		const two = five.slice(0, 2);
		assert.equal(scoreAttempt(two, new Map([['q0', [0]]]), 50).passed, true);
	});

	test('questions answered right in an earlier round count as right', () => {
		const score = scoreAttempt(questions, new Map([['third', [0]]]), 100, new Set(['single', 'multiple']));
		assert.equal(score.correctCount, 3);
		assert.equal(score.passed, true);
	});

	test('unanswered questions are wrong', () => {
		assert.equal(scoreAttempt(questions, new Map(), 10).correctCount, 0);
	});
});

describe('shuffled', () => {
	test('returns a permutation and leaves the input alone', () => {
		const items = [1, 2, 3, 4, 5];
		const sequence = [0.9, 0.1, 0.5, 0.3];
		const result = shuffled(items, () => sequence.shift()!);
		assert.deepEqual([...result].sort(), items);
		assert.deepEqual(items, [1, 2, 3, 4, 5]);
		assert.notDeepEqual(result, items);
	});
});

describe('an attempt, round by round', () => {
	const pool = ['a', 'b', 'c', 'd', 'e'];
	const question = (id: string) => ({ id, options: [{ correct: true }, { correct: false }] });
	const questions = pool.map(question);
	const answers = (right: string[], wrong: string[] = []) =>
		new Map<string, number[]>([...right.map((id): [string, number[]] => [id, [0]]), ...wrong.map((id): [string, number[]] => [id, [1]])]);

	test('a quiz without a bank asks every question, in the written order', () => {
		assert.deepEqual(startAttempt(pool, undefined).drawn, pool);
		assert.deepEqual(startAttempt(pool, 9).drawn, pool);
	});

	test('a bank draws that many different questions and shows them in the written order', () => {
		let seed = 1;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let run = 0; run < 50; run++) {
			const { drawn } = startAttempt(pool, 3, random);
			assert.equal(new Set(drawn).size, 3);
			assert.deepEqual(drawn, pool.filter((id) => drawn.includes(id)));
		}
	});

	test('a round scores only the drawn questions', () => {
		const state = checkRound({ drawn: ['b', 'd'], settled: new Set() }, questions, answers(['b'], ['d']), 50);
		assert.deepEqual(state.checked?.results, [
			{ id: 'b', correct: true },
			{ id: 'd', correct: false },
		]);
		assert.equal(state.checked?.passed, true);
	});

	test('retrying the missed questions keeps the right ones settled, and they count in the next round', () => {
		const first = checkRound(startAttempt(pool, undefined), questions, answers(['a', 'b', 'c'], ['d', 'e']), 80);
		assert.equal(first.checked?.percent, 60);
		const retry = retryMissed(first);
		assert.deepEqual([...retry.settled], ['a', 'b', 'c']);
		assert.equal(retry.checked, undefined);
		assert.deepEqual(unansweredPositions(retry, new Map()), [4, 5]);
		const second = checkRound(retry, questions, answers(['d'], ['e']), 80);
		assert.equal(second.checked?.percent, 80);
		assert.equal(second.checked?.passed, true);
		assert.deepEqual([...retryMissed(second).settled], ['a', 'b', 'c', 'd']);
	});

	test('unanswered positions count from 1 in the order shown', () => {
		assert.deepEqual(unansweredPositions({ drawn: ['c', 'a', 'e'], settled: new Set() }, answers(['a'])), [1, 3]);
	});
});
