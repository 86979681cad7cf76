import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { rehypeGlossaryLinks } from '../../src/markdown/rehype-glossary-links.ts';

const link = rehypeGlossaryLinks({
	terms: [{ slug: 'incident', term: 'Incident', abbreviations: [], aliases: [], definition: 'Something that goes wrong.' }],
	moduleSlugs: ['change'],
})();

/** The glossary links in one paragraph of prose from `path`: [link text, tooltip id]. */
function linksIn(path: string, text: string) {
	const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] };
	link(tree, new VFile({ path }));
	const found: [string, string][] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'a') found.push([(child.children[0] as { value: string }).value, String((child.properties.ariaDescribedBy as string[])[0])]);
			walk(child);
		}
	};
	walk(tree);
	return found;
}

test("a module's first mention of a term is linked", () => {
	assert.deepEqual(linksIn('/site/content/modules/change.mdx', 'An incident, then another incident.'), [['incident', 'term-tip-incident']]);
});

test("a local note's terms are linked too, with tooltips of their own beside the module's", () => {
	assert.deepEqual(linksIn('/site/content/local/change.mdx', 'Report an incident.'), [['incident', 'term-tip-local-incident']]);
});

test("a term's own note does not link the term to the page it is on", () => {
	assert.deepEqual(linksIn('/site/content/local/glossary/incident.md', 'An incident here is logged.'), []);
	assert.deepEqual(linksIn('/site/content/local/glossary/change.md', 'An incident here is logged.'), [['incident', 'term-tip-local-incident']]);
});

test('other Markdown is left alone', () => {
	assert.deepEqual(linksIn('/site/content/elsewhere/x.md', 'An incident.'), []);
});
