import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { rehypeGlossaryLinks, type LinkableTerm } from './src/markdown/rehype-glossary-links.ts';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';
import { abbreviationRedirects, moduleRedirects, type ModuleNames } from './src/data/redirects.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { offlineCache } from './src/integrations/offline-cache.ts';

const listFiles = (folder: string, extension: string) =>
	readdirSync(new URL(folder, import.meta.url)).filter((name) => extname(name) === extension);

/**
 * The module pipeline links glossary terms, so it reads the glossary here. Malformed files
 * are skipped: the content collection reports them with a proper message.
 */
function readGlossaryForLinking(): LinkableTerm[] {
	return listFiles('./content/glossary/', '.yaml').flatMap((name) => {
		try {
			const term = parse(readFileSync(new URL(`./content/glossary/${name}`, import.meta.url), 'utf8'));
			return [
				{
					slug: basename(name, '.yaml'),
					term: String(term.term),
					abbreviations: term.abbreviations ?? [],
					aliases: term.aliases ?? [],
					definition: String(term.definition ?? ''),
				},
			];
		} catch {
			return [];
		}
	});
}

/** The one inline script (the theme, set before first paint) is allowed by its hash. */
const themeInitHash = `sha256-${createHash('sha256')
	.update(readFileSync(new URL('./src/client/theme-init.js', import.meta.url), 'utf8'))
	.digest('base64')}`;

/** Each module's slug and former slugs, for redirects from the URLs it had before a rename. */
function readModuleNames(): ModuleNames[] {
	return listFiles('./content/modules/', '.mdx').map((name) => {
		const source = readFileSync(new URL(`./content/modules/${name}`, import.meta.url), 'utf8');
		let formerSlugs: unknown;
		try {
			formerSlugs = parse(source.split(/^---\s*$/m)[1] ?? '')?.formerSlugs;
		} catch {
			formerSlugs = undefined;
		}
		return { slug: basename(name, '.mdx'), formerSlugs: Array.isArray(formerSlugs) ? formerSlugs.map(String) : [] };
	});
}

/**
 * Which build this is: the hosted site, or (CROSSTRAIN_TARGET=lms, run by `npm run package`)
 * the pages that go into LMS packages: module pages in LmsLayout, and no service worker.
 */
const target = process.env.CROSSTRAIN_TARGET === 'lms' ? 'lms' : 'site';

const glossary = readGlossaryForLinking();
const modules = readModuleNames();

export default defineConfig({
	site: 'https://crosstrain.example',
	trailingSlash: 'always',
	// The LMS build keeps its own cache, so it may run beside a build of the site (the build tests do).
	...(target === 'lms' ? { cacheDir: './node_modules/.astro-lms' } : {}),
	redirects: { ...abbreviationRedirects(glossary), ...moduleRedirects(modules) },
	build: { format: 'directory' },
	integrations: [mdx(), siteChecks(), ...(target === 'site' ? [offlineCache()] : [])],
	vite: {
		define: { 'import.meta.env.CROSSTRAIN_TARGET': JSON.stringify(target) },
		// An LMS page lazy-loads one chunk, the cmi5 client, which has no CSS to preload: Vite's
		// preload helper would add 0.9 KB to every SCORM page for nothing.
		plugins: target === 'lms' ? [{ name: 'crosstrain:no-preload-helper', enforce: 'pre', load: (id: string) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined) }] : [],
		// The SCORM adapter in a chunk of its own, so its weight can be measured on the built files.
		...(target === 'lms' ? { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'scorm-adapter', test: /src[\\/]client[\\/]lms[\\/](scorm-|answers)/ }] } } } } } : {}),
	},
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { hashes: [themeInitHash as `sha256-${string}`] },
		},
	},
	markdown: {
		syntaxHighlight: false,
		processor: unified({
			rehypePlugins: [
				rehypeGlossaryLinks({
					terms: glossary,
					moduleSlugs: modules.map((module) => module.slug),
				}),
				rehypeScrollableTables,
			],
		}),
	},
});
