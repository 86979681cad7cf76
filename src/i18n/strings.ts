/**
 * The interface's words: every string the pages, components and custom elements show
 * (not the course, which authors write in content/). English is src/i18n/en.json, and
 * its keys are the keys of every language: a key missing there fails the type check.
 * Another language is src/i18n/<language>.json with any of those keys; the strings it
 * does not translate stay English. An organization changes single strings in
 * content/site.yaml (`strings:`).
 */
import en from './en.json' with { type: 'json' };
import { fill, pluralKey, placeholders, type Values } from './format.ts';

/** Every key of the interface, from src/i18n/en.json. */
export type StringKey = keyof typeof en;

/** Keys whose string has plural forms (`search.count.one`, `search.count.other`): the part before the form. */
export type PluralKey = { [K in StringKey]: K extends `${infer Base}.other` ? Base : never }[StringKey];

/** The English strings: the interface as the project ships it, and the list of keys. */
export const ENGLISH: Readonly<Record<StringKey, string>> = en;

/** One string of a language file or of content/site.yaml that cannot be used. */
export interface StringProblem {
	key: string;
	message: string;
}

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Whether `key` is a key of the interface: an English key, or another plural form of one ("quiz.questions.few"). */
function isKnownKey(key: string): boolean {
	if (key in ENGLISH) return true;
	const form = key.slice(key.lastIndexOf('.') + 1);
	return PLURAL_FORMS.has(form) && `${key.slice(0, key.lastIndexOf('.'))}.other` in ENGLISH;
}

/** The English string a key replaces: its own, or for another plural form the `other` form's. */
function englishFor(key: string): string {
	return ENGLISH[key as StringKey] ?? ENGLISH[`${key.slice(0, key.lastIndexOf('.'))}.other` as StringKey];
}

/**
 * What is wrong with a table of strings that replaces some English ones: unknown keys
 * (a misspelling would otherwise be ignored) and {placeholders} the English string does
 * not fill in (they would show as written).
 */
export function stringProblems(table: Readonly<Record<string, unknown>>): StringProblem[] {
	const problems: StringProblem[] = [];
	for (const [key, value] of Object.entries(table)) {
		if (!isKnownKey(key)) {
			const near = Object.keys(ENGLISH).filter((known) => known.split('.')[0] === key.split('.')[0]);
			const hint = near.length ? `keys beginning "${key.split('.')[0]}." are ${near.slice(0, 8).join(', ')}${near.length > 8 ? ', …' : ''}` : 'src/i18n/en.json lists every key';
			problems.push({ key, message: `there is no interface string "${key}"; ${hint}` });
			continue;
		}
		if (typeof value !== 'string' || !value.trim()) {
			problems.push({ key, message: 'expected some text, found none' });
			continue;
		}
		const known = new Set(placeholders(englishFor(key)));
		const unknown = placeholders(value).filter((name) => !known.has(name));
		if (unknown.length > 0) {
			const offered = known.size ? `it can use ${[...known].map((name) => `{${name}}`).join(', ')}` : 'it has no placeholders';
			problems.push({ key, message: `{${unknown.join('}, {')}} is not filled in for this string: ${offered}` });
		}
	}
	return problems;
}

/**
 * The language files that serve `lang`, most general first: "en-GB" is served by en.json
 * and then en-GB.json where they exist. Returns undefined when no file serves the language.
 */
export function languageFiles(lang: string, available: readonly string[]): string[] | undefined {
	const primary = lang.split('-')[0]!.toLowerCase();
	const chain = [...new Set(['en', primary, lang])].filter((name) => available.includes(name));
	return chain.includes(primary) || chain.includes(lang) ? chain : undefined;
}

/** The strings of the site: English, under the language's own files, under the organization's changes. */
export function resolveStrings(
	tables: Readonly<Record<string, Readonly<Record<string, string>>>>,
	lang: string,
	overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
	const chain = languageFiles(lang, Object.keys(tables)) ?? ['en'];
	const resolved: Record<string, string> = { ...ENGLISH };
	for (const name of chain) {
		if (name !== 'en') Object.assign(resolved, tables[name]);
	}
	return Object.assign(resolved, overrides);
}

/** Looks up and fills in the interface's strings. */
export interface Translate {
	(key: StringKey, values?: Values): string;
	/** The plural form of `key` for `count`, with {count} filled in too. */
	plural(key: PluralKey, count: number, values?: Values): string;
	/** The raw strings for `keys`, plural forms included, for a page's scripts: site-wide values already filled in. */
	table(keys: readonly (StringKey | PluralKey)[]): Record<string, string>;
	/** The language the strings are in. */
	lang: string;
}

/**
 * A translator over resolved strings. `siteValues` ({title}, {organization}) are filled
 * into every string, so an organization's name reaches the strings that mention it.
 */
export function translator(strings: Readonly<Record<string, string>>, lang: string, siteValues: Values = {}): Translate {
	const text = (key: string, values?: Values) => fill(strings[key] ?? key, { ...siteValues, ...values });
	const t = ((key: StringKey, values?: Values) => text(key, values)) as Translate;
	t.plural = (key, count, values) => text(pluralKey(key, count, lang, (form) => form in strings), { count, ...values });
	t.table = (keys) =>
		Object.fromEntries(
			Object.keys(strings)
				.filter((key) => (keys as readonly string[]).includes(key) || (keys as readonly string[]).includes(key.slice(0, key.lastIndexOf('.'))))
				.map((key) => [key, fill(strings[key]!, siteValues)]),
		);
	t.lang = lang;
	return t;
}
