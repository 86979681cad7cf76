/**
 * Author content is data, not code. MDX would let a module import Node's `fs` and run it
 * at build time, evaluate `{expressions}`, render any component, and pass raw HTML
 * (`<script>`, `<meta http-equiv="refresh">`, `javascript:` links) to the page. This remark
 * plugin fails the build on all of that, for every Markdown and MDX file under content/,
 * naming the file, line and column of each problem. What is left is plain Markdown, the
 * components the README lists with plain-string attributes, and a short list of HTML
 * elements that only format text.
 */
import { relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { VFile } from 'vfile';

/** The components authors may use without an import, and the attributes each takes (plain strings only). */
export const AUTHOR_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
	Diagram: ['name', 'caption'],
	ErrorBudgetCalculator: ['slo', 'windowDays', 'spentMinutes'],
	AleCalculator: ['assetValue', 'exposureFactor', 'aro', 'controlledExposureFactor', 'controlledAro', 'controlCost'],
};

const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** HTML elements that only format text, with the attributes each may carry besides title, lang and dir. */
export const AUTHOR_HTML: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	abbr: [],
	b: [],
	blockquote: ['cite'],
	br: [],
	caption: [],
	cite: [],
	code: [],
	dd: [],
	del: ['cite', 'datetime'],
	details: ['open'],
	dfn: [],
	div: [],
	dl: [],
	dt: [],
	em: [],
	figcaption: [],
	figure: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	i: [],
	ins: ['cite', 'datetime'],
	kbd: [],
	li: [],
	mark: [],
	ol: ['start', 'reversed', 'type'],
	p: [],
	pre: [],
	q: ['cite'],
	s: [],
	samp: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	summary: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'scope', 'abbr'],
	thead: [],
	time: ['datetime'],
	tr: [],
	u: [],
	ul: [],
	var: [],
	wbr: [],
};

/** Why the elements people reach for most are refused, in the author's terms. */
const REFUSED_BECAUSE: Readonly<Record<string, string>> = {
	script: 'it would run code on the page',
	style: 'it would restyle the whole site',
	meta: 'it can send the page to another address',
	base: 'it changes where every link on the page goes',
	link: 'it loads files into the page',
	iframe: 'it embeds another page',
	frame: 'it embeds another page',
	object: 'it embeds another page or plug-in',
	embed: 'it embeds another page or plug-in',
	form: 'it sends what learners type somewhere',
	input: 'it asks learners to type something',
	button: 'it looks like part of the site',
	img: 'pictures go in a Diagram',
	svg: 'pictures go in a Diagram',
	h1: 'the page has its title already: start sections with ##',
};

const URL_ATTRIBUTES = new Set(['href', 'cite']);
const BOOLEAN_ATTRIBUTES = new Set(['open', 'reversed']);

/**
 * Whether a link target is one authors may write: https:, mailto: or a path on this site.
 * The URL is resolved the way a browser does (which strips tabs, newlines and leading
 * spaces, so `java\tscript:` is still javascript:), against an https page on the site.
 */
export function isAllowedUrl(url: string): boolean {
	let resolved: URL;
	try {
		resolved = new URL(url, 'https://site.invalid/modules/page/');
	} catch {
		return false;
	}
	return resolved.protocol === 'https:' || resolved.protocol === 'mailto:';
}

/** One thing in a file that the build refuses. */
export interface AuthorContentProblem {
	line: number;
	column: number;
	message: string;
}

interface Point {
	line: number;
	column: number;
}
interface AnyNode {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: AnyNode[];
	position?: { start: Point };
}

const componentList = Object.keys(AUTHOR_COMPONENTS).join(', ');

/** Finds everything in a parsed Markdown or MDX file (an mdast tree) that authors may not write. */
export function findAuthorContentProblems(tree: unknown): AuthorContentProblem[] {
	const problems: AuthorContentProblem[] = [];
	const report = (node: AnyNode, message: string, at: Point | undefined = node.position?.start) =>
		problems.push({ line: at?.line ?? 1, column: at?.column ?? 1, message });

	const visit = (node: AnyNode) => {
		switch (node.type) {
			case 'mdxjsEsm':
				report(node, 'import and export are not allowed: a module is text, not a program. The components Diagram, ErrorBudgetCalculator and AleCalculator need no import');
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(node, 'a { … } expression is not allowed: it would run as code. To show a brace, write it as \\{ or in `code`');
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsxElement(node, report);
				break;
			case 'html':
				checkRawHtml(node, report);
				return;
			case 'link':
			case 'image':
			case 'definition':
				if (typeof node.url === 'string' && !isAllowedUrl(node.url)) report(node, `the link ${quote(node.url)} is not allowed: use https:, mailto: or a path on this site`);
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree as AnyNode);
	return problems;
}

function checkJsxElement(node: AnyNode, report: (node: AnyNode, message: string) => void) {
	const name = node.name;
	if (!name) {
		report(node, 'a fragment <>…</> is not allowed');
		return;
	}
	const componentAttributes = Object.hasOwn(AUTHOR_COMPONENTS, name) ? AUTHOR_COMPONENTS[name] : undefined;
	const htmlAttributes = Object.hasOwn(AUTHOR_HTML, name) ? AUTHOR_HTML[name] : undefined;
	if (!componentAttributes && !htmlAttributes) {
		report(node, elementRefusal(name));
		return;
	}
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute') {
			report(node, `<${name}> has a { … } spread attribute, which would run as code; write each attribute as name="text"`);
			continue;
		}
		const attributeName = attribute.name ?? '';
		const value = attribute.value;
		if (value !== null && typeof value === 'object') {
			report(node, `<${name}> sets ${attributeName}={ … }, an expression that would run as code; write ${attributeName}="text"`);
			continue;
		}
		if (componentAttributes) {
			if (!componentAttributes.includes(attributeName)) report(node, `<${name}> has no attribute ${attributeName}; it takes ${componentAttributes.join(', ')}`);
			else if (typeof value !== 'string') report(node, `<${name}> needs a value for ${attributeName}: write ${attributeName}="…"`);
			continue;
		}
		const problem = htmlAttributeProblem(name, attributeName, typeof value === 'string' ? value : null);
		if (problem) report(node, problem);
	}
}

function elementRefusal(name: string): string {
	const lower = name.toLowerCase();
	const because = Object.hasOwn(REFUSED_BECAUSE, lower) ? `: ${REFUSED_BECAUSE[lower]}` : '';
	const kind = /^[A-Z]/.test(name) || name.includes('.') ? 'component' : 'element';
	return `the ${kind} <${name}> is not allowed${because}. Write Markdown, the components ${componentList}, or these HTML elements: ${Object.keys(AUTHOR_HTML).join(', ')}`;
}

/** What is wrong with one attribute of an allowed HTML element, if anything. */
function htmlAttributeProblem(element: string, attribute: string, value: string | null): string | undefined {
	const lower = attribute.toLowerCase();
	if (lower.startsWith('on')) return `<${element}> has the event handler ${attribute}, which would run code`;
	if (lower === 'style') return `<${element}> has a style attribute: the site's styles apply to everything authors write`;
	const allowed = [...GLOBAL_ATTRIBUTES, ...(AUTHOR_HTML[element] ?? [])];
	if (!allowed.includes(attribute)) return `<${element}> may not have the attribute ${attribute}; it may have ${allowed.join(', ')}`;
	if (value === null && !BOOLEAN_ATTRIBUTES.has(attribute)) return `<${element}> needs a value for ${attribute}: write ${attribute}="…"`;
	if (URL_ATTRIBUTES.has(attribute) && value !== null && !isAllowedUrl(value)) return `<${element} ${attribute}=${quote(value)}> is not allowed: links use https:, mailto: or a path on this site`;
	return undefined;
}

/**
 * Raw HTML in a Markdown (.md) file is one string per block or tag. Each is parsed as the
 * browser would parse it, and must parse cleanly: a tag or comment left open would swallow
 * what follows it when the page is put together.
 */
function checkRawHtml(node: AnyNode, report: (node: AnyNode, message: string, at?: Point) => void) {
	const html = String(node.value ?? '');
	const start = node.position?.start ?? { line: 1, column: 1 };
	const at = (point?: { line?: number; column?: number }) =>
		point?.line ? { line: start.line + point.line - 1, column: point.line === 1 ? start.column + (point.column ?? 1) - 1 : (point.column ?? 1) } : start;
	if (/<[!?]/.test(html)) {
		report(node, 'HTML comments, <!…> declarations and <?…?> instructions are not allowed', start);
		return;
	}
	// The parser drops some tags it finds out of place (<html>, <frame>); refuse them by name too.
	for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][^\s/>]*)/g)) {
		if (!Object.hasOwn(AUTHOR_HTML, tag!.toLowerCase())) {
			report(node, elementRefusal(tag!.toLowerCase()), start);
			return;
		}
	}
	let broken = false;
	const tree: HastRoot = fromHtml(html, {
		fragment: true,
		onerror: (error) => {
			if (!broken) report(node, `this HTML does not parse cleanly (${error.ruleId}): close every tag and quote`, at(error.place && 'line' in error.place ? error.place : undefined));
			broken = true;
		},
	});
	if (broken) return;
	const visit = (child: HastContent | HastRoot) => {
		if (child.type === 'comment') report(node, 'HTML comments are not allowed', at(child.position?.start));
		if (child.type === 'element') checkHastElement(child, (message) => report(node, message, at(child.position?.start)));
		if ('children' in child) for (const grandchild of child.children) visit(grandchild);
	};
	visit(tree);
}

function checkHastElement(element: Element, report: (message: string) => void) {
	if (!Object.hasOwn(AUTHOR_HTML, element.tagName)) {
		report(elementRefusal(element.tagName));
		return;
	}
	for (const [property, value] of Object.entries(element.properties)) {
		if (value === false || value === undefined || value === null) continue;
		const attribute = hastAttributeName(property);
		const text = value === true ? null : Array.isArray(value) ? value.join(' ') : String(value);
		const problem = htmlAttributeProblem(element.tagName, attribute, text);
		if (problem) report(problem);
	}
}

/** hast names attributes as DOM properties (`dateTime`, `colSpan`); authors wrote them in HTML. */
function hastAttributeName(property: string): string {
	const known: Record<string, string> = { className: 'class', htmlFor: 'for', dateTime: 'datetime', colSpan: 'colspan', rowSpan: 'rowspan' };
	if (/^on[A-Z]/.test(property)) return property.toLowerCase();
	return known[property] ?? property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function quote(value: string): string {
	const short = value.length > 60 ? `${value.slice(0, 60)}…` : value;
	return JSON.stringify(short);
}

/** The file's path from the project root, with forward slashes: content/modules/x.mdx. */
function projectPath(file: VFile): string {
	return relative(file.cwd, file.path).split(sep).join('/');
}

/**
 * The remark plugin. It checks files under `content/` only: the site's own pages are code
 * and reviewed as code. All problems in a file are reported at once, each as
 * `content/modules/x.mdx:12:1: …`.
 */
export function remarkAuthorContent() {
	return (tree: unknown, file: VFile) => {
		if (!file.path) return;
		const path = projectPath(file);
		if (!path.startsWith('content/')) return;
		const problems = findAuthorContentProblems(tree);
		if (problems.length === 0) return;
		const lines = problems.map((problem) => `${path}:${problem.line}:${problem.column}: ${problem.message}.`);
		const error = new Error(`${path} has ${problems.length === 1 ? 'something' : `${problems.length} things`} authors may not write:\n${lines.join('\n')}`);
		Object.assign(error, { line: problems[0]!.line, column: problems[0]!.column });
		throw error;
	};
}
