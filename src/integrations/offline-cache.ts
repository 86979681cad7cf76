/**
 * Writes dist/sw.js after the build: the service worker in src/client/service-worker.js, told which files
 * to cache on install and a version that changes whenever any of them does.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Pages and data cached on install, besides every hashed asset. */
export const SHELL = ['/', '/glossary/', '/search/', '/search-index.ndjson', '/progress/', '/offline/', '/favicon.svg'];

/** The file in dist that serves a URL path. */
function fileFor(root: string, path: string): string {
	return join(root, path.endsWith('/') ? `${path}index.html` : path);
}

export function offlineCache(): AstroIntegration {
	return {
		name: 'crosstrain:offline-cache',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const assets = (await readdir(join(root, '_astro'))).sort().map((name) => `/_astro/${name}`);
				const precache = [...SHELL, ...assets];
				const hash = createHash('sha256');
				for (const path of precache) hash.update(path).update(await readFile(fileFor(root, path)));
				const version = hash.digest('hex').slice(0, 16);
				const worker = await readFile(new URL('../client/service-worker.js', import.meta.url), 'utf8');
				const header = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\n`;
				await writeFile(join(root, 'sw.js'), header + worker);
				logger.info(`Service worker ${version}: ${precache.length} files cached on install.`);
			},
		},
	};
}
