import type { Element, Root } from 'hast';

/**
 * Wraps each table in a box that scrolls sideways, so a wide table never widens the
 * page on a phone. The box can take keyboard focus, so it can be scrolled without a mouse.
 */
export function rehypeScrollableTables() {
	return (tree: Root) => {
		const wrap = (parent: Root | Element) => {
			parent.children = parent.children.map((child) => {
				if (child.type !== 'element') return child;
				if (child.tagName !== 'table') {
					wrap(child);
					return child;
				}
				return {
					type: 'element',
					tagName: 'div',
					properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table (scrolls sideways on small screens)' },
					children: [child],
				} satisfies Element;
			}) as typeof parent.children;
		};
		wrap(tree);
	};
}
