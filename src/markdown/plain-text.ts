/** Turns a module's Markdown/MDX source into plain text for search: good enough to match and quote. */

/** The `##` and `###` headings of a Markdown document, as plain text. */
export function markdownHeadings(markdown: string): string[] {
	return [...markdown.matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => inlineToText(match[1]!));
}

function inlineToText(text: string): string {
	return text
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text
		.replace(/<[^>]+>/g, ' ') // HTML and JSX tags
		.replace(/[*_`~]+/g, '') // emphasis and code markers
		.replace(/\s+/g, ' ')
		.trim();
}

/** The prose of a Markdown/MDX document without its markup. */
export function markdownToText(markdown: string): string {
	return inlineToText(
		markdown
			.replace(/^(import|export)\s.*$/gm, '')
			.replace(/^```.*$/gm, '')
			.replace(/^\s{0,3}#{1,6}\s+/gm, '')
			.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
			.replace(/^\s*>\s?/gm, '')
			.replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, '') // table rule lines
			.replace(/\s*\|\s*/g, ' '),
	);
}

/**
 * The prose of a module in which glossary terms are linked: like `markdownToText`, but without
 * headings, code and the text of links, which the module pipeline never links either.
 */
export function linkableProse(markdown: string): string {
	return markdownToText(
		markdown
			.replace(/^```[\s\S]*?^```.*$/gm, '')
			.replace(/`[^`]*`/g, '')
			.replace(/^\s{0,3}#{1,6}\s.*$/gm, '')
			.replace(/!?\[[^\]]*\]\([^)]*\)/g, ''),
	);
}
