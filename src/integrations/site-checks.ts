/**
 * Runs after every build: fails it when any link in the built site leads nowhere, gives
 * every page the site's Content-Security-Policy, and writes the `_headers` file with it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, type BuiltPage } from './link-check.ts';
import { headersFile, mergePolicies, pagePolicy, withPolicy } from './security-headers.ts';

async function listFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The URL path a built file is served at: dist/glossary/index.html → /glossary/. */
function urlPath(root: string, file: string): string {
	const path = `/${relative(root, file).split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built file that serves a page's URL path: /glossary/ → dist/glossary/index.html. */
function fileFor(root: string, path: string): string {
	return join(root, path.endsWith('/') ? `${path}index.html` : path);
}

export function siteChecks(): AstroIntegration {
	return {
		name: 'crosstrain:site-checks',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await listFiles(root);
				const pages: BuiltPage[] = [];
				const others = new Set<string>();
				for (const file of files) {
					if (file.endsWith('.html')) pages.push({ path: urlPath(root, file), html: await readFile(file, 'utf8') });
					else others.add(urlPath(root, file));
				}
				const broken = findBrokenLinks(pages, others);
				if (broken.length > 0) throw new Error(`The built site has ${broken.length} broken link(s):\n- ${broken.join('\n- ')}`);
				logger.info(`Checked the links of ${pages.length} pages: none broken.`);

				// Astro writes the pages of its `redirects` config without the policy; they get the
				// one every other page has, so that no page goes without.
				const policies = pages.flatMap((page) => pagePolicy(page.html) ?? []);
				const sitePolicy = mergePolicies(policies, { forMeta: true });
				const unprotected = pages.filter((page) => pagePolicy(page.html) === undefined);
				for (const page of unprotected) await writeFile(fileFor(root, page.path), withPolicy(page.html, sitePolicy));
				if (unprotected.length > 0) logger.info(`Gave ${unprotected.length} page(s) without one the site's Content-Security-Policy.`);
				await writeFile(join(root, '_headers'), headersFile(policies));
			},
		},
	};
}
