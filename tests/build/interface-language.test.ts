/**
 * A second interface language, as README.md ("Add an interface language") describes it:
 * src/i18n/fr.json with some of the keys of en.json, and `lang: fr` in content/site.yaml.
 * The fixture organization is built with it and a few pages are read.
 */
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildCopy, editFile, type SiteCopy } from '../site-copy.ts';

const minimal = new URL('../fixtures/minimal-course/content/', import.meta.url).pathname;
const organization = new URL('../fixtures/organization/content/', import.meta.url).pathname;
const french = new URL('../fixtures/interface-language/fr.json', import.meta.url).pathname;

let copy: SiteCopy;
const page = (path: string) => readFileSync(join(copy.dist, path, 'index.html'), 'utf8');
/** The strings a page hands to one of its custom elements. */
const clientStrings = (html: string, group: string) =>
	JSON.parse(new RegExp(`<script type="application/json" id="ct-strings-${group}">([^<]*)</script>`).exec(html)?.[1] ?? 'null') as Record<string, string>;

describe('a second interface language', { concurrency: 1 }, () => {
	before(() => {
		copy = buildCopy((content, root) => {
			cpSync(organization, content, { recursive: true });
			copyFileSync(french, join(root, 'src/i18n/fr.json'));
			editFile(join(content, 'site.yaml'), (text) => `${text}lang: fr\n`);
		}, minimal);
		assert.ok(copy.ok, copy.output.slice(-2000));
	});
	after(() => copy?.remove());

	test('pages say which language they are in', () => {
		assert.match(page(''), /<html lang="fr"[ >]/);
	});

	test('the translated strings replace the English ones, the others stay English', () => {
		const home = page('');
		assert.match(home, />Aller au contenu</);
		assert.match(home, /<nav class="site-nav" aria-label="Principale"[ >]/);
		assert.match(home, />Accueil</);
		assert.match(home, />Ma progression</);
		assert.match(home, /<h1>Une formation commune pour l’exploitation et la sécurité<\/h1>/);
		assert.match(home, />Start your path</, 'an untranslated string stays English');
	});

	test("the organization's own changes still win over the language's strings", () => {
		assert.match(page(''), />For team leads</);
		assert.match(page(''), /<h2 id="modules-heading">All lessons<\/h2>/);
	});

	test('plural forms and the strings for scripts come in the language too', () => {
		const module = page('modules/sample');
		assert.match(module, />Vérifiez vos connaissances<\/h2>/);
		assert.match(module, />Vérifier les réponses</);
		assert.match(module, /3 questions\. You pass with 80%/);
		assert.equal(clientStrings(module, 'quiz')['quiz.passed'], 'Réussi');
		assert.equal(clientStrings(module, 'quiz')['quiz.right'], 'Right.');
		assert.equal(clientStrings(page('search'), 'search')['search.count.other'], '{count} résultats.');
	});

	test('local notes are headed in the language', () => {
		assert.match(page('modules/second'), /<h2 id="local-note-heading">Comment nous faisons ici<\/h2>/);
	});
});

describe('a language file with a mistake', { concurrency: 1 }, () => {
	test('an unknown key or placeholder fails the build, naming the file and the key', () => {
		const broken = buildCopy((content, root) => {
			cpSync(organization, content, { recursive: true });
			editFile(join(content, 'site.yaml'), (text) => `${text}lang: fr\n`);
			copyFileSync(french, join(root, 'src/i18n/fr.json'));
			editFile(join(root, 'src/i18n/fr.json'), (text) => text.replace('"nav.home": "Accueil"', '"nav.acceuil": "Accueil", "nav.glossary.one": "Glossaire {total}"'));
		}, minimal);
		try {
			assert.equal(broken.ok, false, 'the build should fail');
			assert.match(broken.output, /src\/i18n\/fr\.json: "nav\.acceuil": there is no interface string "nav\.acceuil"/);
			assert.match(broken.output, /src\/i18n\/fr\.json: "nav\.glossary\.one": there is no interface string/);
		} finally {
			broken.remove();
		}
	});
});
