import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fill, formatLocale, pieces, placeholders, pluralKey } from '../../src/i18n/format.ts';
import { ENGLISH, languageFiles, resolveStrings, stringProblems, translator } from '../../src/i18n/strings.ts';

test('placeholders are filled from values, and left as written without one', () => {
	assert.equal(fill('{done} of {count} modules completed', { done: 2, count: 4 }), '2 of 4 modules completed');
	assert.equal(fill('Welcome, {from}!', {}), 'Welcome, {from}!');
	// A value is text: placeholders inside it are not filled again.
	assert.equal(fill('{a} and {b}', { a: '{b}', b: 'x' }), '{b} and x');
	assert.deepEqual(placeholders('{a} {b} {a}'), ['a', 'b']);
});

test('a string splits at its placeholders, for markup to go where they stand', () => {
	assert.deepEqual(pieces('Or browse the {glossary} or go to the {home}.'), ['Or browse the ', { name: 'glossary' }, ' or go to the ', { name: 'home' }, '.']);
	assert.deepEqual(pieces('{only}'), [{ name: 'only' }]);
});

test('plural forms follow the language, falling back to "other"', () => {
	const has = (forms: string[]) => (key: string) => forms.includes(key);
	assert.equal(pluralKey('search.count', 1, 'en', has(['search.count.one', 'search.count.other'])), 'search.count.one');
	assert.equal(pluralKey('search.count', 0, 'en', has(['search.count.one', 'search.count.other'])), 'search.count.other');
	// French counts 0 as singular; Polish has a "few" form, used only when the table has it.
	assert.equal(pluralKey('x', 0, 'fr', has(['x.one', 'x.other'])), 'x.one');
	assert.equal(pluralKey('x', 3, 'pl', has(['x.one', 'x.few', 'x.other'])), 'x.few');
	assert.equal(pluralKey('x', 3, 'pl', has(['x.one', 'x.other'])), 'x.other');
});

test("dates and numbers use the reader's variant of the site's language, never another language", () => {
	assert.equal(formatLocale('en', ['en-GB', 'en']), 'en-GB');
	assert.equal(formatLocale('en', ['de-DE', 'en-US']), 'en-US');
	assert.equal(formatLocale('en', ['de-DE']), 'en');
	assert.equal(formatLocale('en', []), 'en');
	// A site that names its variant keeps it.
	assert.equal(formatLocale('en-GB', ['en-US']), 'en-GB');
	assert.equal(formatLocale('fr', ['fr-CA', 'en']), 'fr-CA');
});

test('every English plural has an "other" form, and no English string is empty', () => {
	for (const key of Object.keys(ENGLISH)) {
		if (key.endsWith('.one')) assert.ok(`${key.slice(0, -4)}.other` in ENGLISH, `${key} has no .other form`);
		assert.ok(ENGLISH[key as keyof typeof ENGLISH].trim(), `${key} is empty`);
	}
});

test('an override of an unknown key, or with a placeholder the string does not fill, is a problem', () => {
	assert.deepEqual(stringProblems({ 'nav.progress': 'My record', 'quiz.questions.few': '{count} pytania.' }), []);
	const [unknown, placeholder, empty] = stringProblems({ 'nav.modules': 'Lessons', 'nav.home': 'Start {here}', 'nav.glossary': ' ' });
	assert.equal(unknown!.key, 'nav.modules');
	assert.match(unknown!.message, /there is no interface string "nav\.modules"; keys beginning "nav\." are nav\.label, nav\.home/);
	assert.match(placeholder!.message, /\{here\} is not filled in for this string: it has no placeholders/);
	assert.match(empty!.message, /expected some text/);
	assert.match(stringProblems({ 'home.words.browse': 'All {total} terms' })[0]!.message, /it can use \{count\}/);
});

test('a language is served by English, then its own file, then its regional file', () => {
	assert.deepEqual(languageFiles('en', ['en']), ['en']);
	assert.deepEqual(languageFiles('en-GB', ['en']), ['en']);
	assert.deepEqual(languageFiles('fr', ['en', 'fr']), ['en', 'fr']);
	assert.deepEqual(languageFiles('fr-CA', ['en', 'fr', 'fr-CA']), ['en', 'fr', 'fr-CA']);
	assert.equal(languageFiles('de', ['en', 'fr']), undefined);
});

test("the site's strings: English, under the language's file, under the organization's changes", () => {
	const strings = resolveStrings({ en: {}, fr: { 'nav.home': 'Accueil', 'nav.glossary': 'Glossaire' } }, 'fr', { 'nav.glossary': 'Lexique' });
	assert.equal(strings['nav.home'], 'Accueil');
	assert.equal(strings['nav.glossary'], 'Lexique');
	assert.equal(strings['nav.progress'], 'My progress');
});

test('the translator fills in the site-wide values, plural forms and tables for scripts', () => {
	const t = translator(resolveStrings({}, 'en'), 'en', { title: 'Northwind Learning', organization: 'Northwind Health' });
	assert.equal(t('footer.organization'), 'Offered by Northwind Health.');
	assert.equal(t('layout.pageTitle', { page: 'Glossary' }), 'Glossary · Northwind Learning');
	assert.equal(t.plural('search.count', 1), '1 result.');
	assert.equal(t.plural('search.count', 12), '12 results.');
	assert.deepEqual(t.table(['search.count', 'progress.tooLarge']), {
		'search.count.one': '{count} result.',
		'search.count.other': '{count} results.',
		'progress.tooLarge': 'This file cannot be imported: it is far larger than a Northwind Learning progress file. Your current progress is unchanged.',
	});
});
