import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	addAssignment,
	addAttempt,
	applyRenames,
	assignmentId,
	createProgressStore,
	isDay,
	isTimestamp,
	mergeProgress,
	parseImport,
	parseProgress,
	pruneReviewCards,
	putReviewCard,
	recordReview,
	removeAssignment,
	removeReviewCard,
	setLearnerName,
	STORAGE_KEY,
	visitPath,
	type ProgressRecord,
	type ReviewCardInput,
} from '../../src/client/progress.ts';
import { completedCount, currentPath, dueReviews, whereToContinue } from '../../src/client/progress-summary.ts';
import { FakeStorage } from '../fixtures/progress/storage.ts';

const attempt = (score: number, passed: boolean, questions: Record<string, boolean> = {}) => ({ score, passed, questions });
/** A clock that gives each date in turn, then keeps the last. */
const clock = (...isoDates: string[]) => () => new Date(isoDates.length > 1 ? isoDates.shift()! : isoDates[0]!);
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const v1Entry = { attempts: 1, bestScore: 80, lastScore: 80, passed: true, lastAttemptAt: '2026-11-01T10:00:00.000Z', questions: { a: true } };
const record = (modules: ProgressRecord['modules'] = {}): ProgressRecord => ({ ...parsed({ version: 2, modules: {} }), modules });
function parsed(value: unknown): ProgressRecord {
	const result = parseProgress(value);
	assert.ok(result.ok, JSON.stringify(result));
	return result.record;
}

describe('parseProgress', () => {
	test('accepts a valid record and drops only malformed module entries, saying which', () => {
		const result = parseProgress({ version: 1, modules: { good: v1Entry, bad: { attempts: 'many' } } });
		assert.ok(result.ok);
		assert.deepEqual(Object.keys(result.record.modules), ['good']);
		assert.deepEqual(plain(result.dropped), { 'modules/bad': { attempts: 'many' } });
	});

	test('drops module entries with any field out of shape or bounds, and unknown fields', () => {
		const result = parseProgress({
			version: 1,
			modules: {
				good: { ...v1Entry, extra: 'dropped' },
				score: { ...v1Entry, bestScore: 101 },
				fraction: { ...v1Entry, attempts: 1.5 },
				huge: { ...v1Entry, attempts: 1e21 },
				date: { ...v1Entry, lastAttemptAt: 'yesterday' },
				nine: { ...v1Entry, lastAttemptAt: '9' },
				impossible: { ...v1Entry, lastAttemptAt: '2026-02-30T10:00:00.000Z' },
				completed: { ...v1Entry, completedAt: 42 },
				answers: { ...v1Entry, questions: { a: 'yes' } },
				list: [v1Entry],
				'': v1Entry,
				['x'.repeat(201)]: v1Entry,
			},
		});
		assert.ok(result.ok);
		assert.deepEqual(Object.keys(result.record.modules), ['good']);
		assert.equal('extra' in result.record.modules.good!, false);
		assert.equal(Object.keys(result.dropped!).length, 11);
	});

	test('rejects records of the wrong shape and recognises newer versions', () => {
		for (const value of [null, 42, 'text', [], { modules: {} }, { version: 1, modules: [] }, { version: '2', modules: {} }, { version: 1.5, modules: {} }]) {
			assert.equal(parseProgress(value).ok, false, JSON.stringify(value));
		}
		const newer = parseProgress({ version: 3, modules: {} });
		assert.ok(!newer.ok && newer.reason === 'newer-version');
	});

	test('a "__proto__" key never reaches an object prototype', () => {
		const json = JSON.parse(
			'{"version":1,"modules":{"__proto__":{"attempts":1,"bestScore":50,"lastScore":50,"passed":false,"lastAttemptAt":"2026-11-01T10:00:00.000Z","questions":{"__proto__":true}}}}',
		);
		const result = parseProgress(json);
		assert.ok(result.ok);
		assert.equal(({} as Record<string, unknown>).attempts, undefined);
		assert.equal(Object.getPrototypeOf(result.record.modules), null);
		assert.equal(result.record.modules['__proto__']!.questions['__proto__']!.correct, true);
	});
});

describe('dates', () => {
	test('only toISOString() timestamps and real calendar days pass', () => {
		for (const good of ['2026-11-27T16:14:23.671Z', '1999-12-31T23:59:59.999Z']) assert.ok(isTimestamp(good), good);
		for (const bad of ['9', '2026', '2026-11-27', '2026-11-27T16:14:23Z', '2026-11-27T16:14:23.671+00:00', '2026-02-30T00:00:00.000Z', '+010000-01-01T00:00:00.000Z', ' 2026-11-27T16:14:23.671Z', 9]) {
			assert.equal(isTimestamp(bad), false, String(bad));
		}
		assert.ok(isDay('2027-01-31'));
		for (const bad of ['2027-02-29', '2027-1-31', '31/01/2027', '2027-01-31T00:00:00.000Z']) assert.equal(isDay(bad), false, bad);
	});

	test('merges compare dates as moments, so the newest answer wins', () => {
		const older = addAttempt(undefined, attempt(100, true, { q: true }), new Date('2026-11-20T10:00:00.000Z'), 'a');
		const newer = addAttempt(undefined, attempt(0, false, { q: false }), new Date('2027-01-02T10:00:00.000Z'), 'b');
		for (const merged of [mergeProgress(record({ m: older }), record({ m: newer })), mergeProgress(record({ m: newer }), record({ m: older }))]) {
			assert.equal(merged.modules.m!.lastScore, 0);
			assert.equal(merged.modules.m!.questions.q!.correct, false);
			assert.equal(merged.modules.m!.bestScore, 100);
			assert.equal(merged.modules.m!.attempts, 2);
		}
	});

	test('an import whose moments lie in the future is refused, so it cannot win every later merge', () => {
		const file = JSON.stringify({ version: 1, modules: { m: { ...v1Entry, lastAttemptAt: '2099-01-01T00:00:00.000Z' } } });
		const result = parseImport(file, new Date('2026-12-01T00:00:00.000Z'));
		assert.ok(!result.ok);
		assert.match(result.message, /moment in the future \(2099-01-01T00:00:00\.000Z\)/);
		assert.ok(parseImport(file, new Date('2099-01-01T00:00:00.000Z')).ok);
		const crafted = parseImport(JSON.stringify({ version: 1, modules: { m: { ...v1Entry, lastAttemptAt: '9' } } }));
		assert.ok(!crafted.ok);
		assert.match(crafted.message, /“m” is not a valid progress entry/);
	});
});

describe('addAttempt and mergeProgress', () => {
	test('keeps the best score and the first completion', () => {
		const first = addAttempt(undefined, attempt(90, true, { a: true }), new Date('2026-11-01T00:00:00Z'), 'tab');
		const second = addAttempt(first, attempt(40, false, { a: false }), new Date('2026-11-02T00:00:00Z'), 'tab');
		assert.equal(second.attempts, 2);
		assert.deepEqual({ ...second.attemptsBy }, { tab: 2 });
		assert.equal(second.bestScore, 90);
		assert.equal(second.lastScore, 40);
		assert.equal(second.passed, true);
		assert.equal(second.completedAt, '2026-11-01T00:00:00.000Z');
		assert.deepEqual({ ...second.questions.a }, { correct: false, at: '2026-11-02T00:00:00.000Z' });
	});

	test('a score out of range is brought within 0–100 rather than making the entry unreadable', () => {
		assert.equal(addAttempt(undefined, attempt(250, true), new Date('2026-11-01'), 'w').bestScore, 100);
		assert.equal(addAttempt(undefined, attempt(Number.NaN, false), new Date('2026-11-01'), 'w').lastScore, 0);
	});

	test('merge keeps each module from both records and the better history of shared ones', () => {
		const a = record({ x: addAttempt(undefined, attempt(100, true), new Date('2026-01-01'), 'a') });
		const b = record({ x: addAttempt(undefined, attempt(20, false), new Date('2026-02-01'), 'b'), y: addAttempt(undefined, attempt(50, false), new Date('2026-02-01'), 'b') });
		const merged = mergeProgress(a, b);
		assert.deepEqual(Object.keys(merged.modules).sort(), ['x', 'y']);
		assert.equal(merged.modules.x!.bestScore, 100);
		assert.equal(merged.modules.x!.passed, true);
		assert.equal(merged.modules.x!.lastScore, 20);
		assert.equal(merged.modules.x!.attempts, 2, 'attempts from two writers add up');
		assert.equal(merged.modules.x!.completedAt, '2026-01-01T00:00:00.000Z');
	});

	test('merging is commutative, associative and idempotent', () => {
		const store = (writer: string, day: number) => {
			const s = createProgressStore(new FakeStorage(), () => new Date(Date.UTC(2026, 10, day)), {}, { writer });
			s.recordAttempt('x', attempt(day * 7, day % 2 === 0, { [`q${day % 3}`]: day % 2 === 0 }));
			s.update(addAssignment({ kind: 'path', path: `p${day % 2}` }));
			s.update(putReviewCard('x', `q${day % 3}`, card('2026-12-01T00:00:00.000Z', day)));
			if (day > 2) s.update(removeAssignment(assignmentId({ kind: 'path', path: 'p0' })));
			s.update(visitPath(`p${day}`));
			return s.read();
		};
		const [a, b, c] = [store('a', 1), store('b', 2), store('c', 3)];
		const text = (r: ProgressRecord) => JSON.stringify(sortKeys(r));
		assert.equal(text(mergeProgress(a, b)), text(mergeProgress(b, a)));
		assert.equal(text(mergeProgress(mergeProgress(a, b), c)), text(mergeProgress(a, mergeProgress(b, c))));
		assert.equal(text(mergeProgress(mergeProgress(a, b), b)), text(mergeProgress(a, b)));
	});
});

/** A copy with every object's keys in order, to compare records whatever order their keys were added in. */
function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}

function card(due: string, reps = 1): ReviewCardInput {
	return { due, stability: 2.5, difficulty: 5.1, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps, lapses: 0, state: 2, last_review: new Date('2026-11-20T10:00:00.000Z') };
}

describe('createProgressStore', () => {
	test('records attempts and reads them back from storage', () => {
		const storage = new FakeStorage();
		const store = createProgressStore(storage, clock('2026-11-27T09:00:00.000Z'));
		store.recordAttempt('risk-vocabulary', attempt(83, true, { q1: true }));
		const again = createProgressStore(storage);
		assert.equal(again.read().modules['risk-vocabulary']!.bestScore, 83);
		assert.equal(again.read().version, 2);
		assert.equal(again.problem(), undefined);
	});

	test('an attempt for a slug no record could hold is not recorded', () => {
		const storage = new FakeStorage();
		const store = createProgressStore(storage);
		for (const slug of ['', 'x'.repeat(201)]) store.recordAttempt(slug, attempt(100, true));
		assert.deepEqual(Object.keys(store.read().modules), []);
		assert.equal(storage.items.size, 0);
	});

	test('two tabs recording the same module and different ones both keep every attempt', () => {
		const storage = new FakeStorage();
		const tabA = createProgressStore(storage);
		const tabB = createProgressStore(storage);
		tabA.read();
		tabB.read();
		tabA.recordAttempt('a', attempt(100, true));
		tabB.recordAttempt('b', attempt(100, true));
		tabA.recordAttempt('shared', attempt(10, false));
		tabB.recordAttempt('shared', attempt(20, false));
		const final = createProgressStore(storage).read();
		assert.deepEqual(Object.keys(final.modules).sort(), ['a', 'b', 'shared']);
		assert.equal(final.modules.shared!.attempts, 2);
	});

	test('read() parses the stored record once and again only when storage changes', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, modules: { m: v1Entry } }));
		const store = createProgressStore(storage);
		const first = store.read();
		for (let index = 0; index < 20; index++) assert.equal(store.read(), first);
		assert.equal(storage.reads, 1);
		createProgressStore(storage).recordAttempt('n', attempt(50, false));
		const reads = storage.reads;
		assert.equal(store.read(), first, 'a write elsewhere is seen once the storage event arrives');
		store.notifyExternalChange();
		assert.equal(store.read().modules.n!.lastScore, 50);
		store.read();
		assert.equal(storage.reads, reads + 1);
	});

	test('a record from a newer version is never overwritten', () => {
		const storage = new FakeStorage();
		const future = JSON.stringify({ version: 9, modules: { a: { whatever: true } } });
		storage.items.set(STORAGE_KEY, future);
		const store = createProgressStore(storage);
		store.recordAttempt('b', attempt(100, true));
		assert.equal(storage.items.get(STORAGE_KEY), future);
		assert.equal(store.read().modules.b!.passed, true, 'kept in memory for this visit');
		assert.equal(store.problem(), 'newer');
	});

	test('refused or full storage never throws and is reported', () => {
		const storage = new FakeStorage();
		storage.refuseWrites = true;
		const store = createProgressStore(storage);
		assert.doesNotThrow(() => store.recordAttempt('a', attempt(100, true)));
		assert.equal(store.read().modules.a!.passed, true);
		assert.equal(store.problem(), 'refused');

		const locked = new FakeStorage();
		locked.refuseReads = true;
		const lockedStore = createProgressStore(locked);
		assert.doesNotThrow(() => lockedStore.read());
		assert.ok(lockedStore.problem());

		const none = createProgressStore(undefined);
		assert.doesNotThrow(() => none.recordAttempt('a', attempt(1, false)));
		assert.doesNotThrow(() => none.reset());
		assert.equal(none.setAsideCount(), 0);
		assert.ok(none.problem());
	});

	test('when storage is full, an unsaved attempt is kept for the visit and what was stored stays as it was', () => {
		const storage = new FakeStorage();
		const stored = JSON.stringify({ version: 1, modules: { a: { ...v1Entry, passed: false, bestScore: 50, lastScore: 50, lastAttemptAt: '2026-01-01T00:00:00.000Z' } } });
		storage.items.set(STORAGE_KEY, stored);
		storage.refuseWrites = true;
		const store = createProgressStore(storage, clock('2026-02-01T00:00:00.000Z'));
		store.recordAttempt('a', attempt(100, true));
		store.recordAttempt('b', attempt(20, false));
		store.notifyExternalChange();
		const current = store.read();
		assert.equal(current.modules.a!.attempts, 2);
		assert.equal(current.modules.a!.passed, true);
		assert.equal(current.modules.b!.lastScore, 20);
		assert.equal(storage.items.get(STORAGE_KEY), stored);
	});

	test('subscribers hear about every change', () => {
		const store = createProgressStore(new FakeStorage());
		let calls = 0;
		const unsubscribe = store.subscribe(() => calls++);
		store.recordAttempt('a', attempt(10, false));
		store.notifyExternalChange();
		unsubscribe();
		store.reset();
		assert.equal(calls, 2);
	});
});

describe('set-aside copies', () => {
	const at = '2026-12-01T10:00:00.000Z';

	test('an unreadable record is copied under a timestamped key, reported, and progress saves again', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, '{not json');
		const store = createProgressStore(storage, clock(at));
		assert.deepEqual(Object.keys(store.read().modules), []);
		assert.equal(store.problem(), 'setAside');
		assert.equal(storage.items.get(`${STORAGE_KEY}:unreadable:${at}`), '{not json');
		assert.equal(store.setAsideCount(), 1);
		store.recordAttempt('a', attempt(50, false));
		assert.equal(JSON.parse(storage.items.get(STORAGE_KEY)!).modules.a.lastScore, 50);
	});

	test('a second unreadable record never overwrites the first copy', () => {
		const storage = new FakeStorage();
		for (const text of ['first bad', 'second bad', 'third bad']) {
			storage.items.set(STORAGE_KEY, text);
			createProgressStore(storage, clock(at)).read();
		}
		assert.deepEqual([...storage.items.keys()].sort(), [`${STORAGE_KEY}:unreadable:${at}`, `${STORAGE_KEY}:unreadable:${at}~1`, `${STORAGE_KEY}:unreadable:${at}~2`]);
		assert.deepEqual([...storage.items.values()].sort(), ['first bad', 'second bad', 'third bad']);
	});

	test('with a full quota, the record is not claimed set aside: it is kept and nothing overwrites it', () => {
		const storage = new FakeStorage();
		const unreadable = `{"version":2,"modules":${'x'.repeat(1000)}`;
		storage.items.set(STORAGE_KEY, unreadable);
		storage.refuseWrites = true;
		const store = createProgressStore(storage, clock(at));
		store.read();
		assert.equal(store.problem(), 'noRoom');
		store.recordAttempt('a', attempt(100, true));
		storage.refuseWrites = false;
		store.recordAttempt('b', attempt(100, true));
		assert.equal(storage.items.get(STORAGE_KEY), unreadable, 'the original stays where it was');
		assert.equal(store.setAsideCount(), 0);
		assert.equal(store.read().modules.b!.passed, true, 'progress still works for the visit');
	});

	test('malformed entries left out of a readable record are copied aside, and the rest is saved without them', () => {
		const storage = new FakeStorage();
		const bad = { ...v1Entry, bestScore: 101 };
		storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, modules: { good: v1Entry, 'risk-vocabulary': bad } }));
		const store = createProgressStore(storage, clock(at));
		assert.deepEqual(Object.keys(store.read().modules), ['good']);
		assert.equal(store.problem(), 'partSetAside');
		assert.deepEqual(JSON.parse(storage.items.get(`${STORAGE_KEY}:dropped:${at}`)!), { version: 1, dropped: { 'modules/risk-vocabulary': bad } });
		assert.deepEqual(Object.keys(JSON.parse(storage.items.get(STORAGE_KEY)!).modules), ['good']);
		createProgressStore(storage, clock(at)).read();
		assert.equal(store.setAsideCount(), 1, 'the next page finds a clean record and copies nothing more');
	});

	test('malformed entries are not dropped when there is no room to copy them', () => {
		const storage = new FakeStorage();
		const stored = JSON.stringify({ version: 1, modules: { good: v1Entry, bad: { ...v1Entry, attempts: -1 } } });
		storage.items.set(STORAGE_KEY, stored);
		storage.quota = stored.length + STORAGE_KEY.length + 10;
		const store = createProgressStore(storage, clock(at));
		assert.deepEqual(Object.keys(store.read().modules), ['good']);
		assert.equal(store.problem(), 'partNoRoom');
		store.recordAttempt('good', attempt(10, false));
		assert.equal(storage.items.get(STORAGE_KEY), stored);
	});

	test('reset deletes the record and every set-aside copy, including the earlier unstamped one', () => {
		const storage = new FakeStorage();
		storage.items.set(`${STORAGE_KEY}:unreadable`, 'from an earlier version');
		storage.items.set(STORAGE_KEY, 'bad');
		storage.items.set('crosstrain:theme', 'dark');
		const store = createProgressStore(storage, clock(at));
		store.recordAttempt('a', attempt(50, false));
		assert.equal(store.setAsideCount(), 2);
		store.reset();
		assert.equal(store.setAsideCount(), 0);
		assert.deepEqual([...storage.items.keys()].sort(), ['crosstrain:progress', 'crosstrain:theme']);
		assert.deepEqual(Object.keys(store.read().modules), []);
		assert.equal(store.problem(), undefined);
	});

	test('reset in one tab empties the others, which do not write their old progress back', () => {
		const storage = new FakeStorage();
		const tabA = createProgressStore(storage, clock('2026-12-01T10:00:00.000Z'));
		const tabB = createProgressStore(storage, clock('2026-12-01T10:00:01.000Z'));
		tabA.recordAttempt('a', attempt(50, false));
		tabB.recordAttempt('b', attempt(50, false));
		tabA.notifyExternalChange();
		tabA.reset();
		tabB.notifyExternalChange();
		assert.deepEqual(Object.keys(tabB.read().modules), []);
		tabB.recordAttempt('c', attempt(70, false));
		tabA.notifyExternalChange();
		assert.deepEqual(Object.keys(tabA.read().modules), ['c']);
		assert.deepEqual(Object.keys(JSON.parse(storage.items.get(STORAGE_KEY)!).modules), ['c']);
	});
});

describe('assignments', () => {
	const sam = { kind: 'path' as const, path: 'it-staff', due: '2027-01-31', from: 'Sam Lee' };
	const plan = { kind: 'plan' as const, modules: ['patching', 'risk-vocabulary'], from: 'Alex Kim' };

	test('opening a link stores it; the same link again keeps one; a second link comes first', () => {
		const storage = new FakeStorage();
		const store = createProgressStore(storage, clock('2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-03T10:00:00.000Z'));
		store.update(addAssignment(sam));
		store.update(addAssignment(sam));
		store.update(addAssignment(plan));
		const assignments = createProgressStore(storage).read().assignments;
		assert.deepEqual(
			assignments.map((assignment) => [assignment.kind, assignment.from, assignment.openedAt]),
			[
				['plan', 'Alex Kim', '2026-12-03T10:00:00.000Z'],
				['path', 'Sam Lee', '2026-12-01T10:00:00.000Z'],
			],
		);
		assert.deepEqual(plain(assignments[1]), { id: assignmentId(sam), kind: 'path', path: 'it-staff', due: '2027-01-31', from: 'Sam Lee', openedAt: '2026-12-01T10:00:00.000Z' });
	});

	test('a removed assignment stays removed when another tab still holds it, and comes back if the link is opened again', () => {
		const storage = new FakeStorage();
		const tabA = createProgressStore(storage, clock('2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-04T10:00:00.000Z'));
		const tabB = createProgressStore(storage, clock('2026-12-03T10:00:00.000Z'));
		tabA.update(addAssignment(sam));
		tabB.read();
		tabB.recordAttempt('x', attempt(10, false));
		tabA.notifyExternalChange();
		tabA.update(removeAssignment(assignmentId(sam)));
		tabB.notifyExternalChange();
		assert.deepEqual(tabB.read().assignments, []);
		tabA.update(addAssignment(sam));
		assert.equal(createProgressStore(storage).read().assignments[0]!.openedAt, '2026-12-04T10:00:00.000Z');
	});

	test('links that are out of shape are not stored, and names are kept as plain text', () => {
		const store = createProgressStore(new FakeStorage(), clock('2026-12-01T10:00:00.000Z'));
		for (const link of [{ kind: 'path' as const }, { kind: 'plan' as const, modules: [] }, { kind: 'path' as const, path: 'p', due: '31 January' }, { kind: 'nonsense' as 'path', path: 'p' }]) {
			store.update(addAssignment(link));
		}
		assert.deepEqual(store.read().assignments, []);
		store.update(addAssignment({ kind: 'plan', modules: ['a', 'a', 'b'], from: ' Sam\u202e\n  Lee<img src=x> ' }));
		assert.deepEqual(store.read().assignments[0]!.modules, ['a', 'b']);
		assert.equal(store.read().assignments[0]!.from, 'Sam Lee<img src=x>');
	});
});

describe('last path, learner name and review cards', () => {
	test('of two tabs visiting and naming at once, the newest wins; a change made after seeing another wins even if its clock lags', () => {
		const tabA = createProgressStore(new FakeStorage(), clock('2026-12-01T10:00:00.000Z'));
		const tabB = createProgressStore(new FakeStorage(), clock('2026-12-01T10:00:05.000Z'));
		tabB.update(visitPath('security-staff'));
		tabA.update(visitPath('it-staff'));
		tabB.update(setLearnerName('  Robin\tOkafor  '));
		tabA.update(setLearnerName('R. Okafor'));
		for (const merged of [mergeProgress(tabA.read(), tabB.read()), mergeProgress(tabB.read(), tabA.read())]) {
			assert.equal(merged.lastPath!.id, 'security-staff');
			assert.equal(merged.learnerName!.text, 'Robin Okafor');
		}
		const shared = new FakeStorage();
		createProgressStore(shared, clock('2026-12-01T10:00:05.000Z')).update(visitPath('security-staff'));
		const lagging = createProgressStore(shared, clock('2026-12-01T10:00:00.000Z'));
		lagging.update(visitPath('it-staff'));
		assert.deepEqual({ ...createProgressStore(shared).read().lastPath }, { id: 'it-staff', at: '2026-12-01T10:00:05.001Z' });
		tabB.update(setLearnerName('x'.repeat(500)));
		assert.equal(tabB.read().learnerName!.text.length, 80);
	});

	test('cards are stored with ISO dates, kept per key by the newest save, and removed for good', () => {
		const storage = new FakeStorage();
		const store = createProgressStore(storage, clock('2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-03T10:00:00.000Z', '2026-12-04T10:00:00.000Z'));
		store.recordAttempt('m', attempt(50, false, { q1: false, q2: false }));
		store.update(putReviewCard('m', 'q1', card('2026-12-02T10:00:00.000Z')));
		store.update(recordReview('m', 'q1', true, { ...card('2026-12-09T10:00:00.000Z', 2), due: new Date('2026-12-09T10:00:00.000Z') }));
		const stored = createProgressStore(storage).read();
		assert.deepEqual(plain(stored.review['m/q1']), {
			due: '2026-12-09T10:00:00.000Z',
			stability: 2.5,
			difficulty: 5.1,
			elapsed_days: 0,
			scheduled_days: 2,
			learning_steps: 0,
			reps: 2,
			lapses: 0,
			state: 2,
			last_review: '2026-11-20T10:00:00.000Z',
			savedAt: '2026-12-03T10:00:00.000Z',
		});
		assert.deepEqual({ ...stored.modules.m!.questions.q1 }, { correct: true, at: '2026-12-03T10:00:00.000Z' }, 'a review answer updates mastery');
		assert.equal(stored.modules.m!.attempts, 1, 'a review is not a quiz attempt');
		store.update(putReviewCard('m', 'q2', { ...card('2026-12-02T10:00:00.000Z'), stability: Number.NaN }));
		assert.equal('m/q2' in store.read().review, false, 'a card out of shape is not stored');
		store.update(removeReviewCard('m', 'q1'));
		assert.deepEqual(Object.keys(createProgressStore(storage).read().review), []);
	});

	test('cards of questions that no longer exist leave the queue, and stay out when another tab still has them', () => {
		const storage = new FakeStorage();
		const tabA = createProgressStore(storage, clock('2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z'));
		const tabB = createProgressStore(storage, clock('2026-12-01T11:00:00.000Z'));
		for (const question of ['kept', 'removed', 'changed']) tabA.update(putReviewCard('m', question, card('2026-12-05T10:00:00.000Z')));
		tabB.read();
		tabB.recordAttempt('x', attempt(10, false));
		tabA.notifyExternalChange();
		tabA.update(pruneReviewCards(['m/kept', 'm/changed-v2', 'other/q']));
		tabB.notifyExternalChange();
		assert.deepEqual(Object.keys(tabB.read().review), ['m/kept']);
		assert.deepEqual(Object.keys(createProgressStore(storage).read().review), ['m/kept']);
		assert.deepEqual(dueReviews(tabB.read(), new Date('2026-12-05T10:00:00.000Z')), ['m/kept']);
		assert.deepEqual(dueReviews(tabB.read(), new Date('2026-12-04T10:00:00.000Z')), []);
	});
});

describe('parseImport', () => {
	const valid = JSON.stringify({
		version: 1,
		modules: { a: { attempts: 2, bestScore: 100, lastScore: 100, passed: true, lastAttemptAt: '2026-11-01T10:00:00.000Z', questions: {} } },
	});

	test('accepts an exported record', () => {
		const result = parseImport(valid);
		assert.ok(result.ok);
		assert.equal(result.record.modules.a!.attempts, 2);
	});

	test('rejects each kind of bad file with a clear message', () => {
		const cases: [string, RegExp][] = [
			['', /empty/],
			['not json at all', /not a JSON file/],
			['[1,2,3]', /JSON object/],
			['{"version":1}', /"modules"/],
			['{"version":7,"modules":{}}', /newer version/],
			['{"version":1,"modules":{"a":{"attempts":-1}}}', /“a” is not a valid/],
			['{"version":2,"modules":{},"assignments":[{"kind":"path"}]}', /“assignments\/0” entry is not valid/],
			['{"version":2,"modules":{},"review":{"m/q":{"due":"soon"}}}', /“review\/m\/q” entry is not valid/],
			['x'.repeat(2_000_000), /far larger/],
		];
		for (const [text, message] of cases) {
			const result = parseImport(text);
			assert.ok(!result.ok, text.slice(0, 30));
			assert.match(result.message, message);
			assert.match(result.message, /unchanged/);
		}
	});

	test('importing merges with what is there, and importing the same file twice changes nothing', () => {
		const storage = new FakeStorage();
		const store = createProgressStore(storage, clock('2026-12-01T10:00:00.000Z'));
		store.recordAttempt('a', attempt(40, false));
		const file = parseImport(valid);
		assert.ok(file.ok);
		store.importRecord(file.record);
		const once = storage.items.get(STORAGE_KEY);
		store.importRecord(file.record);
		assert.equal(storage.items.get(STORAGE_KEY), once);
		assert.equal(store.read().modules.a!.attempts, 3);
		assert.equal(store.read().modules.a!.bestScore, 100);
		assert.equal(store.read().modules.a!.lastScore, 40);
	});

	test('a file that adds nothing leaves storage as it was', () => {
		const storage = new FakeStorage();
		const stored = JSON.stringify({ version: 1, modules: { a: v1Entry } });
		storage.items.set(STORAGE_KEY, stored);
		const store = createProgressStore(storage);
		for (const text of ['{"version":1,"modules":{}}', stored]) {
			const file = parseImport(text);
			assert.ok(file.ok);
			store.importRecord(file.record);
		}
		assert.equal(storage.items.get(STORAGE_KEY), stored);
	});

	test('an exported file from before a reset still imports after it', () => {
		const store = createProgressStore(new FakeStorage(), clock('2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z'));
		store.recordAttempt('a', attempt(90, true));
		const exported = parseImport(JSON.stringify(store.read()));
		store.reset();
		assert.ok(exported.ok);
		store.importRecord(exported.record);
		assert.equal(store.read().modules.a!.bestScore, 90);
	});
});

describe('progress summaries', () => {
	const withModules = (entries: Record<string, [boolean, string]>): ProgressRecord =>
		record(
			Object.fromEntries(
				Object.entries(entries).map(([slug, [passed, at]]) => [slug, addAttempt(undefined, attempt(passed ? 100 : 0, passed), new Date(at), 'w')]),
			),
		);
	const paths = [
		['a', 'b', 'c'],
		['x', 'y'],
	];

	test('currentPath prefers the newest assigned path holding the module, then the last path visited, then the first', () => {
		const byId = { 'it-staff': ['a', 'b'], 'security-staff': ['b', 'c'], joint: ['c'] };
		const store = createProgressStore(new FakeStorage(), clock('2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-03T10:00:00.000Z'));
		assert.equal(currentPath(store.read(), 'c', byId), 'security-staff');
		assert.equal(currentPath(store.read(), 'x', byId), undefined);
		store.update(visitPath('joint'));
		assert.equal(currentPath(store.read(), 'c', byId), 'joint');
		assert.equal(currentPath(store.read(), 'b', byId), 'it-staff', 'the last path visited does not hold b');
		store.update(addAssignment({ kind: 'path', path: 'security-staff' }));
		assert.equal(currentPath(store.read(), 'b', byId), 'security-staff');
		assert.equal(currentPath(store.read(), 'c', byId), 'security-staff');
	});

	test('completedCount counts passed modules of the list', () => {
		assert.equal(completedCount(withModules({ a: [true, '2026-01-01'], b: [false, '2026-01-02'], x: [true, '2026-01-01'] }), ['a', 'b', 'c']), 1);
	});

	test('whereToContinue prefers the latest unfinished module, then the next in the path', () => {
		assert.equal(whereToContinue(withModules({}), paths), undefined);
		assert.equal(whereToContinue(withModules({ a: [true, '2026-01-01'], y: [false, '2026-01-03'] }), paths), 'y');
		assert.equal(whereToContinue(withModules({ a: [true, '2026-01-01'], x: [true, '2026-01-03'] }), paths), 'y');
		assert.equal(whereToContinue(withModules({ x: [true, '2026-01-01'], y: [true, '2026-01-03'] }), paths), undefined);
	});
});

describe('renamed modules', () => {
	test('progress under a former slug moves to the current slug, merged with any already there', () => {
		const start = record({
			'old-name': addAttempt(undefined, attempt(100, true, { q1: true }), new Date('2026-01-01'), 'a'),
			'new-name': addAttempt(undefined, attempt(40, false, { q2: false }), new Date('2026-02-01'), 'b'),
			other: addAttempt(undefined, attempt(10, false), new Date('2026-01-01'), 'a'),
		});
		const renamed = applyRenames(start, { 'old-name': 'new-name' });
		assert.deepEqual(Object.keys(renamed.modules).sort(), ['new-name', 'other']);
		assert.equal(renamed.modules['new-name']!.bestScore, 100);
		assert.equal(renamed.modules['new-name']!.passed, true);
		assert.equal(renamed.modules['new-name']!.attempts, 2);
		assert.deepEqual(Object.keys(renamed.modules['new-name']!.questions).sort(), ['q1', 'q2']);
		assert.equal(applyRenames(start, {}), start);
	});

	test('review cards move with the module; a removal stays in force', () => {
		const store = createProgressStore(new FakeStorage(), clock('2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-03T10:00:00.000Z'));
		store.update(putReviewCard('old-name', 'q1', card('2026-12-05T10:00:00.000Z')));
		store.update(putReviewCard('old-name', 'q2', card('2026-12-05T10:00:00.000Z')));
		store.update(removeReviewCard('old-name', 'q2'));
		const stale = createProgressStore(new FakeStorage(), clock('2026-12-01T12:00:00.000Z'));
		stale.update(putReviewCard('old-name', 'q2', card('2026-12-05T10:00:00.000Z')));
		const renamed = applyRenames(mergeProgress(store.read(), stale.read()), { 'old-name': 'new-name', toString: 'x' } as Record<string, string>);
		assert.deepEqual(Object.keys(renamed.review), ['new-name/q1']);
	});

	test('the store reads old progress under the new name and saves it that way', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, modules: { 'old-name': v1Entry } }));
		const store = createProgressStore(storage, undefined, { 'old-name': 'new-name' });
		assert.equal(store.read().modules['new-name']!.bestScore, 80);
		store.recordAttempt('other', attempt(10, false));
		assert.deepEqual(Object.keys(JSON.parse(storage.items.get(STORAGE_KEY)!).modules).sort(), ['new-name', 'other']);
	});
});
