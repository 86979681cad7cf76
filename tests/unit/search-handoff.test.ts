import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noteHeaderSearch, takeHeaderSearch } from '../../src/client/search-handoff.ts';

function memoryStorage() {
	const map = new Map<string, string>();
	return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), removeItem: (key: string) => void map.delete(key) };
}

describe('search handoff', () => {
	test('a search from the header is taken once', () => {
		const storage = memoryStorage();
		assert.equal(takeHeaderSearch(storage), false);
		noteHeaderSearch(storage);
		assert.equal(takeHeaderSearch(storage), true);
		assert.equal(takeHeaderSearch(storage), false);
	});

	test('storage that refuses never throws, and then nothing is taken', () => {
		const refusing = {
			getItem(): string | null {
				throw new Error('SecurityError');
			},
			setItem() {
				throw new Error('SecurityError');
			},
			removeItem() {
				throw new Error('SecurityError');
			},
		};
		assert.doesNotThrow(() => noteHeaderSearch(refusing));
		assert.equal(takeHeaderSearch(refusing), false);
		assert.equal(takeHeaderSearch(undefined), false);
	});
});
