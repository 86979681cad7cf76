import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { askToKeepOnce, EXPORT_REMINDER_DAYS, exportReminder, KEEPING_KEY, lastProgressAt, readKeepingNote, writeKeepingNote } from '../../src/client/keeping.ts';

const DAY = 86_400_000;
const now = Date.parse('2027-02-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now - days * DAY).toISOString();

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		items,
	};
}

/** A stand-in for navigator.storage with a given answer, counting the times it is asked. */
function manager(persisted: boolean, grants: boolean) {
	const calls = { persist: 0 };
	return {
		calls,
		persisted: async () => persisted,
		persist: async () => {
			calls.persist++;
			return grants;
		},
	};
}

describe('exportReminder', () => {
	test('no progress, no reminder', () => {
		assert.equal(exportReminder({ persistence: 'not-persisted', now }), undefined);
	});

	test('progress never exported: remind, unless the browser promised to keep it', () => {
		assert.equal(exportReminder({ persistence: 'not-persisted', lastProgressAt: daysAgo(0), now }), 'never-exported');
		assert.equal(exportReminder({ persistence: 'unsupported', lastProgressAt: daysAgo(30), now }), 'never-exported');
		assert.equal(exportReminder({ persistence: 'persisted', lastProgressAt: daysAgo(0), now }), undefined);
	});

	test(`an export older than ${EXPORT_REMINDER_DAYS} days with progress since: remind`, () => {
		const exportedAt = daysAgo(EXPORT_REMINDER_DAYS + 1);
		assert.equal(exportReminder({ persistence: 'not-persisted', exportedAt, lastProgressAt: daysAgo(1), now }), 'export-old');
	});

	test('a recent export, or an old one with nothing new since: no reminder', () => {
		assert.equal(exportReminder({ persistence: 'not-persisted', exportedAt: daysAgo(EXPORT_REMINDER_DAYS - 1), lastProgressAt: daysAgo(0), now }), undefined);
		assert.equal(exportReminder({ persistence: 'not-persisted', exportedAt: daysAgo(20), lastProgressAt: daysAgo(21), now }), undefined);
	});

	test(`exactly ${EXPORT_REMINDER_DAYS} days is not yet old`, () => {
		assert.equal(exportReminder({ persistence: 'not-persisted', exportedAt: daysAgo(EXPORT_REMINDER_DAYS), lastProgressAt: daysAgo(0), now }), undefined);
	});
});

describe('lastProgressAt', () => {
	test('is the latest quiz check, or undefined without one', () => {
		const module = (lastAttemptAt: string) => ({ lastAttemptAt }) as never;
		assert.equal(lastProgressAt({ modules: {} }), undefined);
		assert.equal(lastProgressAt({ modules: { a: module(daysAgo(3)), b: module(daysAgo(1)), c: module(daysAgo(2)) } }), daysAgo(1));
	});
});

describe('the keeping note', () => {
	test('reads back what was written, and leaves out anything unreadable', () => {
		const storage = memoryStorage();
		assert.equal(writeKeepingNote(storage, { exportedAt: daysAgo(1) }), true);
		assert.equal(writeKeepingNote(storage, { askedAt: daysAgo(2) }), true);
		assert.deepEqual(readKeepingNote(storage), { exportedAt: daysAgo(1), askedAt: daysAgo(2) });
		for (const stored of ['not json', 'null', '[1]', '{"askedAt":"yesterday","exportedAt":5}']) {
			assert.deepEqual(readKeepingNote(memoryStorage({ [KEEPING_KEY]: stored })), {}, stored);
		}
	});

	test('never throws, even when the browser refuses storage', () => {
		const refusing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		assert.deepEqual(readKeepingNote(refusing), {});
		assert.equal(writeKeepingNote(refusing, { askedAt: daysAgo(0) }), false);
		assert.equal(writeKeepingNote(undefined, { askedAt: daysAgo(0) }), false);
	});
});

describe('askToKeepOnce', () => {
	test('asks once, notes it, and does not ask again whatever the answer', async () => {
		const storage = memoryStorage();
		const refusing = manager(false, false);
		assert.equal(await askToKeepOnce(refusing, storage, now), 'not-persisted');
		assert.equal(await askToKeepOnce(refusing, storage, now), 'not-persisted');
		assert.equal(refusing.calls.persist, 1);
		assert.equal(readKeepingNote(storage).askedAt, new Date(now).toISOString());
	});

	test('returns what the browser granted', async () => {
		assert.equal(await askToKeepOnce(manager(false, true), memoryStorage(), now), 'persisted');
	});

	test('does not ask a browser that already keeps the site’s storage', async () => {
		const keeping = manager(true, true);
		const storage = memoryStorage();
		assert.equal(await askToKeepOnce(keeping, storage, now), 'persisted');
		assert.equal(keeping.calls.persist, 0);
		assert.equal(readKeepingNote(storage).askedAt, undefined);
	});

	test('a browser without the Storage API, or one that throws, is answered in words, not an error', async () => {
		assert.equal(await askToKeepOnce(undefined, memoryStorage(), now), 'unsupported');
		assert.equal(await askToKeepOnce({}, memoryStorage(), now), 'unsupported');
		const throwing = {
			persisted: async () => false,
			persist: async () => {
				throw new Error('InvalidStateError');
			},
		};
		assert.equal(await askToKeepOnce(throwing, memoryStorage(), now), 'not-persisted');
	});
});
