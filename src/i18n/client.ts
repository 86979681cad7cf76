/**
 * The interface's strings in the browser: each custom element reads its group from the
 * JSON block the page wrote (src/components/ClientStrings.astro), in the page's language
 * and with the organization's changes already applied.
 */
import { fill, formatLocale, pluralKey, type Values } from './format.ts';
import type { ClientStringGroups } from './client-strings.ts';
import type { PluralKey, StringKey } from './strings.ts';

/** The id of the JSON block holding a group's strings. */
export const stringsElementId = (group: string) => `ct-strings-${group}`;

/** The strings of one group, with the keys that group holds. */
export function clientStrings<G extends keyof ClientStringGroups>(group: G) {
	type Key = ClientStringGroups[G][number];
	let table: Record<string, string> = {};
	try {
		table = JSON.parse(document.getElementById(stringsElementId(group))?.textContent ?? '{}');
	} catch {
		// A page without its strings shows their keys, which a test notices at once.
	}
	const lang = document.documentElement.lang || 'en';
	const text = (key: string, values?: Values) => fill(table[key] ?? key, values);
	return {
		t: (key: Extract<Key, StringKey>, values?: Values) => text(key, values),
		plural: (key: Extract<Key, PluralKey>, count: number, values?: Values) =>
			text(pluralKey(key, count, lang, (form) => form in table), { count, ...values }),
	};
}

/** The locale for dates and numbers on this page: see formatLocale. */
export function pageLocale(): string {
	return formatLocale(document.documentElement.lang || 'en', navigator.languages);
}
