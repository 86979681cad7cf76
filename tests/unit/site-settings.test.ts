/**
 * content/site.yaml and the local notes, read and checked as astro.config.ts reads them,
 * on copies of the fixture courses (the build tests build some of these for real).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readCourseFiles, readSiteFiles } from '../../src/data/read-content.ts';

const minimal = new URL('../fixtures/minimal-course/content/', import.meta.url).pathname;
const organization = new URL('../fixtures/organization/content/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'crosstrain-settings-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** The minimal course, with the fixture organization's files when `organized`, then `files` written over it. */
function read(files: Record<string, string>, organized = true) {
	const content = join(scratch, String(copies++), 'content');
	cpSync(minimal, content, { recursive: true });
	if (organized) cpSync(organization, content, { recursive: true });
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(content, name, '..'), { recursive: true });
		writeFileSync(join(content, name), text);
	}
	return readSiteFiles(content, readCourseFiles(content));
}

test('without content/site.yaml the site keeps its defaults: today’s site', () => {
	const { settings, moduleNotes, termNotes, problems } = read({}, false);
	assert.deepEqual(problems, []);
	assert.deepEqual(settings, {
		title: 'Crosstrain',
		description: 'A short, practical course that gives IT operations and information security staff a shared vocabulary and a shared way of working.',
		accent: { light: '#0b5cad', dark: '#7db7f5' },
		lang: 'en',
		homePaths: ['it-staff', 'security-staff', 'leaders'],
		strings: {},
	});
	assert.deepEqual([moduleNotes, termNotes], [[], []]);
});

test('the fixture organization is read whole: settings, and its notes with their places', () => {
	const { settings, moduleNotes, termNotes, problems } = read({});
	assert.deepEqual(problems, []);
	assert.equal(settings.organization, 'Northwind Health');
	assert.deepEqual(settings.contact, { name: 'The Learning team', email: 'learning@northwind.example' });
	assert.deepEqual(
		moduleNotes.map(({ slug, file, placeBefore }) => ({ slug, file, placeBefore })),
		[
			{ slug: 'sample', file: 'content/local/sample.mdx', placeBefore: 'A section' },
			{ slug: 'second', file: 'content/local/second.mdx', placeBefore: 'Key takeaways' },
		],
	);
	assert.match(moduleNotes[1]!.body, /extension 4400/);
	assert.deepEqual(
		termNotes.map(({ slug }) => slug),
		['incident'],
	);
});

/** The problems read for `site.yaml` (and other files), one string. */
const problemsWith = (files: Record<string, string>, organized = false) => read(files, organized).problems.join('\n');

test('each field is checked, and the message names the file and the field', () => {
	assert.match(problemsWith({ 'site.yaml': 'colour: red\n' }), /^content\/site\.yaml: unknown field "colour": check its spelling against the fields in src\/schemas\/site\.ts$/);
	assert.match(problemsWith({ 'site.yaml': 'url: http://learning.example.com\n' }), /content\/site\.yaml: url: expected an address starting with https:\/\/, found "http:\/\/learning\.example\.com"/);
	assert.match(problemsWith({ 'site.yaml': 'url: https://intranet.example.com/training/\n' }), /url: expected the address of the host's root, like "https:\/\/intranet\.example\.com"/);
	assert.match(problemsWith({ 'site.yaml': 'contact:\n  name: Sam\n' }), /content\/site\.yaml: contact: expected either an email or a url/);
	assert.match(problemsWith({ 'site.yaml': 'contact:\n  name: Sam\n  email: sam\n' }), /contact\.email: expected an email address/);
	assert.match(problemsWith({ 'site.yaml': 'contact:\n  name: Sam\n  url: http://help.example.com\n' }), /contact\.url: expected an address starting with https:\/\//);
	assert.match(problemsWith({ 'site.yaml': 'accent:\n  light: blue\n' }), /accent\.light: expected a colour written as #rrggbb/);
	assert.match(problemsWith({ 'site.yaml': 'lang: "english please"\n' }), /lang: expected a language tag like "en"/);
	assert.match(problemsWith({ 'site.yaml': 'title: "  "\n' }), /title: expected some text, found none/);
});

test('an accent with too little contrast fails with the ratio measured, per theme', () => {
	const light = problemsWith({ 'site.yaml': 'accent:\n  light: "#7db7f5"\n' });
	assert.match(light, /content\/site\.yaml: accent\.light: "#7db7f5" has a contrast ratio of 1\.\d\d:1 as text on the light theme's background --bg-soft \(#f3f5f8\); WCAG AA needs at least 4\.5:1\. Choose a darker colour\./);
	const dark = problemsWith({ 'site.yaml': 'accent:\n  dark: "#0b5cad"\n' });
	assert.match(dark, /accent\.dark: "#0b5cad" has a contrast ratio of \d\.\d\d:1 .* dark theme/);
	assert.doesNotMatch(dark, /accent\.light/);
});

test('the logo must be an SVG or PNG file that exists in content/', () => {
	assert.match(problemsWith({ 'site.yaml': 'logo: missing.svg\n' }), /content\/site\.yaml: logo: there is no file content\/missing\.svg\./);
	assert.match(problemsWith({ 'site.yaml': 'logo: logo.gif\n' }), /logo: expected the name of an \.svg or \.png file in content\//);
	assert.match(problemsWith({ 'site.yaml': 'logo: ../secret.svg\n' }), /logo: expected the name of an \.svg or \.png file in content\//);
	assert.match(problemsWith({ 'site.yaml': 'logo: logo.png\n', 'logo.png': '<svg></svg>' }), /logo: content\/logo\.png is not a PNG image\./);
	assert.equal(problemsWith({ 'site.yaml': 'logo: brand/logo.svg\n', 'brand/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>' }), '');
});

test('strings must be the interface’s, language files must exist, and home paths must be paths', () => {
	assert.match(problemsWith({ 'site.yaml': 'strings:\n  nav.modules: Lessons\n' }), /content\/site\.yaml: strings: "nav\.modules": there is no interface string "nav\.modules"/);
	assert.match(problemsWith({ 'site.yaml': 'strings:\n  nav.home: "Start {here}"\n' }), /strings: "nav\.home": \{here\} is not filled in/);
	assert.match(problemsWith({ 'site.yaml': 'lang: de\n' }), /lang: the interface has no strings in "de"\. Expected one of: en; or add src\/i18n\/de\.json/);
	assert.equal(problemsWith({ 'site.yaml': 'lang: en-GB\n' }), '');
	assert.match(problemsWith({ 'site.yaml': 'homePaths: [managers]\n' }), /homePaths names "managers", which is not a path\. Expected one of: it-staff, leaders, security-staff\./);
});

test('a local note must name a module or term that exists, say something, and go before a heading the module has', () => {
	assert.match(problemsWith({ 'local/no-such-module.mdx': 'Text.' }, true), /content\/local\/no-such-module\.mdx: there is no module "no-such-module" for this note\. Expected the name of a module's file in content\/modules\/ \(without \.mdx\): sample, second\./);
	assert.match(problemsWith({ 'local/second.mdx': '---\nplaceBefore: Takeaways\n---\n\n   \n' }, true), /content\/local\/second\.mdx: the note is empty/);
	assert.match(problemsWith({ 'local/second.mdx': '' }, true), /content\/local\/second\.mdx: the note is empty/);
	assert.match(
		problemsWith({ 'local/second.mdx': '---\nplaceBefore: Takeaways\n---\nText.\n' }, true),
		/content\/local\/second\.mdx: placeBefore names the heading "Takeaways", which content\/modules\/second\.mdx does not have\. Expected one of: Scenario; Questions to ask each other; Key takeaways\./,
	);
	assert.match(problemsWith({ 'local/second.mdx': '---\nplace: end\n---\nText.\n' }, true), /content\/local\/second\.mdx: unknown field "place"/);
	assert.match(problemsWith({ 'local/glossary/nothing.md': 'Text.' }, true), /content\/local\/glossary\/nothing\.md: there is no glossary term "nothing"/);
	assert.match(problemsWith({ 'local/second.md': 'Text.' }, true), /content\/local\/second\.md: expected only notes on modules here, named <module-slug>\.mdx/);
	// Headings are matched as read: case and spacing aside.
	assert.equal(problemsWith({ 'local/second.mdx': '---\nplaceBefore: "questions  to ask each OTHER"\n---\nText.\n' }, true), '');
});

test('local notes need the organization’s name, which they show', () => {
	assert.match(problemsWith({ 'local/sample.mdx': 'Our way.' }), /content\/site\.yaml: organization: local notes \(such as content\/local\/sample\.mdx\) show the organization's name/);
});

test('a module without "Key takeaways" gets its note at the end of its text', () => {
	const { moduleNotes } = read({ 'site.yaml': 'organization: Northwind Health\n', 'local/sample.mdx': 'Our way.' }, false);
	assert.deepEqual(moduleNotes[0]!.placeBefore, undefined);
});
