/** URLs that lead elsewhere: glossary abbreviations and the old names of renamed modules. */
import type { TermNames } from '../markdown/term-matcher.ts';

/** The URL-safe form of an abbreviation: "POA&M" → "poa-m", "BOD 22-01" → "bod-22-01". */
export function abbreviationSlug(abbreviation: string): string {
	return abbreviation
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Short URLs for abbreviations, so /glossary/rpo/ lands on /glossary/recovery-point-objective/.
 * An abbreviation whose short URL is already a term's own URL, or is claimed by two terms, gets none.
 */
export function abbreviationRedirects(terms: readonly Pick<TermNames, 'slug' | 'abbreviations'>[]): Record<string, string> {
	const termSlugs = new Set(terms.map((term) => term.slug));
	const targets = new Map<string, Set<string>>();
	for (const { slug, abbreviations } of terms) {
		for (const abbreviation of abbreviations) {
			const short = abbreviationSlug(abbreviation);
			if (!short || short === slug || termSlugs.has(short)) continue;
			targets.set(short, (targets.get(short) ?? new Set()).add(slug));
		}
	}
	return Object.fromEntries(
		[...targets].filter(([, slugs]) => slugs.size === 1).map(([short, slugs]) => [`/glossary/${short}/`, `/glossary/${[...slugs][0]}/`]),
	);
}

/** A module's current slug and the slugs it was published under before. */
export interface ModuleNames {
	slug: string;
	formerSlugs: readonly string[];
}

/** Old module URLs lead to the module's current one, so links in old emails keep working. */
export function moduleRedirects(modules: readonly ModuleNames[]): Record<string, string> {
	return Object.fromEntries(modules.flatMap(({ slug, formerSlugs }) => formerSlugs.map((former) => [`/modules/${former}/`, `/modules/${slug}/`])));
}

/** Former slug → current slug, for carrying progress over to a renamed module. */
export function moduleRenames(modules: readonly ModuleNames[]): Record<string, string> {
	return Object.fromEntries(modules.flatMap(({ slug, formerSlugs }) => formerSlugs.map((former) => [former, slug])));
}
