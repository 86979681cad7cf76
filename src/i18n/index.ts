/**
 * `t()`: the interface's strings for pages, components and layouts, in the site's language
 * with the organization's changes (see strings.ts). Scripts get theirs from the page
 * through <ClientStrings> (src/components/ClientStrings.astro).
 */
import { site } from '../data/site.ts';
import { resolveStrings, translator } from './strings.ts';

const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });
const tables = Object.fromEntries(Object.entries(files).map(([path, table]) => [path.slice(2, -'.json'.length), table]));

export const t = translator(resolveStrings(tables, site.lang, site.strings), site.lang, { title: site.title, organization: site.organization ?? '' });
export type { PluralKey, StringKey } from './strings.ts';
