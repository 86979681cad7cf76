/**
 * Finds links in the built site that lead nowhere: to a page or file that was not built,
 * or to an anchor that is not an id on its page. Run over every page after each build.
 */

/** A built HTML page: its URL path ("/modules/risk-vocabulary/") and its markup. */
export interface BuiltPage {
	path: string;
	html: string;
}

const ORIGIN = 'https://site.invalid';

function ids(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** Every internal link on a page, as written: href and src attributes that stay on this site. */
function internalLinks(html: string): string[] {
	const links = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
	return links.filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('//'));
}

/**
 * Returns one message per broken link, naming the page and the link. `files` holds the
 * URL paths of everything else that was built (scripts, styles, icons, JSON).
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>): string[] {
	const pageIds = new Map(pages.map((page) => [page.path, ids(page.html)]));
	const problems: string[] = [];
	for (const page of pages) {
		for (const link of new Set(internalLinks(page.html))) {
			const target = new URL(link, ORIGIN + page.path);
			const path = decodeURI(target.pathname);
			const anchor = decodeURIComponent(target.hash.slice(1));
			const targetIds = pageIds.get(path);
			if (!targetIds && !files.has(path)) {
				problems.push(`${page.path}: the link "${link}" leads to ${path}, which the build did not produce.`);
			} else if (anchor && targetIds && !targetIds.has(anchor)) {
				problems.push(`${page.path}: the link "${link}" points to #${anchor}, which is not an id on ${path}.`);
			}
		}
	}
	return problems;
}
