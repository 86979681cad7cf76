import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { addAttempt, applyRenames, createProgressStore, mergeProgress, parseImport, parseProgress, STORAGE_KEY, type ProgressRecord } from '../../src/client/progress.ts';
import { completedCount, whereToContinue } from '../../src/client/progress-summary.ts';

/** An in-memory Storage that can be told to refuse reads or writes. */
class FakeStorage implements Storage {
	items = new Map<string, string>();
	refuseWrites = false;
	refuseReads = false;
	get length() {
		return this.items.size;
	}
	clear() {
		this.items.clear();
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		if (this.refuseReads) throw new DOMException('denied', 'SecurityError');
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.refuseWrites) throw new DOMException('full', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

const attempt = (score: number, passed: boolean, questions: Record<string, boolean> = {}) => ({ score, passed, questions });
const clock = (...isoDates: string[]) => () => new Date(isoDates.length > 1 ? isoDates.shift()! : isoDates[0]!);

describe('parseProgress', () => {
	test('accepts a valid record and drops only malformed module entries', () => {
		const result = parseProgress({
			version: 1,
			modules: {
				good: { attempts: 1, bestScore: 80, lastScore: 80, passed: true, lastAttemptAt: '2026-11-01T10:00:00.000Z', questions: { a: true } },
				bad: { attempts: 'many' },
			},
		});
		assert.ok(result.ok);
		assert.deepEqual(Object.keys(result.record.modules), ['good']);
	});

	test('drops module entries with any field out of shape, and unknown fields', () => {
		const good = { attempts: 1, bestScore: 80, lastScore: 80, passed: true, lastAttemptAt: '2026-11-01T10:00:00.000Z', questions: { a: true } };
		const result = parseProgress({
			version: 1,
			modules: {
				good: { ...good, extra: 'dropped' },
				score: { ...good, bestScore: 101 },
				fraction: { ...good, attempts: 1.5 },
				date: { ...good, lastAttemptAt: 'yesterday' },
				completed: { ...good, completedAt: 42 },
				answers: { ...good, questions: { a: 'yes' } },
				list: [good],
			},
		});
		assert.ok(result.ok);
		assert.deepEqual(Object.keys(result.record.modules), ['good']);
		assert.equal('extra' in result.record.modules.good!, false);
	});

	test('rejects records of the wrong shape and recognises newer versions', () => {
		for (const value of [null, 42, 'text', [], { modules: {} }, { version: 1, modules: [] }]) {
			const result = parseProgress(value);
			assert.equal(result.ok, false, JSON.stringify(value));
		}
		const newer = parseProgress({ version: 2, modules: {} });
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
	});
});

describe('past progress formats', () => {
	// Every format Crosstrain has written is frozen in tests/fixtures/progress/, exported from the
	// site of its time. A new format adds its file beside them, and these must keep reading.
	const v1 = readFileSync(new URL('../fixtures/progress/v1.json', import.meta.url), 'utf8');
	const plain = (record: ProgressRecord) => JSON.parse(JSON.stringify(record));

	test('format 1 is read unchanged from storage and from an exported file', () => {
		const parsed = parseProgress(JSON.parse(v1));
		assert.ok(parsed.ok);
		assert.deepEqual(plain(parsed.record), JSON.parse(v1));

		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, JSON.stringify(JSON.parse(v1)));
		const store = createProgressStore(storage);
		assert.deepEqual(plain(store.read()), JSON.parse(v1));
		assert.equal(store.problem(), undefined);

		const imported = parseImport(v1);
		assert.ok(imported.ok);
		assert.deepEqual(plain(imported.record), JSON.parse(v1));
	});
});

describe('addAttempt and mergeProgress', () => {
	test('keeps the best score and the first completion', () => {
		const first = addAttempt(undefined, attempt(90, true, { a: true }), new Date('2026-11-01T00:00:00Z'));
		const second = addAttempt(first, attempt(40, false, { a: false }), new Date('2026-11-02T00:00:00Z'));
		assert.equal(second.attempts, 2);
		assert.equal(second.bestScore, 90);
		assert.equal(second.lastScore, 40);
		assert.equal(second.passed, true);
		assert.equal(second.completedAt, '2026-11-01T00:00:00.000Z');
		assert.equal(second.questions.a, false);
	});

	test('merge keeps each module from both records and the better history of shared ones', () => {
		const a: ProgressRecord = { version: 1, modules: { x: addAttempt(undefined, attempt(100, true), new Date('2026-01-01')) } };
		const b: ProgressRecord = {
			version: 1,
			modules: { x: addAttempt(undefined, attempt(20, false), new Date('2026-02-01')), y: addAttempt(undefined, attempt(50, false), new Date('2026-02-01')) },
		};
		const merged = mergeProgress(a, b);
		assert.deepEqual(Object.keys(merged.modules).sort(), ['x', 'y']);
		assert.equal(merged.modules.x!.bestScore, 100);
		assert.equal(merged.modules.x!.passed, true);
		assert.equal(merged.modules.x!.lastScore, 20);
	});
});

describe('createProgressStore', () => {
	test('records attempts and reads them back from storage', () => {
		const storage = new FakeStorage();
		const store = createProgressStore(storage, clock('2026-11-27T09:00:00.000Z'));
		store.recordAttempt('risk-vocabulary', attempt(83, true, { q1: true }));
		const again = createProgressStore(storage);
		assert.equal(again.read().modules['risk-vocabulary']!.bestScore, 83);
		assert.equal(again.problem(), undefined);
	});

	test('two tabs recording different modules both keep their results', () => {
		const storage = new FakeStorage();
		const tabA = createProgressStore(storage);
		const tabB = createProgressStore(storage);
		tabA.read();
		tabB.read();
		tabA.recordAttempt('a', attempt(100, true));
		tabB.recordAttempt('b', attempt(100, true));
		assert.deepEqual(Object.keys(createProgressStore(storage).read().modules).sort(), ['a', 'b']);
	});

	test('corrupt data is set aside, reported, and progress saves again', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, '{not json');
		const store = createProgressStore(storage);
		assert.deepEqual(Object.keys(store.read().modules), []);
		assert.match(store.problem()!, /could not be read/);
		assert.equal(storage.items.get(`${STORAGE_KEY}:unreadable`), '{not json');
		store.recordAttempt('a', attempt(50, false));
		assert.equal(JSON.parse(storage.items.get(STORAGE_KEY)!).modules.a.lastScore, 50);
	});

	test('a record from a newer version is never overwritten', () => {
		const storage = new FakeStorage();
		const future = JSON.stringify({ version: 9, modules: { a: { whatever: true } } });
		storage.items.set(STORAGE_KEY, future);
		const store = createProgressStore(storage);
		store.recordAttempt('b', attempt(100, true));
		assert.equal(storage.items.get(STORAGE_KEY), future);
		assert.equal(store.read().modules.b!.passed, true, 'kept in memory for this visit');
		assert.match(store.problem()!, /newer version/);
	});

	test('refused or full storage never throws and is reported', () => {
		const storage = new FakeStorage();
		storage.refuseWrites = true;
		const store = createProgressStore(storage);
		assert.doesNotThrow(() => store.recordAttempt('a', attempt(100, true)));
		assert.equal(store.read().modules.a!.passed, true);
		assert.match(store.problem()!, /refused to save/);

		const locked = new FakeStorage();
		locked.refuseReads = true;
		const lockedStore = createProgressStore(locked);
		assert.doesNotThrow(() => lockedStore.read());
		assert.ok(lockedStore.problem());

		const none = createProgressStore(undefined);
		assert.doesNotThrow(() => none.recordAttempt('a', attempt(1, false)));
		assert.ok(none.problem());
	});

	test('when storage is full, an unsaved attempt is kept for the visit and what was stored stays as it was', () => {
		const storage = new FakeStorage();
		const stored = JSON.stringify({ version: 1, modules: { a: addAttempt(undefined, attempt(50, false), new Date('2026-01-01')) } });
		storage.items.set(STORAGE_KEY, stored);
		storage.refuseWrites = true;
		const store = createProgressStore(storage, clock('2026-02-01T00:00:00.000Z'));
		store.recordAttempt('a', attempt(100, true));
		store.recordAttempt('b', attempt(20, false));
		const record = store.read();
		assert.equal(record.modules.a!.attempts, 2);
		assert.equal(record.modules.a!.passed, true);
		assert.equal(record.modules.b!.lastScore, 20);
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
			['x'.repeat(2_000_000), /far larger/],
		];
		for (const [text, message] of cases) {
			const result = parseImport(text);
			assert.ok(!result.ok, text.slice(0, 30));
			assert.match(result.message, message);
			assert.match(result.message, /unchanged/);
		}
	});
});

describe('progress summaries', () => {
	const record = (entries: Record<string, [boolean, string]>): ProgressRecord => ({
		version: 1,
		modules: Object.fromEntries(
			Object.entries(entries).map(([slug, [passed, at]]) => [slug, { attempts: 1, bestScore: passed ? 100 : 0, lastScore: 0, passed, lastAttemptAt: at, questions: {} }]),
		),
	});
	const paths = [
		['a', 'b', 'c'],
		['x', 'y'],
	];

	test('completedCount counts passed modules of the list', () => {
		assert.equal(completedCount(record({ a: [true, '2026-01-01'], b: [false, '2026-01-02'], x: [true, '2026-01-01'] }), ['a', 'b', 'c']), 1);
	});

	test('whereToContinue prefers the latest unfinished module, then the next in the path', () => {
		assert.equal(whereToContinue(record({}), paths), undefined);
		assert.equal(whereToContinue(record({ a: [true, '2026-01-01'], y: [false, '2026-01-03'] }), paths), 'y');
		assert.equal(whereToContinue(record({ a: [true, '2026-01-01'], x: [true, '2026-01-03'] }), paths), 'y');
		assert.equal(whereToContinue(record({ x: [true, '2026-01-01'], y: [true, '2026-01-03'] }), paths), undefined);
	});
});

describe('renamed modules', () => {
	test('progress under a former slug moves to the current slug, merged with any already there', () => {
		const record: ProgressRecord = {
			version: 1,
			modules: {
				'old-name': addAttempt(undefined, attempt(100, true, { q1: true }), new Date('2026-01-01')),
				'new-name': addAttempt(undefined, attempt(40, false, { q2: false }), new Date('2026-02-01')),
				other: addAttempt(undefined, attempt(10, false), new Date('2026-01-01')),
			},
		};
		const renamed = applyRenames(record, { 'old-name': 'new-name' });
		assert.deepEqual(Object.keys(renamed.modules).sort(), ['new-name', 'other']);
		assert.equal(renamed.modules['new-name']!.bestScore, 100);
		assert.equal(renamed.modules['new-name']!.passed, true);
		assert.deepEqual({ ...renamed.modules['new-name']!.questions }, { q1: true, q2: false });
		assert.equal(applyRenames(record, {}), record);
	});

	test('the store reads old progress under the new name and saves it that way', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, modules: { 'old-name': addAttempt(undefined, attempt(90, true), new Date('2026-01-01')) } }));
		const store = createProgressStore(storage, undefined, { 'old-name': 'new-name' });
		assert.equal(store.read().modules['new-name']!.bestScore, 90);
		store.recordAttempt('other', attempt(10, false));
		assert.deepEqual(Object.keys(JSON.parse(storage.items.get(STORAGE_KEY)!).modules).sort(), ['new-name', 'other']);
	});
});
