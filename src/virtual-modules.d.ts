// The modules src/integrations/site-settings.ts serves from the organization's settings.

declare module 'virtual:crosstrain/site' {
	import type { SiteSettings } from './schemas/site.ts';
	/** content/site.yaml, checked, with the defaults filled in; the logo as the image the build emits. */
	const settings: Omit<SiteSettings, 'logo'> & { logo?: { src: string; width: number; height: number } };
	export default settings;
	/** The local notes' Markdown, by module and term, and where each module's note goes. */
	export const localNotes: { modules: { slug: string; placeBefore?: string; body: string }[]; terms: { slug: string; body: string }[] };
}

declare module 'virtual:crosstrain/theme.css' {}
