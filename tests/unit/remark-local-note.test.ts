import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import { remarkLocalNote, sameHeading } from '../../src/markdown/remark-local-note.ts';

const heading = (text: string, depth = 2) => ({ type: 'heading', depth, children: [{ type: 'text', value: text }] });
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
const module = () => ({ children: [heading('Scenario'), paragraph('…'), heading('Key takeaways'), paragraph('…')] as { type: string; name?: string }[] });
const run = (places: Map<string, string | undefined>, path: string) => {
	const tree = module();
	remarkLocalNote(places)()(tree, new VFile({ path }));
	return tree.children.map((node) => node.name ?? node.type);
};

test("a module's note goes before the heading it names, or at the end", () => {
	const file = '/site/content/modules/change.mdx';
	assert.deepEqual(run(new Map([['change', 'Key takeaways']]), file), ['heading', 'paragraph', 'LocalNote', 'heading', 'paragraph']);
	assert.deepEqual(run(new Map([['change', undefined]]), file), ['heading', 'paragraph', 'heading', 'paragraph', 'LocalNote']);
});

test('modules without a note, and files that are not modules, are left alone', () => {
	assert.deepEqual(run(new Map([['other', 'Scenario']]), '/site/content/modules/change.mdx'), ['heading', 'paragraph', 'heading', 'paragraph']);
	assert.deepEqual(run(new Map([['change', 'Scenario']]), '/site/content/local/change.mdx'), ['heading', 'paragraph', 'heading', 'paragraph']);
});

test('the note names its module, for the page to render', () => {
	const tree = module();
	remarkLocalNote(new Map([['change', 'Scenario']]))()(tree, new VFile({ path: '/site/content/modules/change.mdx' }));
	assert.deepEqual(tree.children[0], {
		type: 'mdxJsxFlowElement',
		name: 'LocalNote',
		attributes: [{ type: 'mdxJsxAttribute', name: 'module', value: 'change' }],
		children: [],
	});
});

test('headings match as a reader sees them', () => {
	assert.ok(sameHeading('Key  takeaways ', 'key takeaways'));
	assert.ok(!sameHeading('Key takeaways', 'Takeaways'));
});
