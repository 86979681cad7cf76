/**
 * Turns a module page of the LMS build into the page a package carries. An LMS serves a
 * package under a path of its own choosing, so the page's files are referred to
 * relatively; and a SCO's session ends when its frame navigates, so every link opens in
 * a new tab, pages of the site on the hosted site. Scripts and styles are left exactly
 * as built: their CSP hashes must still match.
 */
import type { LmsStandard } from '../../client/lms/page-data.ts';

export interface PageOptions {
	/** The standard the package speaks, for the page's LMS session. */
	standard: Exclude<LmsStandard, 'auto'>;
	/** The hosted site's root URL, ending in "/". */
	site: string;
	/** From the page to the package's root: "../../" for modules/<slug>/index.html. */
	root: string;
	/** The page's path in the package, for error messages. */
	name: string;
}

/** Files the pages refer to by absolute path that the package carries; any other path is a page of the site. */
const PACKAGED = /^\/(?:_astro\/|favicon\.svg$)/;

/** Splits HTML into markup and the contents of script and style elements, which are never rewritten. */
function segments(html: string): { text: string; code: boolean }[] {
	const parts: { text: string; code: boolean }[] = [];
	let cursor = 0;
	for (const match of html.matchAll(/(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/gi)) {
		const start = match.index! + match[1]!.length;
		parts.push({ text: html.slice(cursor, start), code: false }, { text: match[3]!, code: true });
		cursor = start + match[3]!.length;
	}
	parts.push({ text: html.slice(cursor), code: false });
	return parts;
}

/** The page as a package carries it. Throws, naming the page, if a reference to the site root is left. */
export function packagedPage(html: string, { standard, site, root, name }: PageOptions): string {
	const markup = (text: string) =>
		text
			.replace(/\s(src|href)="(\/(?!\/)[^"]*)"/g, (_, attribute: string, path: string) => ` ${attribute}="${PACKAGED.test(path) ? root + path.slice(1) : site + path.slice(1)}"`)
			.replace(/<a(?![^>]*\starget=)(\s[^>]*?\bhref="(?!#)[^"]*"[^>]*)>/g, '<a target="_blank" rel="noopener"$1>');
	let page = segments(html)
		.map(({ text, code }) => (code ? text : markup(text)))
		.join('');
	const data = /(<script type="application\/json" id="crosstrain-lms">[^<]*)"standard":"auto"/;
	if (!data.test(page)) throw new Error(`${name}: the page has no LMS data block; was it built with CROSSTRAIN_TARGET=lms?`);
	page = page.replace(data, `$1"standard":"${standard}"`);
	if (standard === 'cmi5') {
		// The LRS is only known at launch (cmi5 §8.1), so the AU may connect to any https origin; the hosted site's policy is unchanged.
		const csp = /(<meta http-equiv="content-security-policy" content="default-src 'self';)/;
		if (!csp.test(page)) throw new Error(`${name}: no Content-Security-Policy meta tag starting with default-src 'self' to extend for the LRS.`);
		page = page.replace(csp, `$1connect-src 'self' https:;`);
	}
	const left = segments(page)
		.filter(({ code }) => !code)
		.flatMap(({ text }) => [...text.matchAll(/\s(?:src|href)="(\/(?!\/)[^"]*)"/g)].map((match) => match[1]));
	if (left.length > 0) throw new Error(`${name}: still refers to ${left.join(', ')} from the site root.`);
	return page;
}

/** The files a built script or stylesheet imports, relative to its folder (Vite writes "./name.js"). */
export function importsOf(code: string): string[] {
	return [...new Set([...code.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)].map((match) => match[1]!))];
}

/** The packaged files a page refers to, as absolute paths ("/_astro/x.js"). */
export function referencesOf(html: string): string[] {
	return [...new Set([...html.matchAll(/\s(?:src|href)="(\/(?!\/)[^"]*)"/g)].map((match) => match[1]!).filter((path) => PACKAGED.test(path)))];
}
