/**
 * The author-content rules through the real pipeline: Astro's own MDX and Markdown
 * renderers with the remark plugin, as astro.config.ts sets them up. The last test
 * generates hostile inputs (elements × spellings, handlers, URL encodings × places a URL
 * can go, ESM, expressions) and prints how many it tried; every one must be refused.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { unified } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { AUTHOR_HTML, isAllowedUrl, remarkAuthorContent } from '../../src/markdown/remark-author-content.ts';

const processor = unified({ remarkPlugins: [remarkAuthorContent] });
const mdx = await processor.createMdxRenderer!({}, { optimize: false });
const markdown = await processor.createRenderer({});
const moduleFile = join(process.cwd(), 'content/modules/sample.mdx');

/** The build's message for an MDX module body, or undefined when it is accepted. */
async function mdxProblem(body: string, file = moduleFile): Promise<string | undefined> {
	try {
		await mdx.process(body, file, {});
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}

/** The same for a Markdown (.md) file, as a local glossary note would be. */
async function markdownProblem(body: string): Promise<string | undefined> {
	const quiet = console.error;
	console.error = () => {};
	try {
		await markdown.render(body, { fileURL: new URL(`file://${join(process.cwd(), 'content/local/glossary/sample.md')}`) });
		return undefined;
	} catch (error) {
		return (error as Error).message;
	} finally {
		console.error = quiet;
	}
}

/** Whether rendered HTML holds any element outside the allow-list, or any attribute at all but a few harmless ones. */
function renderedMarkupProblem(html: string): boolean {
	const visit = (node: Root | Element): boolean =>
		node.children.some((child) => {
			if (child.type === 'comment') return true;
			if (child.type !== 'element') return false;
			if (!Object.hasOwn(AUTHOR_HTML, child.tagName)) return true;
			if (Object.keys(child.properties).some((name) => !['title', 'lang', 'dir', 'href'].includes(name))) return true;
			if (typeof child.properties.href === 'string' && !isAllowedUrl(child.properties.href)) return true;
			return visit(child);
		});
	return visit(fromHtml(html, { fragment: true }));
}

describe('what authors may write', () => {
	test('plain Markdown, the listed components with string attributes, and formatting HTML', async () => {
		const body = [
			'## A section',
			'',
			'Text with *emphasis*, `code`, a [source](https://example.com/a), a [term](/glossary/incident/), an [anchor](#a-section), [mail](mailto:desk@example.com) and a [relative link](../other/).',
			'',
			'| a | b |',
			'| - | - |',
			'| 1 | 2 |',
			'',
			'<Diagram name="change-flow" caption="How a fix moves">',
			'',
			'The diagram as text.',
			'',
			'</Diagram>',
			'',
			'<ErrorBudgetCalculator slo="99.9" windowDays="30" />',
			'',
			'<AleCalculator assetValue="1200000" exposureFactor="50" aro="0.2" controlledExposureFactor="15" controlledAro="0.2" controlCost="45000" />',
			'',
			'<details open>',
			'<summary>More</summary>',
			'',
			'Hidden text with <abbr title="Recovery point objective">RPO</abbr> and <a href="https://example.com/b" title="B">a link</a>.',
			'',
			'</details>',
			'',
			'<time datetime="2026-12-01">1 December</time> <q cite="https://example.com/q">quoted</q> <kbd>Ctrl</kbd>',
		].join('\n');
		assert.equal(await mdxProblem(body), undefined);
		assert.equal(await markdownProblem('Text with <abbr title="x">X</abbr> and <span lang="de">Wort</span>.\n\n<details>\n<summary>More</summary>\n\nText.\n\n</details>\n'), undefined);
	});

	test('files outside content/ are the site’s own code and not checked here', async () => {
		assert.equal(await mdxProblem('<Quiz />', join(process.cwd(), 'src/pages/page.mdx')), undefined);
	});
});

describe('what the build refuses, naming the file, line and column', () => {
	const cases: [string, string, RegExp][] = [
		['an import', 'Text.\n\nimport { writeFileSync } from "node:fs"\n', /sample\.mdx:3:1: import and export are not allowed/],
		['an export that runs at build time', 'export const x = process.exit(1)\n', /sample\.mdx:1:1: import and export/],
		['an expression', 'Line one.\n\nThe answer is {40 + 2}.', /sample\.mdx:3:15: a \{ … \} expression is not allowed/],
		['an empty comment expression', '{/* note */}', /expression is not allowed/],
		['an unlisted component', 'Text\n\n<Quiz />', /sample\.mdx:3:1: the component <Quiz> is not allowed/],
		['a member component', '<Diagram.Inner />', /the component <Diagram\.Inner> is not allowed/],
		['a fragment', '<>text</>', /a fragment/],
		['an expression attribute on a component', '<Diagram name="x" caption={"y"}>\n\nT\n\n</Diagram>', /<Diagram> sets caption=\{ … \}/],
		['a spread attribute', '<Diagram name="x" caption="y" {...props}>\n\nT\n\n</Diagram>', /spread attribute/],
		['an unknown component attribute', '<ErrorBudgetCalculator slo="99" onload="x" />', /<ErrorBudgetCalculator> has no attribute onload; it takes slo, windowDays, spentMinutes/],
		['a component attribute without a value', '<ErrorBudgetCalculator slo />', /needs a value for slo/],
		['<script>', '<script>alert(1)</script>', /<script> is not allowed: it would run code/],
		['<style>', '<style>\n  body \\{ display: none \\}\n</style>', /<style> is not allowed/],
		['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://phish.example/" />', /<meta> is not allowed: it can send the page to another address/],
		['<iframe>', '<iframe src="https://example.com/" />', /<iframe> is not allowed/],
		['<form>', '<form action="https://phish.example/"><input name="password" /></form>', /<form> is not allowed/],
		['<base>', '<base href="https://phish.example/" />', /<base> is not allowed/],
		['<link>', '<link rel="stylesheet" href="https://example.com/x.css" />', /<link> is not allowed/],
		['<object>', '<object data="x.swf" />', /<object> is not allowed/],
		['<embed>', '<embed src="x.swf" />', /<embed> is not allowed/],
		['an inline handler', 'Text <span onClick="alert(1)">x</span>', /<span> has the event handler onClick/],
		['a style attribute', '<p style="color: red">x</p>', /<p> has a style attribute/],
		['a javascript: link in HTML', '<a href="javascript:alert(1)">x</a>', /<a href="javascript:alert\(1\)"> is not allowed/],
		['a javascript: link in Markdown', '[Sign in](javascript:alert(1))', /the link "javascript:alert\(1\)" is not allowed/],
		['an http: link', '[Sign in](http://phish.example/)', /the link "http:\/\/phish\.example\/" is not allowed/],
		['a data: link in a definition', '[x][y]\n\n[y]: data:text/html,<script>alert(1)</script>', /the link "data:text\/html/],
		['a class attribute', '<span class="notice">Official</span>', /<span> may not have the attribute class/],
	];
	for (const [name, body, message] of cases) {
		test(name, async () => {
			const problem = await mdxProblem(body);
			assert.ok(problem, 'the build should refuse it');
			assert.match(problem, /content\/modules\/sample\.mdx/);
			assert.match(problem, message);
		});
	}

	test('every problem in a file is listed at once', async () => {
		const problem = await mdxProblem('import x from "y"\n\n<script>1</script>\n\nText {x}.');
		assert.match(problem!, /has 3 things authors may not write/);
		assert.match(problem!, /:1:1: import/);
		assert.match(problem!, /:3:1: the element <script>/);
		assert.match(problem!, /:5:6: a \{ … \} expression/);
	});

	test('raw HTML in a Markdown file gets the same rules, and must parse cleanly', async () => {
		const cases: [string, RegExp][] = [
			['Text\n\n<script>alert(1)</script>\n', /sample\.md:3:1: the element <script> is not allowed/],
			['Text <img src=x onerror="alert(1)">', /<img> is not allowed/],
			['<p onclick="alert(1)">x</p>', /<p> has the event handler onclick/],
			['<p style="x">x</p>', /<p> has a style attribute/],
			['x <a href="javascript:alert(1)">y</a>', /<a href="javascript:alert\(1\)"> is not allowed/],
			['x <!-- --!><meta http-equiv="refresh" content="0;url=https://phish.example/"> -->', /HTML comments/],
			['<div title="\n\nswallowed text\n', /does not parse cleanly \(eof-in-tag\)/],
			['<?php echo 1 ?>', /instructions are not allowed/],
		];
		for (const [body, message] of cases) {
			const problem = await markdownProblem(body);
			assert.ok(problem, `refused: ${body}`);
			assert.match(problem, /content\/local\/glossary\/sample\.md/);
			assert.match(problem, message);
		}
	});
});

test('isAllowedUrl reads a URL as the browser does', () => {
	for (const url of ['https://example.com/', '/glossary/x/', '#top', '../x/', 'x/', '?q=a', 'mailto:a@example.com', 'HTTPS://EXAMPLE.COM']) assert.equal(isAllowedUrl(url), true, url);
	for (const url of ['javascript:alert(1)', 'JavaScript:x', ' javascript:x', 'java\tscript:x', 'java\nscript:x', '\u0000javascript:x', 'data:text/html,x', 'vbscript:x', 'http://x.example', 'file:///etc/passwd', 'tel:123', 'blob:https://x/y', 'https://[::1']) assert.equal(isAllowedUrl(url), false, JSON.stringify(url));
});

test('generated hostile inputs: every one is refused', async () => {
	const elements = ['script', 'style', 'meta', 'iframe', 'form', 'base', 'link', 'object', 'embed', 'img', 'svg', 'math', 'template', 'noscript', 'textarea', 'title', 'input', 'button', 'video', 'audio', 'source', 'frame', 'frameset', 'applet', 'portal', 'dialog', 'select', 'xmp', 'plaintext', 'noembed', 'noframes', 'canvas', 'slot', 'param', 'marquee', 'h1', 'html', 'head', 'body'];
	const spellings = (name: string) => [name, name.toUpperCase(), name[0]!.toUpperCase() + name.slice(1), `${name} x="1"`];
	const handlers = ['onclick', 'ONCLICK', 'onClick', 'onmouseover', 'onfocus', 'onanimationstart', 'style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'xlink:href', 'src', 'target', 'ping'];
	const urls = [
		'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)', '&#106;avascript:alert(1)',
		'javascript&#58;alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)', 'http://phish.example/', 'HTTP://phish.example/', 'file:///etc/passwd', 'ftp://x.example/',
	];
	const mdxCases: string[] = [];
	for (const element of elements) for (const spelling of spellings(element)) mdxCases.push(`<${spelling}>x</${spelling.split(' ')[0]}>`, `Text <${spelling} /> text`);
	for (const host of ['p', 'span', 'a', 'div', 'details']) for (const attribute of handlers) mdxCases.push(`<${host} ${attribute}="x">y</${host}>`);
	for (const url of urls) {
		const attribute = url.replace(/"/g, '&quot;');
		mdxCases.push(`<a href="${attribute}">x</a>`, `<blockquote cite="${attribute}">x</blockquote>`, `<q cite="${attribute}">x</q>`);
		if (!/\s/.test(url)) mdxCases.push(`[x](${url})`, `![x](${url})`, `[x][r]\n\n[r]: ${url}`);
	}
	for (const esm of ['import x from "y"', 'import "node:fs"', 'export const a = 1', 'export default function A() {}', 'export { a as b } from "c"', 'export * from "node:child_process"']) mdxCases.push(esm, `# Title\n\n${esm}\n\nText.`);
	for (const expression of ['{1}', '{/* c */}', '{process.exit(1)}', '## {x}', '[{x}](https://a.example/)', '| a |\n| - |\n| {x} |', '<Diagram name={x} caption="y">\n\nT\n\n</Diagram>', '<p title={x}>y</p>', '<p {...x}>y</p>']) mdxCases.push(expression);

	const markdownCases: string[] = [];
	for (const element of elements) for (const spelling of spellings(element)) markdownCases.push(`<${spelling}>x</${spelling.split(' ')[0]}>\n`, `Text <${spelling}> text`);
	for (const host of ['p', 'span', 'a', 'div']) for (const attribute of handlers.filter((name) => name === name.toLowerCase() && !name.includes(':'))) markdownCases.push(`<${host} ${attribute}="x">y</${host}>`);
	for (const url of urls) markdownCases.push(`<a href="${url}">x</a>`, `<q cite="${url}">x</q>`);
	for (const trick of ['<!-- x -->', '<!-- --!><b>x</b> -->', '<![CDATA[x]]>', '<!DOCTYPE html>', '<?x y?>', '<span title="', '<div title="x\n\ny">']) markdownCases.push(`Text ${trick}`, `${trick}\n`);

	const accepted: string[] = [];
	for (const body of mdxCases) {
		// A parse error from MDX itself also fails the build; only a silent pass is a miss.
		if ((await mdxProblem(body)) === undefined) accepted.push(`mdx: ${body}`);
	}
	// In Markdown, an incomplete tag is not HTML at all but text, which is escaped: such an
	// input may pass, provided the page it makes holds nothing outside the allow-list.
	let passedAsText = 0;
	for (const body of markdownCases) {
		if ((await markdownProblem(body)) !== undefined) continue;
		const { code } = await markdown.render(body);
		if (renderedMarkupProblem(code)) accepted.push(`md: ${body} → ${code}`);
		else passedAsText++;
	}
	console.log(
		`author-content generator: ${mdxCases.length} MDX and ${markdownCases.length} Markdown inputs tried; ${passedAsText} Markdown inputs passed as plain text; ${accepted.length} accepted with markup`,
	);
	assert.deepEqual(accepted, []);
});
