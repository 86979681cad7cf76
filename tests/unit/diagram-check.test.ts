import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkDiagram, diagramBody, diagramProblems, diagramViewBox, usesArrows } from '../../src/data/diagram-check.ts';

const good = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 200">
	<title>Change flow</title>
	<rect class="ct-ops" x="10" y="10" width="120" height="50" rx="6"/>
	<line class="ct-arrow" x1="130" y1="35" x2="200" y2="35"/>
	<path class="ct-line" d="M0 0 L10 10" fill="none"/>
	<text class="ct-label" x="70" y="35" text-anchor="middle" dominant-baseline="middle">Finding</text>
</svg>`;

/** Asserts that `svg` is refused with a problem matching `message`. */
function assertRefused(svg: string, message: RegExp) {
	const { problems, svg: tree } = checkDiagram(svg);
	assert.equal(tree, undefined, `no tree for a refused diagram (${message})`);
	assert.ok(problems.some((problem) => message.test(problem)), `expected ${message}, got: ${problems.join(' | ')}`);
}

test('a diagram drawn with shapes and ct-* classes passes, with or without an XML declaration', () => {
	assert.deepEqual(diagramProblems(good), []);
	assert.deepEqual(diagramProblems(`<?xml version="1.0" encoding="UTF-8"?>\n${good}`), []);
});

test('every diagram of the course passes', () => {
	const folder = new URL('../../content/diagrams/', import.meta.url);
	for (const name of readdirSync(folder).filter((file) => file.endsWith('.svg'))) {
		assert.deepEqual(diagramProblems(readFileSync(new URL(name, folder), 'utf8')), [], name);
	}
});

test('each broken rule is named', () => {
	const cases: [string, RegExp][] = [
		[good.replace(' viewBox="0 0 640 200"', ''), /needs a viewBox/],
		[good.replace('0 0 640 200', '0 0 640'), /viewBox must be four numbers/],
		[good.replace('<svg ', '<svg width="640" '), /remove width and height/],
		[good.replace('<title>Change flow</title>', ''), /expected a <title>/],
		[good.replace('<title>Change flow</title>', '<title> </title>'), /expected a <title>/],
		[good.replace('</svg>', '<script>alert(1)</script></svg>'), /<script> is not allowed/],
		[good.replace('</svg>', '<image href="https://example.com/x.png"/></svg>'), /<image> is not allowed/],
		[good.replace('</svg>', '<foreignObject></foreignObject></svg>'), /<foreignObject> is not allowed/],
		[good.replace('</svg>', '<a><text>x</text></a></svg>'), /<a> is not allowed/],
		[good.replace('</svg>', '<style>rect { fill: red }</style></svg>'), /<style> is not allowed/],
		[good.replace('class="ct-ops"', 'class="ct-ops" fill="#ff0000"'), /<rect> sets fill: colour shapes with the ct-\* classes/],
		[good.replace('class="ct-ops"', 'class="ct-ops" style="fill:red"'), /<rect> has the attribute style/],
		[good.replace('class="ct-ops"', 'class="ct-ops" onclick="alert(1)"'), /<rect> has the attribute onclick/],
		[good.replace('class="ct-ops"', 'class="ct-ops" font-family="Comic Sans"'), /<rect> has the attribute font-family/],
		[good.replace('class="ct-ops"', 'class="ct-ops" id="main"'), /<rect> has the attribute id/],
		[good.replace('class="ct-ops"', 'class="ct-ops notice"'), /<rect> has the class notice; diagrams use ct-box/],
		[good.replace('</svg>', 'stray words</svg>'), /text "stray words" must be inside <text>/],
		[good.replace('<title>Change flow</title>', '<title>Change <tspan>flow</tspan></title>'), /<title> may hold only text/],
		['<div>not svg</div>', /start with an <svg> element/],
		['', /start with an <svg> element|not well-formed/],
	];
	for (const [svg, message] of cases) assertRefused(svg, message);
});

test('the review’s two bypasses are refused by the parser itself', () => {
	// A handler after "/" instead of a space: not well-formed XML.
	assertRefused(good.replace('<rect class="ct-ops"', '<rect class="ct-box"/onclick="alert(1)"/><rect class="ct-ops"'), /not well-formed XML/);
	// An HTML comment "closed" early with --!>: a comment, and a malformed one.
	const comment = '<!-- --!><img src=x><meta http-equiv="refresh" content="3;url=https://phish.example/"><a href="https://phish.example/login">Sign in again</a> -->';
	assertRefused(good.replace('</svg>', `${comment}</svg>`), /comment/);
});

test('comments, CDATA, processing instructions, DOCTYPE and entities are refused', () => {
	assertRefused(`<!-- made by hand -->\n${good}`, /remove the comment/);
	assertRefused(good.replace('Finding', '<![CDATA[<img src=x onerror=alert(1)>]]>'), /remove the CDATA section/);
	assertRefused(`<?xml version="1.0"?>\n<?xml-stylesheet href="https://example.com/x.css"?>\n${good}`, /processing instruction <\?xml-stylesheet/);
	assertRefused(`<!DOCTYPE svg [<!ENTITY x "<img src=x>">]>\n${good.replace('Finding', '&x;')}`, /remove the <!DOCTYPE/);
	assertRefused(`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${good}`, /remove the <!DOCTYPE/);
	assertRefused(good.replace('Finding', 'A&nbsp;B'), /not well-formed XML.*undefined entity/);
	// Billion laughs never gets as far as expanding anything.
	const laughs = `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`;
	assertRefused(`${laughs}\n${good.replace('Finding', '&b;')}`, /DOCTYPE/);
});

test('other namespaces and smuggled HTML are refused', () => {
	assertRefused(good.replace('http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml'), /not an SVG element/);
	assertRefused(good.replace('<svg ', '<svg xmlns:h="http://www.w3.org/1999/xhtml" ').replace('</svg>', '<h:script>alert(1)</h:script></svg>'), /declares the namespace xmlns:h|not an SVG element/);
	assertRefused(good.replace('<rect ', '<rect xlink:href="javascript:alert(1)" '), /not well-formed XML|xlink:href/);
	assertRefused(good.replace('<svg ', '<svg xmlns:xlink="http://www.w3.org/1999/xlink" ').replace('<rect ', '<rect xlink:href="https://example.com" '), /xmlns:xlink|xlink:href/);
	assertRefused(good.replace('</svg>', '<svg viewBox="0 0 1 1"><title>x</title></svg></svg>'), /may not be nested/);
});

test('the page gets the serialized, checked tree: text re-escaped, arrows pointing at this diagram’s own marker', () => {
	const source = good.replace('Finding', 'Risk &lt;script&gt; &amp; &#60;b&#62; "quoted"').replace('rx="6"', 'rx="6&quot;&gt;"');
	const { svg } = checkDiagram(source);
	assert.ok(svg);
	assert.equal(diagramViewBox(svg), '0 0 640 200');
	assert.equal(usesArrows(svg), true);
	const body = diagramBody(svg, { arrowheadId: 'diagram-x-2-arrowhead' });
	assert.match(body, /^\s*<title>Change flow<\/title>/);
	assert.match(body, />Risk &lt;script&gt; &amp; &lt;b&gt; "quoted"<\/text>/);
	assert.match(body, /rx="6&quot;&gt;"/);
	assert.match(body, /<line class="ct-arrow" x1="130" y1="35" x2="200" y2="35" marker-end="url\(#diagram-x-2-arrowhead\)"\/>/);
	assert.doesNotMatch(body, /<svg|xmlns/);
	assert.equal(usesArrows(checkDiagram(good.replace('ct-arrow', 'ct-line')).svg!), false);
});

test('generated hostile diagrams: each is refused, or what the page gets parses as HTML into allowed SVG only', async () => {
	const { fromHtml } = await import('hast-util-from-html');
	const payloads = [
		'<script>alert(1)</script>', '<SCRIPT>alert(1)</SCRIPT>', '<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>',
		'<rect class="ct-box"/onclick="alert(1)"/>', '<rect class="ct-box" onclick="alert(1)"/>', '<rect class="ct-box" ONCLICK="alert(1)"/>', '<rect class="ct-box" onload="x"/>',
		'<!-- --!><img src=x onerror=alert(1)> -->', '<!-- x -->', '<!--><img src=x>-->', '<![CDATA[</text><img src=x onerror=alert(1)>]]>',
		'<?xml-stylesheet href="https://evil.example/x.css"?>', '<!DOCTYPE svg [<!ENTITY x "<img src=x>">]>', '&x;', '&nbsp;', '&lt;img src=x onerror=alert(1)&gt;',
		'<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>',
		'<a href="javascript:alert(1)"><text>x</text></a>', '<a xlink:href="javascript:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink"><text>x</text></a>',
		'<use href="#x"/>', '<image href="https://evil.example/x.png"/>', '<animate attributeName="href" to="javascript:alert(1)"/>', '<set attributeName="onclick" to="alert(1)"/>',
		'<style>rect{fill:red}</style>', '<rect class="ct-box" style="fill:red"/>', '<rect class="ct-box" fill="url(#x)"/>', '<rect class="ct-box" stroke="red"/>',
		'<rect class="ct-box" filter="url(https://evil.example/#f)"/>', '<rect class="ct-box" mask="url(#m)"/>', '<rect class="ct-box" id="main"/>',
		'<text class="ct-label">&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt;</text>', '<text class="ct-label">"&apos;&amp;amp;</text>',
		'<text class="ct-label" x="1&quot; onclick=&quot;alert(1)">x</text>', '<text class="ct-label" x="&lt;/svg&gt;">x</text>',
		'<html:div xmlns:html="http://www.w3.org/1999/xhtml">x</html:div>', '<math><mi>x</mi></math>', '<iframe src="https://evil.example/"/>',
		'<meta http-equiv="refresh" content="0;url=https://evil.example/"/>', '<title>second</title>', '<g><svg viewBox="0 0 1 1"><title>x</title></svg></g>',
		'<text class="ct-label"><tspan onclick="x">y</tspan></text>', '<desc><b>x</b></desc>', '<rect class="ct-box" xml:base="https://evil.example/"/>',
	];
	const base = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><title>T</title><g><text class="ct-label" x="1" y="1">Label</text></g></svg>`;
	const spots = [
		(payload: string) => base.replace('<g>', `<g>${payload}`),
		(payload: string) => base.replace('</svg>', `${payload}</svg>`),
		(payload: string) => base.replace('Label', `La${payload}bel`),
		(payload: string) => `${payload}${base}`,
		(payload: string) => base.replace('<title>T</title>', `<title>T</title>${payload}`),
	];
	const allowedElements = new Set(['svg', 'g', 'title', 'desc', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'defs', 'marker']);
	let tried = 0;
	let refused = 0;
	const leaks: string[] = [];
	for (const payload of payloads) {
		for (const spot of spots) {
			tried++;
			const { svg } = checkDiagram(spot(payload));
			if (!svg) {
				refused++;
				continue;
			}
			// What the browser builds from the page's markup, as Diagram.astro wraps it.
			const page = fromHtml(`<figure><svg viewBox="${diagramViewBox(svg)}">${diagramBody(svg, { arrowheadId: 'a' })}</svg></figure>`, { fragment: true });
			const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }, inSvg: boolean) => {
				if (node.type === 'comment') leaks.push(`${payload}: a comment`);
				if (node.type === 'element') {
					if (inSvg && !allowedElements.has(node.tagName!)) leaks.push(`${payload}: <${node.tagName}>`);
					for (const name of Object.keys(node.properties ?? {})) if (/^on|^style$|href/i.test(name)) leaks.push(`${payload}: ${name}`);
				}
				for (const child of node.children ?? []) visit(child as typeof node, inSvg || node.tagName === 'svg');
			};
			visit(page, false);
		}
	}
	console.log(`diagram generator: ${tried} hostile diagrams tried, ${refused} refused, ${tried - refused} accepted (their text escaped), ${leaks.length} leaks`);
	assert.deepEqual(leaks, []);
});
