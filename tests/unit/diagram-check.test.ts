import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagramProblems } from '../../src/data/diagram-check.ts';

const good = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 200">
	<title>Change flow</title>
	<rect class="ct-ops" x="10" y="10" width="120" height="50" rx="6"/>
	<line class="ct-arrow" x1="130" y1="35" x2="200" y2="35"/>
	<path class="ct-line" d="M0 0 L10 10" fill="none"/>
	<text class="ct-label" x="70" y="35" text-anchor="middle" dominant-baseline="middle">Finding</text>
</svg>`;

test('a diagram drawn with shapes and ct-* classes passes', () => {
	assert.deepEqual(diagramProblems(good), []);
	assert.deepEqual(diagramProblems(`<?xml version="1.0"?>\n<!-- made by hand -->\n${good}`), []);
});

test('each broken rule is named', () => {
	const cases: [string, RegExp][] = [
		[good.replace(' viewBox="0 0 640 200"', ''), /needs a viewBox/],
		[good.replace('<svg ', '<svg width="640" '), /remove width and height/],
		[good.replace('<title>Change flow</title>', ''), /expected a <title>/],
		[good.replace('</svg>', '<script>alert(1)</script></svg>'), /<script> is not allowed/],
		[good.replace('</svg>', '<image href="https://example.com/x.png"/></svg>'), /<image> is not allowed/],
		[good.replace('</svg>', '<foreignObject></foreignObject></svg>'), /<foreignObject> is not allowed/],
		[good.replace('class="ct-ops"', 'class="ct-ops" fill="#ff0000"'), /<rect> sets fill: colour shapes with the ct-\* classes/],
		[good.replace('class="ct-ops"', 'class="ct-ops" style="fill:red"'), /<rect> has the attribute style/],
		[good.replace('class="ct-ops"', 'class="ct-ops" onclick="alert(1)"'), /<rect> has the attribute onclick/],
		['<div>not svg</div>', /start with an <svg> element/],
	];
	for (const [svg, message] of cases) {
		const problems = diagramProblems(svg);
		assert.ok(problems.some((problem) => message.test(problem)), `expected ${message}, got: ${problems.join(' | ')}`);
	}
});
