import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { addAssignment, createProgressStore, parseImport, parseProgress, STORAGE_KEY, type ProgressRecord } from '../../src/client/progress.ts';
import { FakeStorage } from '../fixtures/progress/storage.ts';

// Every format Crosstrain has written is frozen in tests/fixtures/progress/, exported from the
// site of its time. A new format adds its file beside them, and these must keep reading.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/progress/${name}`, import.meta.url), 'utf8');
const v1 = fixture('v1.json');
const v2 = fixture('v2.json');
const plain = (record: ProgressRecord) => JSON.parse(JSON.stringify(record));
const attempt = (score: number, passed: boolean) => ({ score, passed, questions: { 'actionable-ticket': true } });

interface V1Module {
	attempts: number;
	bestScore: number;
	lastScore: number;
	passed: boolean;
	lastAttemptAt: string;
	completedAt?: string;
	questions: Record<string, boolean>;
}

/** Asserts that `record` holds every fact of the format 1 record `original`. */
function assertHoldsV1(record: ProgressRecord, original: { modules: Record<string, V1Module> }) {
	assert.deepEqual(Object.keys(record.modules).sort(), Object.keys(original.modules).sort());
	for (const [slug, before] of Object.entries(original.modules)) {
		const after = record.modules[slug]!;
		assert.equal(after.attempts, before.attempts, `${slug}: attempts`);
		assert.equal(after.bestScore, before.bestScore, `${slug}: best score`);
		assert.equal(after.lastScore, before.lastScore, `${slug}: last score`);
		assert.equal(after.passed, before.passed, `${slug}: passed`);
		assert.equal(after.lastAttemptAt, before.lastAttemptAt, `${slug}: last attempt`);
		assert.equal(after.completedAt, before.completedAt, `${slug}: completed`);
		assert.deepEqual(
			Object.fromEntries(Object.entries(after.questions).map(([id, result]) => [id, result.correct])),
			before.questions,
			`${slug}: question results`,
		);
		for (const result of Object.values(after.questions)) assert.equal(result.at, before.lastAttemptAt, `${slug}: answers date from the last attempt`);
	}
}

describe('format 1 migrates to format 2 with nothing lost', () => {
	const original = JSON.parse(v1);

	test('from storage: read as format 2, and the stored text is left as it is until the next write', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, v1);
		const store = createProgressStore(storage);
		const record = store.read();
		assert.equal(record.version, 2);
		assertHoldsV1(record, original);
		assert.deepEqual(plain(record).assignments, []);
		assert.deepEqual(plain(record).review, {});
		assert.equal(store.problem(), undefined);
		assert.equal(storage.items.get(STORAGE_KEY), v1);
	});

	test('the next write saves format 2 with the format 1 history in it', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, v1);
		createProgressStore(storage, () => new Date('2026-12-01T10:00:00.000Z'), {}, { writer: 'tab' }).recordAttempt('how-itsm-works', attempt(100, true));
		const saved = JSON.parse(storage.items.get(STORAGE_KEY)!);
		assert.equal(saved.version, 2);
		assert.deepEqual(saved.modules['how-itsm-works'].attemptsBy, { v1: 1, tab: 1 });
		assert.equal(saved.modules['how-itsm-works'].bestScore, 100);
		assert.equal(saved.modules['how-itsm-works'].completedAt, '2026-12-01T10:00:00.000Z');
		assertHoldsV1({ ...saved, modules: { 'risk-vocabulary': saved.modules['risk-vocabulary'] } }, { modules: { 'risk-vocabulary': original.modules['risk-vocabulary'] } });
	});

	test('from an exported file', () => {
		const imported = parseImport(v1);
		assert.ok(imported.ok);
		assertHoldsV1(imported.record, original);
	});

	test('importing the old export into the migrated record counts nothing twice', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, v1);
		const store = createProgressStore(storage);
		const imported = parseImport(v1);
		assert.ok(imported.ok);
		store.importRecord(imported.record);
		assertHoldsV1(store.read(), original);
	});

	test('format 1 entries that are malformed are set aside, and the rest migrate', () => {
		const storage = new FakeStorage();
		const bad = { ...original.modules['how-itsm-works'], lastAttemptAt: '9' };
		storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, modules: { ...original.modules, 'how-itsm-works': bad } }));
		const store = createProgressStore(storage, () => new Date('2026-12-01T10:00:00.000Z'));
		assert.deepEqual(Object.keys(store.read().modules), ['risk-vocabulary']);
		assert.deepEqual(JSON.parse(storage.items.get(`${STORAGE_KEY}:dropped:2026-12-01T10:00:00.000Z`)!).dropped, { 'modules/how-itsm-works': bad });
	});
});

describe('format 2', () => {
	test('the fixture reads back exactly as it was exported, from storage and from a file', () => {
		const parsed = parseProgress(JSON.parse(v2));
		assert.ok(parsed.ok);
		assert.equal(parsed.dropped, undefined);
		assert.equal(`${JSON.stringify(parsed.record, null, 2)}\n`, v2);

		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, v2);
		const store = createProgressStore(storage);
		assert.equal(`${JSON.stringify(store.read(), null, 2)}\n`, v2);
		assert.equal(store.problem(), undefined);

		const imported = parseImport(v2, new Date('2026-12-03T08:00:00.000Z'));
		assert.ok(imported.ok);
		assert.deepEqual(plain(imported.record), JSON.parse(v2));
	});

	test('its parts read as the UI expects them', () => {
		const record = createProgressStore(Object.assign(new FakeStorage(), { items: new Map([[STORAGE_KEY, v2]]) })).read();
		assert.equal(record.modules['how-itsm-works']!.attempts, 2);
		assert.deepEqual(
			record.assignments.map((assignment) => [assignment.kind, assignment.from, assignment.due]),
			[['plan', 'Alex Kim', '2027-02-15']],
		);
		assert.deepEqual(Object.keys(record.review).sort(), ['how-itsm-works/after-the-change', 'risk-vocabulary/cvss-is-not-exploitation', 'risk-vocabulary/epss-misread']);
		assert.equal(record.lastPath!.id, 'it-staff');
		assert.equal(record.learnerName!.text, 'Robin Okafor');
	});

	test('importing a format 1 file into a format 2 record keeps both', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, v2);
		const store = createProgressStore(storage);
		const imported = parseImport(JSON.stringify({ version: 1, modules: { 'other-module': JSON.parse(v1).modules['risk-vocabulary'] } }));
		assert.ok(imported.ok);
		store.importRecord(imported.record);
		assert.deepEqual(Object.keys(store.read().modules).sort(), ['how-itsm-works', 'other-module', 'risk-vocabulary']);
		assert.equal(store.read().assignments.length, 1);
		assert.equal(store.read().learnerName!.text, 'Robin Okafor');
	});
});

describe('records this version cannot read', () => {
	test('a newer format is kept read-only and is never overwritten; a file of it is refused', () => {
		const storage = new FakeStorage();
		const future = JSON.stringify({ version: 3, modules: { 'risk-vocabulary': { mastery: 'a shape unknown here' } }, extra: [1, 2, 3] });
		storage.items.set(STORAGE_KEY, future);
		const store = createProgressStore(storage);
		store.recordAttempt('risk-vocabulary', attempt(100, true));
		store.update(addAssignment({ kind: 'path', path: 'it-staff' }));
		store.notifyExternalChange();
		assert.equal(storage.items.get(STORAGE_KEY), future);
		assert.equal(store.problem(), 'newer');
		assert.equal(store.read().modules['risk-vocabulary']!.passed, true, 'this visit still works, in memory');
		const imported = parseImport(future);
		assert.ok(!imported.ok);
		assert.match(imported.message, /newer version of Crosstrain \(format 3\)/);
	});

	test('a corrupt record is set aside, reported, and progress starts afresh', () => {
		for (const corrupt of ['{"version":2,"modules":', '{"version":2}', '"just a string"', '{"version":0,"modules":{}}']) {
			const storage = new FakeStorage();
			storage.items.set(STORAGE_KEY, corrupt);
			const store = createProgressStore(storage, () => new Date('2026-12-01T10:00:00.000Z'));
			assert.deepEqual(Object.keys(store.read().modules), [], corrupt);
			assert.equal(store.problem(), 'setAside');
			assert.equal(storage.items.get(`${STORAGE_KEY}:unreadable:2026-12-01T10:00:00.000Z`), corrupt);
			assert.equal(storage.items.has(STORAGE_KEY), false);
		}
	});
});
