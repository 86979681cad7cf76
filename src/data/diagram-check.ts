/**
 * Checks a diagram's SVG source before it is inlined into a page. Diagrams must draw
 * only with plain shapes and the site's colour classes: no scripts, links, images or
 * inline styles (the page's Content-Security-Policy would block those anyway), and a
 * viewBox without fixed size so they scale to any screen.
 */

const ALLOWED_ELEMENTS = new Set([
	'svg', 'g', 'title', 'desc', 'defs', 'marker', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan',
]);
const FORBIDDEN_ATTRIBUTES = /\s(style|href|xlink:href|on[a-z]+|font-family)\s*=/i;
// Colours come from classes; only "none" may be set directly.
const COLOUR_ATTRIBUTES = /\s(fill|stroke|color)\s*=\s*["'](?!none["'])/i;

/** Returns what is wrong with a diagram's SVG source; an empty list means it may be used. */
export function diagramProblems(svg: string): string[] {
	const problems: string[] = [];
	const source = svg.replace(/<\?xml[^>]*>/, '').replace(/<!--[\s\S]*?-->/g, '').trim();
	const root = /^<svg\b([^>]*)>/.exec(source);
	if (!root) return ['expected the file to start with an <svg> element'];
	if (!/\sviewBox\s*=/.test(root[1]!)) problems.push('the <svg> element needs a viewBox attribute');
	if (/\s(width|height)\s*=/.test(root[1]!)) problems.push('remove width and height from the <svg> element: the page sizes the diagram');
	if (!/^<svg\b[^>]*>\s*<title>[^<]+<\/title>/.test(source)) problems.push('expected a <title> as the first thing inside <svg>');

	const elements = new Set([...source.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((match) => match[1]!));
	for (const element of elements) {
		if (!ALLOWED_ELEMENTS.has(element)) problems.push(`<${element}> is not allowed; use only ${[...ALLOWED_ELEMENTS].join(', ')}`);
	}
	for (const tag of source.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
		const [, element, attributes] = tag as unknown as [string, string, string];
		const colour = COLOUR_ATTRIBUTES.exec(attributes);
		if (colour) problems.push(`<${element}> sets ${colour[1]}: colour shapes with the ct-* classes instead, so the diagram follows the theme`);
		const forbidden = FORBIDDEN_ATTRIBUTES.exec(attributes);
		if (forbidden) problems.push(`<${element}> has the attribute ${forbidden[1]}, which diagrams may not use`);
	}
	return [...new Set(problems)];
}
