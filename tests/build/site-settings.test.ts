/**
 * Builds the fixture organization (the minimal course as Northwind Health made it its own)
 * with one bad setting at a time, as an organization's author would write it, and checks
 * that the build stops with a message naming the file, the field and what is wrong.
 */
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildCopy, editFile, type SiteCopy } from '../site-copy.ts';

const minimal = new URL('../fixtures/minimal-course/content/', import.meta.url).pathname;
const organization = new URL('../fixtures/organization/content/', import.meta.url).pathname;
const copies: SiteCopy[] = [];

/** Builds the fixture organization after `breakIt` has changed its files. */
function buildWith(breakIt: (content: string) => void): SiteCopy {
	const copy = buildCopy((content) => {
		cpSync(organization, content, { recursive: true });
		breakIt(content);
	}, minimal);
	copies.push(copy);
	return copy;
}

after(() => {
	for (const copy of copies) copy.remove();
});

const setting = (content: string, from: RegExp, to: string) =>
	editFile(join(content, 'site.yaml'), (text) => {
		const changed = text.replace(from, to);
		assert.notEqual(changed, text, `the fixture's site.yaml no longer matches ${from}`);
		return changed;
	});

describe("the build rejects an organization's bad settings, naming the file and the field", { concurrency: 1 }, () => {
	test('the fixture organization itself builds', () => {
		const { ok, output } = buildWith(() => {});
		assert.ok(ok, output.slice(-2000));
	});

	const cases: [string, (content: string) => void, RegExp[]][] = [
		[
			'an accent colour with too little contrast, with the ratio measured',
			(content) => setting(content, /light: "#8a3b00"/, 'light: "#ff8c42"'),
			[/content\/site\.yaml: accent\.light: "#ff8c42" has a contrast ratio of 2\.\d\d:1 as text on the light theme's background --bg-soft \(#f3f5f8\); WCAG AA needs at least 4\.5:1/],
		],
		[
			'an unknown field',
			(content) => setting(content, /^organization:/m, 'organisation:'),
			[/content\/site\.yaml: unknown field "organisation": check its spelling against the fields in src\/schemas\/site\.ts/],
		],
		[
			'a public URL that is not https',
			(content) => setting(content, /url: https:/, 'url: http:'),
			[/content\/site\.yaml: url: expected an address starting with https:\/\/, found "http:\/\/learning\.northwind\.example"/],
		],
		[
			'a local note for a module that does not exist',
			(content) => writeFileSync(join(content, 'local/change-and-release.mdx'), 'Emergency changes go to the on-call change manager.\n'),
			[/content\/local\/change-and-release\.mdx: there is no module "change-and-release" for this note/],
		],
		[
			'an empty local note',
			(content) => writeFileSync(join(content, 'local/second.mdx'), '---\nplaceBefore: Key takeaways\n---\n\n'),
			[/content\/local\/second\.mdx: the note is empty/],
		],
		[
			'a local note placed before a heading its module does not have',
			(content) => editFile(join(content, 'local/sample.mdx'), (text) => text.replace('placeBefore: A section', 'placeBefore: Key takeaways')),
			[/content\/local\/sample\.mdx: placeBefore names the heading "Key takeaways", which content\/modules\/sample\.mdx does not have\. Expected one of: A section\./],
		],
		[
			'a string override for a key the interface does not have',
			(content) => setting(content, /nav\.managers:/, 'nav.modules:'),
			[/content\/site\.yaml: strings: "nav\.modules": there is no interface string "nav\.modules"/],
		],
	];
	for (const [name, breakIt, messages] of cases) {
		test(name, () => {
			const { ok, output } = buildWith(breakIt);
			assert.equal(ok, false, 'the build should fail');
			for (const message of messages) assert.match(output, message);
		});
	}
});
