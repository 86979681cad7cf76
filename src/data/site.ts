/**
 * The organization's settings for the pages: content/site.yaml, read and checked once by
 * read-content.ts in astro.config.ts (see src/schemas/site.ts for every field).
 */
import settings, { localNotes } from 'virtual:crosstrain/site';
import type { Contact } from '../schemas/index.ts';

export const site = settings;

/** The public address of the site, when the organization gave one: "https://learning.example.com". */
export const siteUrl: string | undefined = settings.url;

/** The absolute address of a page at `path`, when the site's public address is known. */
export function absoluteUrl(path: string): string | undefined {
	return siteUrl ? new URL(path, siteUrl).href : undefined;
}

/** Where learners reach the course's contact: a mailto: link or the contact's page. */
export function contactHref(contact: Contact): string {
	return contact.email ? `mailto:${contact.email}` : contact.url!;
}

/** The Markdown of the organization's note on a module, if it wrote one: for search (the page renders the note itself). */
export function moduleNoteText(slug: string): string | undefined {
	return localNotes.modules.find((note) => note.slug === slug)?.body;
}

/** The Markdown of the organization's note on a glossary term, if it wrote one. */
export function termNoteText(slug: string): string | undefined {
	return localNotes.terms.find((note) => note.slug === slug)?.body;
}

/** What a local note's Markdown or MDX file gives the page that imports it. */
export interface MarkdownContent {
	Content: (props: { components?: Record<string, unknown> }) => unknown;
}
