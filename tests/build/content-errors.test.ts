/**
 * Builds a tiny course with one mistake at a time, the way an author would make it, and
 * checks that the build fails with a message naming the file and what is wrong.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const project = new URL('../../', import.meta.url).pathname;
const fixture = new URL('../fixtures/minimal-course/content/', import.meta.url).pathname;
const scratch: string[] = [];

/** Copies the site with the fixture course, lets `breakIt` change one file, and builds it. */
function buildWith(breakIt: (content: string) => void): { ok: boolean; output: string } {
	const root = mkdtempSync(join(tmpdir(), 'crosstrain-fixture-'));
	scratch.push(root);
	for (const entry of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(project, entry), join(root, entry), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
	cpSync(fixture, join(root, 'content'), { recursive: true });
	breakIt(join(root, 'content'));
	const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
	return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

after(() => {
	for (const root of scratch) rmSync(root, { recursive: true, force: true });
});

describe('the build rejects broken content, naming the file and the problem', { concurrency: 1 }, () => {
	test('the fixture course itself builds', () => {
		const { ok, output } = buildWith(() => {});
		assert.ok(ok, output.slice(-2000));
	});

	const cases: [string, (content: string) => void, RegExp[]][] = [
		[
			'a missing field',
			(content) => edit(join(content, 'modules/sample.mdx'), (text) => text.replace(/^summary: .*\n/m, '')),
			[/modules → sample/, /summary/],
		],
		[
			'a field of the wrong type',
			(content) => edit(join(content, 'modules/sample.mdx'), (text) => text.replace('minutes: 5', 'minutes: five')),
			[/modules → sample/, /minutes/, /number/],
		],
		[
			'an unclosed MDX tag',
			(content) => edit(join(content, 'modules/sample.mdx'), (text) => `${text}\n<Diagram name="nothing" caption="Never closed">\n\nText.\n`),
			[/content\/modules\/sample\.mdx/, /Diagram/],
		],
		[
			'bad YAML',
			(content) => edit(join(content, 'quizzes/sample.yaml'), (text) => text.replace('  - id: second', '  - id: second\n   type: : broken')),
			[/quizzes\/sample\.yaml/],
		],
		[
			'a reference to a module that does not exist',
			(content) => edit(join(content, 'modules/sample.mdx'), (text) => text.replace('prerequisites: []', 'prerequisites: [no-such-module]')),
			[/content\/modules\/sample\.mdx: prerequisites names "no-such-module", which is not a module/],
		],
		[
			'a glossary term referenced but missing',
			(content) => edit(join(content, 'glossary/incident.yaml'), (text) => `${text}related: [no-such-term]\n`),
			[/content\/glossary\/incident\.yaml: related names "no-such-term", which is not a glossary term/],
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
