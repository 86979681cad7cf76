/**
 * Author content is data: every way the December 2026 security review found to make a
 * module run code or put markup on the page is built here into the fixture course, and
 * each must fail the build, naming the file. The code-running ones also leave a marker
 * file if they ever run, which they must not. Then the fixture builds with what authors
 * may do: a diagram used twice beside another, short and old URLs that carry the policy.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildCopy, editFile, type SiteCopy } from '../site-copy.ts';

const fixture = new URL('../fixtures/minimal-course/content/', import.meta.url).pathname;
const copies: SiteCopy[] = [];
after(() => {
	for (const copy of copies) copy.remove();
});

/** Where a build-time side effect would leave its mark; unique per run. */
const marker = join(tmpdir(), `crosstrain-author-code-ran-${process.pid}`);

const diagram = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">
	<title>Two boxes</title>
	<rect class="ct-ops" x="10" y="10" width="100" height="50" rx="6"/>
	<line class="ct-arrow" x1="110" y1="35" x2="190" y2="35"/>
	<rect class="ct-sec" x="190" y="10" width="100" height="50" rx="6"/>
</svg>
`;

/** Builds the fixture course with `body` added to the sample module and, if given, a diagram file. */
function buildWith(body: string, diagrams: Record<string, string> = {}): SiteCopy {
	const copy = buildCopy((content) => {
		editFile(join(content, 'modules/sample.mdx'), (text) => `${text}\n${body}\n`);
		for (const [name, svg] of Object.entries(diagrams)) writeFileSync(join(content, `diagrams/${name}.svg`), svg);
	}, fixture);
	copies.push(copy);
	return copy;
}

/** The line of the sample module on which `body`, appended by buildWith, starts. */
const firstAddedLine = readFileSync(join(fixture, 'modules/sample.mdx'), 'utf8').split('\n').length + 1;

describe('every bypass the security review found fails the build', { concurrency: 1 }, () => {
	const cases: [string, string, RegExp[], Record<string, string>?][] = [
		[
			'an import and export that write a file at build time',
			`import { writeFileSync } from 'node:fs';\nexport const planted = writeFileSync(${JSON.stringify(marker)}, 'ran');`,
			[new RegExp(`content/modules/sample\\.mdx:${firstAddedLine}:1: import and export are not allowed`)],
		],
		[
			'an expression that would write a file while the page renders',
			`Text {process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}.`,
			[new RegExp(`content/modules/sample\\.mdx:${firstAddedLine}:6: a \\{ … \\} expression is not allowed`)],
		],
		['a component the README does not list', '<Quiz />', [/content\/modules\/sample\.mdx:\d+:1: the component <Quiz> is not allowed/]],
		[
			'an expression in a listed component’s attribute',
			'<Diagram name="boxes" caption={"x".repeat(3)}>\n\nText.\n\n</Diagram>',
			[/content\/modules\/sample\.mdx:\d+:1: <Diagram> sets caption=\{ … \}/],
			{ boxes: diagram },
		],
		['a raw <script>', '<script>alert(1)</script>', [/content\/modules\/sample\.mdx:\d+:1: the element <script> is not allowed/]],
		['an inline handler (onload)', '<details onload="alert(1)">\n<summary>More</summary>\n\nText.\n\n</details>', [/<details> has the event handler onload/]],
		['a javascript: link', '<a href="javascript:alert(document.domain)">Sign in</a>', [/<a href="javascript:alert\(document\.domain\)"> is not allowed/]],
		['a javascript: link in Markdown', '[Sign in](javascript:alert(1))', [/the link "javascript:alert\(1\)" is not allowed/]],
		['a raw <style>', '<style>\n  main \\{ display: none \\}\n</style>', [/the element <style> is not allowed/]],
		[
			'a meta refresh to another site',
			'<meta http-equiv="refresh" content="3;url=https://phish.example/login" />',
			[/content\/modules\/sample\.mdx:\d+:1: the element <meta> is not allowed: it can send the page to another address/],
		],
		[
			'a diagram with a handler after "/" instead of a space',
			'<Diagram name="slash" caption="Boxes">\n\nText.\n\n</Diagram>',
			[/content\/diagrams\/slash\.svg: the file is not well-formed XML/],
			{ slash: diagram.replace('<rect class="ct-sec"', '<rect class="ct-box"/onclick="alert(1)"/><rect class="ct-sec"') },
		],
		[
			'a diagram with markup hidden in a comment closed early with --!>',
			'<Diagram name="comment" caption="Boxes">\n\nText.\n\n</Diagram>',
			[/content\/diagrams\/comment\.svg: remove the comment/],
			{
				comment: diagram.replace(
					'</svg>',
					'<!-- --!><img src=x><meta http-equiv="refresh" content="3;url=https://phish.example/"><a href="https://phish.example/login">Sign in again</a> -->\n</svg>',
				),
			},
		],
	];
	for (const [name, body, messages, diagrams] of cases) {
		test(name, () => {
			const { ok, output } = buildWith(body, diagrams);
			assert.equal(ok, false, 'the build should fail');
			for (const message of messages) assert.match(output, message);
			assert.equal(existsSync(marker), false, 'the author’s code must never run');
		});
	}
});

describe('what authors may do still builds', () => {
	test('a diagram used twice beside another, each with its own ids and arrowhead; every page carries the policy', () => {
		const copy = buildCopy((content) => {
			writeFileSync(join(content, 'diagrams/boxes.svg'), diagram);
			writeFileSync(join(content, 'diagrams/other.svg'), diagram.replace('Two boxes', 'Two more boxes'));
			const use = (name: string) => `<Diagram name="${name}" caption="The ${name} diagram">\n\nText for ${name}.\n\n</Diagram>\n`;
			editFile(join(content, 'modules/sample.mdx'), (text) =>
				`${text.replace('prerequisites: []', 'prerequisites: []\nformerSlugs: [old-sample]')}\n${use('boxes')}\n${use('other')}\n${use('boxes')}`,
			);
			editFile(join(content, 'glossary/incident.yaml'), (text) => `${text}abbreviations: [INC]\n`);
		}, fixture);
		copies.push(copy);
		assert.ok(copy.ok, copy.output.slice(-3000));

		const html = readFileSync(join(copy.dist, 'modules/sample/index.html'), 'utf8');
		const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
		assert.deepEqual(ids.filter((id) => id.startsWith('diagram-')).sort(), [
			'diagram-boxes-2-arrowhead', 'diagram-boxes-2-caption', 'diagram-boxes-arrowhead', 'diagram-boxes-caption', 'diagram-other-arrowhead', 'diagram-other-caption',
		]);
		assert.equal(new Set(ids).size, ids.length, 'no id is used twice');
		for (const id of ['diagram-boxes', 'diagram-other', 'diagram-boxes-2']) {
			assert.match(html, new RegExp(`<svg viewBox="0 0 300 100" role="img" aria-labelledby="${id}-caption" focusable="false">`));
			assert.match(html, new RegExp(`marker-end="url\\(#${id}-arrowhead\\)"`));
		}

		const pages = readdirSync(copy.dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
		assert.ok(pages.includes(join('glossary', 'inc', 'index.html')) && pages.includes(join('modules', 'old-sample', 'index.html')), 'the redirect pages exist');
		const policy = (file: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(copy.dist, file), 'utf8'))?.[1];
		const without = pages.filter((file) => !policy(file));
		assert.deepEqual(without, [], 'every page carries a Content-Security-Policy');
		assert.match(policy(join('glossary', 'inc', 'index.html'))!, /default-src 'self'.*object-src 'none'.*base-uri 'self'.*form-action 'self'/);
	});
});
