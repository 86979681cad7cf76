/**
 * Checks a diagram's SVG source and gives back the checked tree to inline. The source is
 * parsed with a strict XML parser (saxes: XML 1.0 and namespaces, well-formedness errors
 * are fatal, no DTD is ever read, so no entity can be defined or expanded) and every
 * element and attribute is held against an allow-list. The page inlines the tree as
 * serialized here, never the author's text, so what was checked is what is shown: a
 * comment ended early with `--!>` or an attribute after `/` cannot reach the HTML parser.
 *
 * Diagrams draw with plain shapes and text, coloured by the site's ct-* classes so they
 * follow the theme, with a viewBox and no fixed size so they scale to any screen.
 */
import { SaxesParser } from 'saxes';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** The classes a diagram colours its shapes with (the README lists them for authors). */
export const DIAGRAM_CLASSES = [
	'ct-box', 'ct-ops', 'ct-sec', 'ct-joint', 'ct-line', 'ct-arrow', 'ct-label', 'ct-label-strong', 'ct-label-small', 'ct-good', 'ct-bad',
];

/** Elements a diagram may use: shapes, groups, text and its accessible title and description. */
const ELEMENTS = new Set(['svg', 'g', 'title', 'desc', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan']);
/** Elements whose content is text, and which elements may hold text at all. */
const TEXT_ONLY = new Set(['title', 'desc']);
const HOLDS_TEXT = new Set(['title', 'desc', 'text', 'tspan']);

/** Geometry and text layout; nothing that names a URL, a font, a script or a colour. */
const ATTRIBUTES = new Set([
	'class', 'x', 'y', 'dx', 'dy', 'width', 'height', 'rx', 'ry', 'cx', 'cy', 'r', 'x1', 'y1', 'x2', 'y2', 'points', 'd', 'transform',
	'text-anchor', 'dominant-baseline', 'stroke-dasharray', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'fill', 'stroke',
]);
/** Colours come from classes; only "none" may be set directly. */
const COLOUR_ATTRIBUTES = new Set(['fill', 'stroke']);
const VIEW_BOX = /^\s*-?\d*\.?\d+(?:[\s,]+-?\d*\.?\d+){3}\s*$/;

/** One element of a checked diagram. Text children are plain text, as the parser decoded it. */
export interface DiagramElement {
	name: string;
	attributes: [name: string, value: string][];
	children: (DiagramElement | string)[];
}

/** The result of checking a diagram: its problems, or (when there are none) its tree. */
export interface CheckedDiagram {
	problems: string[];
	/** The root <svg> element, present only when there are no problems. */
	svg?: DiagramElement;
}

/** Parses and checks a diagram's SVG source. */
export function checkDiagram(source: string): CheckedDiagram {
	const problems: string[] = [];
	const parser = new SaxesParser({ xmlns: true, position: true });
	const stack: DiagramElement[] = [];
	let root: DiagramElement | undefined;
	let wellFormed = true;
	// After the first well-formedness error the parser's view of the file means little: report only that.
	const report = (problem: string) => void (wellFormed && problems.push(problem));

	parser.on('error', (error) => {
		report(`the file is not well-formed XML (${error.message})`);
		wellFormed = false;
	});
	parser.on('comment', () => report('remove the comment <!-- … -->: diagrams carry no comments'));
	parser.on('cdata', () => report('remove the CDATA section <![CDATA[ … ]]>: write text inside <text> instead'));
	parser.on('processinginstruction', ({ target }) => report(`remove the processing instruction <?${target} … ?>`));
	parser.on('doctype', () => report('remove the <!DOCTYPE …>: diagrams may not declare entities or a DTD'));
	parser.on('opentag', (tag) => {
		const parent = stack.at(-1);
		const element: DiagramElement = { name: tag.local, attributes: [], children: [] };
		if (tag.prefix || (tag.uri !== SVG_NAMESPACE && tag.uri !== '')) report(`<${tag.name}> is not an SVG element`);
		else if (!ELEMENTS.has(tag.local)) report(`<${tag.local}> is not allowed; use only ${[...ELEMENTS].join(', ')}`);
		else if (parent && TEXT_ONLY.has(parent.name)) report(`<${parent.name}> may hold only text, not <${tag.local}>`);
		if (!parent && tag.local !== 'svg') report('expected the file to start with an <svg> element');
		if (parent && tag.local === 'svg') report('<svg> may not be nested inside the diagram');
		for (const attribute of Object.values(tag.attributes)) {
			const problem = attributeProblem(element.name, attribute.name, attribute.value, !parent);
			if (problem) report(problem);
			else if (attribute.name !== 'xmlns') element.attributes.push([attribute.name, attribute.value]);
		}
		if (parent) parent.children.push(element);
		else root ??= element;
		stack.push(element);
	});
	parser.on('closetag', () => void stack.pop());
	parser.on('text', (text) => {
		const parent = stack.at(-1);
		if (!parent) return;
		if (!HOLDS_TEXT.has(parent.name) && text.trim()) report(`text ${JSON.stringify(text.trim().slice(0, 40))} must be inside <text>, not <${parent.name}>`);
		parent.children.push(text);
	});

	try {
		parser.write(source).close();
	} catch (error) {
		report(`the file is not well-formed XML (${(error as Error).message})`);
		wellFormed = false;
	}
	if (wellFormed && root?.name === 'svg') problems.push(...rootProblems(root));
	if (wellFormed && !root) problems.push('expected the file to start with an <svg> element');
	const unique = [...new Set(problems)];
	return unique.length === 0 ? { problems: unique, svg: root } : { problems: unique };
}

/** What is wrong with a diagram's SVG source; an empty list means it may be used. */
export function diagramProblems(source: string): string[] {
	return checkDiagram(source).problems;
}

function attributeProblem(element: string, name: string, value: string, isRoot: boolean): string | undefined {
	if (isRoot && element === 'svg') {
		if (name === 'xmlns') return value === SVG_NAMESPACE ? undefined : `<svg> declares the namespace ${JSON.stringify(value)}; use ${SVG_NAMESPACE}`;
		if (name === 'viewBox') return VIEW_BOX.test(value) ? undefined : 'the viewBox must be four numbers: min-x min-y width height';
		if (name === 'width' || name === 'height') return 'remove width and height from the <svg> element: the page sizes the diagram';
	}
	if (name.startsWith('xmlns')) return `<${element}> declares the namespace ${name}; diagrams use the SVG namespace only`;
	if (COLOUR_ATTRIBUTES.has(name) && value.trim() !== 'none') return `<${element}> sets ${name}: colour shapes with the ct-* classes instead, so the diagram follows the theme`;
	if (name === 'class') {
		const unknown = value.split(/\s+/).filter((token) => token && !DIAGRAM_CLASSES.includes(token));
		if (unknown.length > 0) return `<${element}> has the class ${unknown.join(', ')}; diagrams use ${DIAGRAM_CLASSES.join(', ')}`;
	}
	if (!ATTRIBUTES.has(name)) return `<${element}> has the attribute ${name}, which diagrams may not use`;
	return undefined;
}

function rootProblems(svg: DiagramElement): string[] {
	const problems: string[] = [];
	if (!svg.attributes.some(([name]) => name === 'viewBox')) problems.push('the <svg> element needs a viewBox attribute');
	const first = svg.children.find((child) => typeof child !== 'string' || child.trim());
	const title = typeof first === 'string' ? undefined : first;
	if (title?.name !== 'title' || !textOf(title).trim()) problems.push('expected a <title> as the first thing inside <svg>');
	return problems;
}

function textOf(element: DiagramElement): string {
	return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

/** Whether the diagram draws any arrow, and so needs the arrowhead marker. */
export function usesArrows(element: DiagramElement): boolean {
	return hasClass(element, 'ct-arrow') || element.children.some((child) => typeof child !== 'string' && usesArrows(child));
}

function hasClass(element: DiagramElement, name: string): boolean {
	return element.attributes.some(([attribute, value]) => attribute === 'class' && value.split(/\s+/).includes(name));
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replaceAll('"', '&quot;');

/**
 * The markup of a checked diagram's children, for inlining inside the page's own <svg>
 * element. Every `ct-arrow` shape ends in the marker with id `arrowheadId`, which the
 * Diagram component draws once per diagram so that two diagrams never share an id.
 */
export function diagramBody(svg: DiagramElement, { arrowheadId }: { arrowheadId: string }): string {
	const serialize = (node: DiagramElement | string): string => {
		if (typeof node === 'string') return escapeText(node);
		const attributes = [...node.attributes];
		if (hasClass(node, 'ct-arrow')) attributes.push(['marker-end', `url(#${arrowheadId})`]);
		const open = `<${node.name}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}`;
		return node.children.length === 0 ? `${open}/>` : `${open}>${node.children.map(serialize).join('')}</${node.name}>`;
	};
	return svg.children.map(serialize).join('');
}

/** The checked viewBox of a diagram's root element. */
export function diagramViewBox(svg: DiagramElement): string {
	return svg.attributes.find(([name]) => name === 'viewBox')![1];
}
