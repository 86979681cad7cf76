/** The packager's pure parts: the page rewrite for an LMS and the reproducible zip. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import { importsOf, packagedPage, referencesOf } from '../../src/integrations/lms/page-rewrite.ts';
import { reproducibleZip } from '../../src/integrations/lms/zip.ts';

const built = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-x'">
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css">
<script type="application/json" id="crosstrain-lms">{"standard":"auto","module":"m"}</script>
<script>var s = ' href="/not-rewritten/"';</script></head>
<body><a class="skip-link" href="#main">Skip</a><a href="/glossary/risk/" class="term-link">risk</a>
<a href="https://doi.org/10.6028/x">a source</a><a target="_self" href="https://example.org/">kept</a>
<script type="module" src="/_astro/s.js"></script></body></html>`;
const options = { site: 'https://crosstrain.example/', root: '../../', name: 'modules/m/index.html' };

describe('a page for a package', () => {
	test('its files are relative, links leave in a new tab, site pages go to the hosted site', () => {
		const page = packagedPage(built, { ...options, standard: 'scorm12' });
		assert.match(page, /href="\.\.\/\.\.\/favicon\.svg"/);
		assert.match(page, /href="\.\.\/\.\.\/_astro\/a\.css"/);
		assert.match(page, /src="\.\.\/\.\.\/_astro\/s\.js"/);
		assert.match(page, /<a target="_blank" rel="noopener" href="https:\/\/crosstrain\.example\/glossary\/risk\/" class="term-link">/);
		assert.match(page, /<a target="_blank" rel="noopener" href="https:\/\/doi\.org/);
		assert.match(page, /<a class="skip-link" href="#main">/);
		assert.match(page, /<a target="_self" href="https:\/\/example\.org\/">/);
		assert.match(page, /"standard":"scorm12"/);
		assert.match(page, /var s = ' href="\/not-rewritten\/"';/, 'scripts are left exactly as built, for their CSP hashes');
		assert.doesNotMatch(page, /connect-src/);
	});

	test('a cmi5 page may connect to the LRS, over https', () => {
		assert.match(packagedPage(built, { ...options, standard: 'cmi5' }), /content="default-src 'self';connect-src 'self' https:;img-src/);
	});

	test('a page not from the LMS build is refused, naming it', () => {
		assert.throws(() => packagedPage(built.replace('"standard":"auto"', ''), { ...options, standard: 'cmi5' }), /modules\/m\/index\.html: the page has no LMS data block/);
	});

	test('finds the files a page and its scripts use', () => {
		assert.deepEqual(referencesOf(built), ['/favicon.svg', '/_astro/a.css', '/_astro/s.js']);
		assert.deepEqual(importsOf('import{a}from"./p.js";import"./q.css";const c=()=>import(`./lazy.js`);'), ['p.js', 'q.css', 'lazy.js']);
	});
});

describe('a reproducible zip', () => {
	test('the same files give the same bytes, in any order and any time zone', () => {
		const files = (order: string[]) => new Map(order.map((name) => [name, new TextEncoder().encode(`contents of ${name}`)]));
		const zip = reproducibleZip(files(['b.txt', 'a/c.txt', 'imsmanifest.xml']));
		assert.deepEqual(reproducibleZip(files(['imsmanifest.xml', 'a/c.txt', 'b.txt'])), zip);
		assert.deepEqual(Object.keys(unzipSync(zip)), ['a/c.txt', 'b.txt', 'imsmanifest.xml']);
		// DOS time and date of the first entry (local file header bytes 10–13): 2000-01-01 00:00.
		assert.deepEqual([...zip.subarray(10, 14)], [0, 0, 0x21, 0x28]);
	});
});
