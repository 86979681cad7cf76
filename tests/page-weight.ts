/**
 * What a first visit to a page downloads, read from the built files: the HTML, the
 * stylesheets it links, the scripts it loads or preloads, and every chunk those
 * scripts import statically, each gzip-compressed on its own (zlib's default level 6,
 * what a typical static host sends). Scripts and styles written inline in the HTML are
 * counted as JS and CSS too (compressed on their own), since a visitor pays for them
 * on every page. Dynamic `import()` is not followed: it is not part of the first load.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of some bytes. */
export function gzipSize(content: string | NodeJS.ArrayBufferView): number {
	return gzipSync(content).length;
}

/** One file a page downloads. */
export interface PageFile {
	url: string;
	kind: 'css' | 'js';
	raw: number;
	gzip: number;
	/** Libraries recognised in a JS chunk by marks they leave in minified code. */
	libraries: string[];
}

// Strings that survive minification, so a chunk's libraries can be named in the report.
const LIBRARY_MARKS: Record<string, RegExp> = {
	zod: /\$ZodType|ZodError/,
	lunr: /lunr/,
	'ts-fsrs': /Cannot review a manual rating/,
};

/** The first-load weight of one page, in bytes. */
export interface PageWeight {
	path: string;
	htmlRaw: number;
	htmlGzip: number;
	/** JS files (loaded, preloaded or imported), gzip. */
	jsFilesGzip: number;
	/** Inline scripts, each compressed on its own. */
	jsInlineGzip: number;
	cssFilesGzip: number;
	cssInlineGzip: number;
	files: PageFile[];
	/** URLs of resources the HTML or its scripts point at on another origin. */
	otherOrigins: string[];
}

// Attributes of a tag, as name → value; names lowercased.
function attributes(tag: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const match of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
		found[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
	}
	return found;
}

/** Static import and re-export specifiers in a (possibly minified) module: `import{a}from"./x.js"`, `import"./y.js"`. */
export function staticImports(code: string): string[] {
	const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
	return [...code.matchAll(pattern)].map((match) => match[1]!);
}

const isExecutable = (type: string | undefined) => !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';

/**
 * Reads the page at `path` ("/modules/risk-vocabulary/") from the built `dist` folder
 * and adds up what a first visit downloads. `siteOrigin` is the origin the pages are
 * served from; any other origin counts as a third-party request.
 */
export function measurePageWeight(dist: string, path: string, siteOrigin = 'http://127.0.0.1'): PageWeight {
	const htmlFile = join(dist, path, path.endsWith('/') ? 'index.html' : '');
	const html = readFileSync(htmlFile, 'utf8');
	const pageUrl = new URL(path, siteOrigin);
	const files = new Map<string, PageFile>();
	const otherOrigins = new Set<string>();
	const pendingScripts: string[] = [];
	let jsInlineGzip = 0;
	let cssInlineGzip = 0;

	const resolve = (reference: string, base: URL): URL | undefined => {
		if (!reference || reference.startsWith('data:')) return undefined;
		const url = new URL(reference, base);
		if (url.origin !== pageUrl.origin) {
			otherOrigins.add(url.href);
			return undefined;
		}
		return url;
	};
	const addFile = (url: URL, kind: PageFile['kind']): string | undefined => {
		if (files.has(url.pathname)) return undefined;
		const file = join(dist, url.pathname);
		if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${path} refers to ${url.pathname}, which is not in the build.`);
		const content = readFileSync(file);
		const text = content.toString('utf8');
		const libraries = kind === 'js' ? Object.keys(LIBRARY_MARKS).filter((name) => LIBRARY_MARKS[name]!.test(text)) : [];
		files.set(url.pathname, { url: url.pathname, kind, raw: content.length, gzip: gzipSize(content), libraries });
		return text;
	};
	const followImports = (code: string, base: URL) => {
		for (const specifier of staticImports(code)) {
			const url = resolve(specifier, base);
			if (url) pendingScripts.push(url.href);
		}
	};

	for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
		const tag = attributes(match[0]);
		const rel = (tag.rel ?? '').toLowerCase().split(/\s+/);
		if (rel.includes('stylesheet')) {
			const url = resolve(tag.href ?? '', pageUrl);
			if (url) addFile(url, 'css');
		} else if (rel.includes('modulepreload')) {
			const url = resolve(tag.href ?? '', pageUrl);
			if (url) pendingScripts.push(url.href);
		} else if (rel.includes('preload') || rel.includes('icon')) {
			resolve(tag.href ?? '', pageUrl);
		}
	}
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const tag = attributes(`<script ${match[1]}>`);
		if (!isExecutable(tag.type)) continue;
		if (tag.src !== undefined) {
			const url = resolve(tag.src, pageUrl);
			if (url) pendingScripts.push(url.href);
		} else {
			jsInlineGzip += gzipSize(match[2]!);
			followImports(match[2]!, pageUrl);
		}
	}
	for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) cssInlineGzip += gzipSize(match[1]!);
	for (const match of html.matchAll(/<(?:img|iframe|audio|video|source)\b[^>]*>/gi)) resolve(attributes(match[0]).src ?? '', pageUrl);

	while (pendingScripts.length > 0) {
		const url = new URL(pendingScripts.shift()!);
		const code = addFile(url, 'js');
		if (code !== undefined) followImports(code, url);
	}

	const sum = (kind: PageFile['kind']) => [...files.values()].filter((file) => file.kind === kind).reduce((total, file) => total + file.gzip, 0);
	return {
		path,
		htmlRaw: Buffer.byteLength(html),
		htmlGzip: gzipSize(html),
		jsFilesGzip: sum('js'),
		jsInlineGzip,
		cssFilesGzip: sum('css'),
		cssInlineGzip,
		files: [...files.values()],
		otherOrigins: [...otherOrigins],
	};
}
