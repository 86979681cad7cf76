/**
 * Builds a tiny course with one mistake at a time, the way an author would make it, and
 * checks that the build fails with a message naming the file and what is wrong.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildCopy, editFile, type SiteCopy } from '../site-copy.ts';

const fixture = new URL('../fixtures/minimal-course/content/', import.meta.url).pathname;
const copies: SiteCopy[] = [];

/** Builds the site with the fixture course after `breakIt` has changed one file. */
function buildWith(breakIt: (content: string) => void): SiteCopy {
	const copy = buildCopy(breakIt, fixture);
	copies.push(copy);
	return copy;
}

after(() => {
	for (const copy of copies) copy.remove();
});

describe('the build rejects broken content, naming the file and the problem', { concurrency: 1 }, () => {
	test('the fixture course itself builds', () => {
		const { ok, output } = buildWith(() => {});
		assert.ok(ok, output.slice(-2000));
	});

	const cases: [string, (content: string) => void, RegExp[]][] = [
		[
			'a missing field',
			(content) => editFile(join(content, 'modules/sample.mdx'), (text) => text.replace(/^summary: .*\n/m, '')),
			[/modules → sample/, /summary/],
		],
		[
			'a field of the wrong type',
			(content) => editFile(join(content, 'modules/sample.mdx'), (text) => text.replace('minutes: 5', 'minutes: five')),
			[/modules → sample/, /minutes/, /number/],
		],
		[
			'an unclosed MDX tag',
			(content) => editFile(join(content, 'modules/sample.mdx'), (text) => `${text}\n<Diagram name="nothing" caption="Never closed">\n\nText.\n`),
			[/content\/modules\/sample\.mdx/, /Diagram/],
		],
		[
			'bad YAML',
			(content) => editFile(join(content, 'quizzes/sample.yaml'), (text) => text.replace('  - id: second', '  - id: second\n   type: : broken')),
			[/quizzes\/sample\.yaml/],
		],
		[
			'a reference to a module that does not exist',
			(content) => editFile(join(content, 'modules/sample.mdx'), (text) => text.replace('prerequisites: []', 'prerequisites: [no-such-module]')),
			[/content\/modules\/sample\.mdx: prerequisites names "no-such-module", which is not a module/],
		],
		[
			'a glossary term referenced but missing',
			(content) => editFile(join(content, 'glossary/incident.yaml'), (text) => `${text}related: [no-such-term]\n`),
			[/content\/glossary\/incident\.yaml: related names "no-such-term", which is not a glossary term/],
		],
		[
			'a withdrawn document cited as current',
			(content) =>
				writeFileSync(
					join(content, 'source-status.yaml'),
					'- url: https://example.com/incident\n  status: withdrawn\n  since: 2025-04-03\n  successor: { title: Sample successor, url: https://example.com/next }\n',
				),
			[/content\/glossary\/incident\.yaml: sources\[0\] "Sample source" is withdrawn April 2025, says content\/source-status\.yaml\. Cite its successor/],
		],
		[
			'a changelog naming a module that does not exist',
			(content) => editFile(join(content, 'changelog.yaml'), (text) => text.replace('module: sample', 'module: no-such-module')),
			[/content\/changelog\.yaml: 0\.changes\.0\.module of release 2026\.12 names "no-such-module", which is not a module/],
		],
	];
	test('a review more than 12 months old warns, naming the file, and the site still builds', () => {
		const { ok, output } = buildWith((content) => editFile(join(content, 'modules/sample.mdx'), (text) => text.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2001-01-01')));
		assert.ok(ok, output.slice(-2000));
		assert.match(output, /content\/modules\/sample\.mdx: lastReviewed is 2001-01-01, more than 12 months before this build/);
	});

	for (const [name, breakIt, messages] of cases) {
		test(name, () => {
			const { ok, output } = buildWith(breakIt);
			assert.equal(ok, false, 'the build should fail');
			for (const message of messages) assert.match(output, message);
		});
	}
});
