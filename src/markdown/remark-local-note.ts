import type { VFile } from 'vfile';

/** Just enough of an mdast tree to find headings and insert a component. */
interface Node {
	type: string;
	depth?: number;
	value?: string;
	children?: Node[];
	[key: string]: unknown;
}

/** Where each module's local note goes: module slug → the heading it goes before (undefined: the end of the text). */
export type LocalNotePlaces = ReadonlyMap<string, string | undefined>;

/** The component the module page renders the note with: `<LocalNote module="slug" />`. */
export const LOCAL_NOTE_COMPONENT = 'LocalNote';

/** A heading's text as a reader sees it: formatting and links dropped. */
function textOf(node: Node): string {
	return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** Whether two headings read the same, case and spacing aside. */
export function sameHeading(a: string, b: string): boolean {
	const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
	return plain(a) === plain(b);
}

/**
 * Puts an organization's local note (content/local/<slug>.mdx) into its module: a
 * `<LocalNote module="slug" />` before the heading the note names, or at the end of the
 * text. The module itself is not changed, so a course update never conflicts with a note.
 * Runs after any plugin that restricts what authors may write, since authors cannot
 * write this component themselves.
 */
export function remarkLocalNote(places: LocalNotePlaces) {
	return () => (tree: { children: unknown[] }, file: VFile) => {
		const slug = /[\\/]content[\\/]modules[\\/]([^\\/]+)\.mdx$/.exec(file.path ?? '')?.[1];
		if (!slug || !places.has(slug)) return;
		const before = places.get(slug);
		const children = tree.children as Node[];
		const at = before === undefined ? -1 : children.findIndex((node) => node.type === 'heading' && (node.depth ?? 0) >= 2 && sameHeading(textOf(node), before));
		children.splice(at === -1 ? children.length : at, 0, {
			type: 'mdxJsxFlowElement',
			name: LOCAL_NOTE_COMPONENT,
			attributes: [{ type: 'mdxJsxAttribute', name: 'module', value: slug }],
			children: [],
		});
	};
}
