/**
 * Writes dist/sw.js after the build: the service worker in src/client/service-worker.js, told which files
 * to cache on install, which pages it may keep once visited (the cache holds nothing else), and a version
 * that changes whenever any of them does.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Pages and data cached on install, besides every hashed asset. */
export const SHELL = ['/', '/glossary/', '/search/', '/search-index.ndjson', '/progress/', '/offline/', '/favicon.svg'];

/** Data a page fetches, kept once fetched like a visited page: the review questions (69 KB gzip, too much to cache on install for everyone). */
export const KEPT_DATA = ['/review/questions.json'];

/** The file in dist that serves a URL path. */
function fileFor(root: string, path: string): string {
	return join(root, path.endsWith('/') ? `${path}index.html` : path);
}

/** The URL path of every page the build wrote, sorted: dist/glossary/index.html → /glossary/. The 404 page is no page to keep. */
async function pagePaths(root: string): Promise<string[]> {
	const files = await readdir(root, { recursive: true, encoding: 'utf8' });
	return files
		.filter((file) => file.endsWith('.html') && file !== '404.html')
		.map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''))
		.sort();
}

export function offlineCache(): AstroIntegration {
	return {
		name: 'crosstrain:offline-cache',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const assets = (await readdir(join(root, '_astro'))).sort().map((name) => `/_astro/${name}`);
				const precache = [...SHELL, ...assets];
				const pages = [...(await pagePaths(root)), ...KEPT_DATA].filter((path) => !SHELL.includes(path));
				const hash = createHash('sha256').update(JSON.stringify(pages));
				for (const path of precache) hash.update(path).update(await readFile(fileFor(root, path)));
				const version = hash.digest('hex').slice(0, 16);
				const worker = await readFile(new URL('../client/service-worker.js', import.meta.url), 'utf8');
				const header = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\nconst PAGES = ${JSON.stringify(pages)};\n`;
				await writeFile(join(root, 'sw.js'), header + worker);
				logger.info(`Service worker ${version}: ${precache.length} files cached on install, up to ${pages.length} more pages as they are visited.`);
			},
		},
	};
}
