import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { createTermMatcher, type TermNames } from './term-matcher.ts';

/** What the module pipeline needs to know about one glossary term. */
export interface LinkableTerm extends TermNames {
	/** The one-sentence definition shown when the link is hovered or focused. */
	definition: string;
}

export interface GlossaryLinkOptions {
	terms: readonly LinkableTerm[];
	/** Slugs of every module, to check links that authors write by hand. */
	moduleSlugs: readonly string[];
}

// Text in these elements is never linked: it is already a link, code, a heading, or not prose.
const SKIPPED = new Set(['a', 'code', 'pre', 'kbd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'script', 'style', 'button']);

/**
 * Links the first mention of each glossary term in a module's prose (and in an
 * organization's local note) to its term page, with the definition as a tooltip. Also
 * fails the build when a hand-written link points at a glossary term or module that does
 * not exist.
 */
export function rehypeGlossaryLinks({ terms, moduleSlugs }: GlossaryLinkOptions) {
	const matcher = createTermMatcher(terms);
	const definitions = new Map(terms.map((t) => [t.slug, t.definition]));
	const known = { glossary: new Set(terms.map((t) => t.slug)), modules: new Set(moduleSlugs) };

	return () => (tree: Root, file: VFile) => {
		const prose = linkedProse(file);
		if (!prose) return;
		// A term's own note never links the term to the page it is on.
		const linked = new Set<string>(prose.term ? [prose.term] : []);

		const walk = (parent: Root | Element) => {
			const children: (typeof parent.children)[number][] = [];
			for (const child of parent.children) {
				if (child.type === 'element') {
					if (child.tagName === 'a') checkHandWrittenLink(child, known, file);
					if (!SKIPPED.has(child.tagName)) walk(child);
					children.push(child);
				} else if (child.type === 'text') {
					children.push(...linkMentions(child, matcher, linked, definitions, prose.tipPrefix));
				} else {
					// MDX adds node types of its own (JSX elements) whose children are prose too.
					if (Array.isArray((child as { children?: unknown }).children)) walk(child as unknown as Element);
					children.push(child);
				}
			}
			parent.children = children as typeof parent.children;
		};
		walk(tree);
	};
}

/**
 * Which prose is linked: modules, and the local notes shown in modules and term pages. A
 * note's tooltips get ids of their own, since the module around it may link the same term.
 */
function linkedProse(file: VFile): { tipPrefix: string; term?: string } | undefined {
	const path = file.path ?? '';
	if (/[\\/]content[\\/]modules[\\/][^\\/]+\.mdx?$/.test(path)) return { tipPrefix: 'term-tip-' };
	if (/[\\/]content[\\/]local[\\/][^\\/]+\.mdx$/.test(path)) return { tipPrefix: 'term-tip-local-' };
	const term = /[\\/]content[\\/]local[\\/]glossary[\\/]([^\\/]+)\.md$/.exec(path)?.[1];
	return term ? { tipPrefix: 'term-tip-local-', term } : undefined;
}

function linkMentions(
	node: Text,
	matcher: ReturnType<typeof createTermMatcher>,
	linked: Set<string>,
	definitions: Map<string, string>,
	tipPrefix: string,
): ElementContent[] {
	const pieces: ElementContent[] = [];
	let cursor = 0;
	for (const { slug, start, end } of matcher(node.value)) {
		if (linked.has(slug)) continue;
		linked.add(slug);
		if (start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, start) });
		pieces.push(termLink(slug, node.value.slice(start, end), definitions.get(slug) ?? '', `${tipPrefix}${slug}`));
		cursor = end;
	}
	if (cursor === 0) return [node];
	if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
	return pieces;
}

function termLink(slug: string, text: string, definition: string, tipId: string): Element {
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['term'] },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: { href: `/glossary/${slug}/`, className: ['term-link'], ariaDescribedBy: [tipId] },
				children: [{ type: 'text', value: text }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { id: tipId, role: 'tooltip', className: ['term-tip'] },
				children: [{ type: 'text', value: definition }],
			},
		],
	};
}

function checkHandWrittenLink(
	link: Element,
	known: { glossary: Set<string>; modules: Set<string> },
	file: VFile,
) {
	const href = String(link.properties.href ?? '');
	const match = /^\/(glossary|modules)\/([^/#?]+)\/?(?:[#?].*)?$/.exec(href);
	if (!match) return;
	const [, section, slug] = match as unknown as [string, 'glossary' | 'modules', string];
	if (!known[section].has(slug)) {
		const folder = section === 'glossary' ? 'content/glossary/' : 'content/modules/';
		throw new Error(
			`${file.path}: the link "${href}" points to ${section} "${slug}", which does not exist. ` +
				`Expected the name of a file in ${folder} (without its extension).`,
		);
	}
}
