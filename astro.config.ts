import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { CONTENT_DIR } from './src/data/content-dir.ts';
import { readCourseFiles, readSiteFiles } from './src/data/read-content.ts';
import { abbreviationRedirects, moduleRedirects, moduleRenames } from './src/data/redirects.ts';
import { courseModules } from './src/integrations/course-modules.ts';
import { remarkAuthorContent } from './src/markdown/remark-author-content.ts';
import { rehypeGlossaryLinks } from './src/markdown/rehype-glossary-links.ts';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';
import { remarkLocalNote } from './src/markdown/remark-local-note.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { offlineCache } from './src/integrations/offline-cache.ts';
import { siteSettings } from './src/integrations/site-settings.ts';

// The module pipeline links glossary terms and the redirects come from the course, so the
// config reads it. Files with problems are left out here: the content collections report them.
const course = readCourseFiles(CONTENT_DIR);
// The organization's settings and local notes are read here only; their problems stop the build at once.
const site = readSiteFiles(CONTENT_DIR, course);
const terms = course.terms.map((term) => ({ slug: term.id, ...term.data }));
const modules = course.modules.map((module) => ({ slug: module.id, formerSlugs: module.data.formerSlugs }));

/** The inline scripts (the theme, set before first paint, and the frame guard) are allowed by their hashes. */
const inlineHash = (file: string) => `sha256-${createHash('sha256').update(readFileSync(new URL(file, import.meta.url), 'utf8')).digest('base64')}` as `sha256-${string}`;

/**
 * Which build this is: the hosted site, or (CROSSTRAIN_TARGET=lms, run by `npm run package`)
 * the pages that go into LMS packages: module pages in LmsLayout, and no service worker.
 */
const target = process.env.CROSSTRAIN_TARGET === 'lms' ? 'lms' : 'site';

export default defineConfig({
	// Without a public address of its own, the site keeps the placeholder (and writes no canonical links).
	site: site.settings.url ?? 'https://crosstrain.example',
	// The fixture course (CROSSTRAIN_CONTENT) keeps its own content cache, so the two builds never churn one.
	...(process.env.CROSSTRAIN_CONTENT ? { cacheDir: './node_modules/.astro-fixture' } : {}),
	trailingSlash: 'always',
	// The LMS build keeps its own cache, so it may run beside a build of the site (the build tests do).
	...(target === 'lms' ? { cacheDir: './node_modules/.astro-lms' } : {}),
	redirects: { ...abbreviationRedirects(terms), ...moduleRedirects(modules) },
	build: { format: 'directory' },
	integrations: [siteSettings(site, CONTENT_DIR), courseModules({ renames: moduleRenames(modules) }), mdx(), siteChecks(), ...(target === 'site' ? [offlineCache()] : [])],
	vite: {
		define: { 'import.meta.env.CROSSTRAIN_TARGET': JSON.stringify(target) },
		// The chunks pages lazy-load (the cmi5 client, search answers, the assignments list) have
		// no CSS to preload, and the offline cache holds every chunk: Vite's preload helper would
		// add 0.9 KB to the first load of each page that lazy-loads one, for nothing.
		plugins: [{ name: 'crosstrain:no-preload-helper', enforce: 'pre', load: (id: string) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined) }],
		// The SCORM adapter in a chunk of its own, so its weight can be measured on the built files.
		...(target === 'lms' ? { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'scorm-adapter', test: /src[\\/]client[\\/]lms[\\/](scorm-|answers)/ }] } } } } } : {}),
	},
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { hashes: [inlineHash('./src/client/theme-init.js'), inlineHash('./src/client/frame-guard.js')] },
		},
	},
	markdown: {
		syntaxHighlight: false,
		// MDX inherits these plugins (mdx() extends the markdown config), so they run on every
		// module; tests/build/author-content.test.ts builds hostile modules to prove it.
		processor: unified({
			// Local notes go into their modules last, after the plugin that checks what authors wrote.
			remarkPlugins: [remarkAuthorContent, remarkLocalNote(new Map(site.moduleNotes.map((note) => [note.slug, note.placeBefore])))],
			rehypePlugins: [rehypeGlossaryLinks({ terms, moduleSlugs: modules.map((module) => module.slug) }), rehypeScrollableTables],
		}),
	},
});
