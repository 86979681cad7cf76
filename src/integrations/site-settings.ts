/**
 * Hands the organization's settings, read and checked once by src/data/read-content.ts in
 * astro.config.ts, to the pages: `virtual:crosstrain/site` (the settings, the logo as an
 * image the build emits, and the local notes' places) and `virtual:crosstrain/theme.css`
 * (the accent colour). Stops the build first when any of the organization's files has a
 * problem, naming the file and the field.
 */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { SiteFiles } from '../data/read-content.ts';
import { DEFAULT_ACCENT } from '../schemas/index.ts';

const SITE_MODULE = 'virtual:crosstrain/site';
const THEME_MODULE = 'virtual:crosstrain/theme.css';

/** The accent, as the stylesheet that follows global.css sets it; nothing when it is today's. */
export function themeCss(accent: { light: string; dark: string }): string {
	if (accent.light.toLowerCase() === DEFAULT_ACCENT.light && accent.dark.toLowerCase() === DEFAULT_ACCENT.dark) return '';
	return `:root {\n\t--accent: light-dark(${accent.light}, ${accent.dark});\n}\n`;
}

/**
 * The integration astro.config.ts adds first, with what it read through readSiteFiles.
 * Other build hooks that need the settings (the LMS packages, say) take `site.settings`
 * from astro.config.ts the same way; pages import src/data/site.ts.
 */
export function siteSettings(site: SiteFiles, contentDir: string): AstroIntegration {
	return {
		name: 'crosstrain:site-settings',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				if (site.problems.length > 0) {
					throw new Error(`The organization's settings have ${site.problems.length} problem(s):\n- ${site.problems.join('\n- ')}`);
				}
				const { settings } = site;
				const logoFile = settings.logo ? join(contentDir, settings.logo) : undefined;
				const notes = {
					modules: site.moduleNotes.map(({ slug, placeBefore, body }) => ({ slug, placeBefore, body })),
					terms: site.termNotes.map(({ slug, body }) => ({ slug, body })),
				};
				const siteModule = [
					logoFile ? `import logo from ${JSON.stringify(logoFile)};` : 'const logo = undefined;',
					`const settings = ${JSON.stringify(settings)};`,
					`export default { ...settings, logo: logo && { src: logo.src, width: logo.width, height: logo.height } };`,
					`export const localNotes = ${JSON.stringify(notes)};`,
				].join('\n');
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'crosstrain:site-settings',
								resolveId: (id) => (id === SITE_MODULE || id === THEME_MODULE ? `\0${id}` : undefined),
								load: (id) => (id === `\0${SITE_MODULE}` ? siteModule : id === `\0${THEME_MODULE}` ? themeCss(settings.accent) : undefined),
							},
						],
					},
				});
			},
		},
	};
}
