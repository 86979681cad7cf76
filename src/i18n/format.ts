/**
 * Filling in interface strings, on the server and in the browser alike: {placeholders},
 * plural forms and the locale dates and numbers are written in. Nothing here knows any
 * string; the tables come from src/i18n/<language>.json.
 */

/** Values for a string's {placeholders}. */
export type Values = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills a string's {placeholders} from `values`; a placeholder without a value stays as written. */
export function fill(template: string, values: Values = {}): string {
	return template.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The names of the {placeholders} a string uses, each once, in order. */
export function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/**
 * A string split at its {placeholders}, so a page can put markup (a link, a <time>)
 * where one stands: ["Or browse the ", { name: "glossary" }, "."].
 */
export function pieces(template: string): (string | { name: string })[] {
	return template.split(/(\{\w+\})/).flatMap<string | { name: string }>((part) => {
		if (!part) return [];
		const name = /^\{(\w+)\}$/.exec(part)?.[1];
		return name ? [{ name }] : [part];
	});
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The key of the plural form of `base` for `count`: `${base}.one`, `${base}.few`… as the
 * language's plural rules choose, falling back to `${base}.other` where the table has no
 * such form.
 */
export function pluralKey(base: string, count: number, lang: string, has: (key: string) => boolean): string {
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
	const key = `${base}.${rules.select(count)}`;
	return has(key) ? key : `${base}.other`;
}

/**
 * The locale dates and numbers are written in: the reader's own variant of the site's
 * language when their browser names one (a reader in Britain gets British dates on an
 * English site), else the site's language itself (never a language the page is not in).
 */
export function formatLocale(siteLang: string, readerLanguages: readonly string[] = []): string {
	const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
	const own = readerLanguages.find((tag) => language(tag) === language(siteLang) && tag.includes('-'));
	if (siteLang.includes('-') || !own) return siteLang;
	try {
		return Intl.getCanonicalLocales(own)[0]!;
	} catch {
		return siteLang;
	}
}
