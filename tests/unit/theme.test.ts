import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isThemeChoice, readTheme, readThemeChoice, saveTheme, THEME_KEY } from '../../src/client/theme.ts';

/** A Map behind the Storage methods the theme uses. */
function memoryStorage(entries: Record<string, string> = {}) {
	const map = new Map(Object.entries(entries));
	return {
		map,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value),
		removeItem: (key: string) => void map.delete(key),
	};
}

const refusing = {
	getItem(): string | null {
		throw new Error('SecurityError');
	},
	setItem() {
		throw new Error('QuotaExceededError');
	},
	removeItem() {
		throw new Error('SecurityError');
	},
};

describe('theme choice', () => {
	test('a saved light or dark theme is read back; anything else follows the system', () => {
		assert.equal(readThemeChoice(memoryStorage({ [THEME_KEY]: 'dark' })), 'dark');
		assert.equal(readThemeChoice(memoryStorage({ [THEME_KEY]: 'light' })), 'light');
		assert.equal(readThemeChoice(memoryStorage({ [THEME_KEY]: 'purple' })), 'system');
		assert.equal(readThemeChoice(memoryStorage()), 'system');
		assert.equal(readThemeChoice(undefined), 'system');
	});

	test('choosing "system" forgets the saved theme, so the page follows the system again', () => {
		const storage = memoryStorage();
		assert.equal(saveTheme(storage, 'dark'), true);
		assert.equal(storage.map.get(THEME_KEY), 'dark');
		assert.equal(saveTheme(storage, 'system'), true);
		assert.equal(storage.map.has(THEME_KEY), false);
		assert.equal(readTheme(storage), undefined);
	});

	test('storage that refuses never throws: the choice is not kept and the caller hears so', () => {
		assert.equal(readThemeChoice(refusing), 'system');
		assert.equal(saveTheme(refusing, 'dark'), false);
		assert.equal(saveTheme(refusing, 'system'), false);
		assert.equal(saveTheme(undefined, 'light'), false);
	});

	test('only the three choices are choices', () => {
		for (const value of ['system', 'light', 'dark']) assert.ok(isThemeChoice(value), value);
		for (const value of ['', 'auto', 'Dark', undefined, null, 1]) assert.ok(!isThemeChoice(value), String(value));
	});
});
