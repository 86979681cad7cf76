/** Which modules mention which glossary terms: found with the same matcher that links them. */
import { linkableProse } from '../markdown/plain-text.ts';
import { createTermMatcher, type TermNames } from '../markdown/term-matcher.ts';

/** For each term slug, the slugs of the modules whose prose mentions it, in the order given. */
export function findTermUsage(modules: readonly { id: string; body: string }[], terms: readonly TermNames[]): Map<string, string[]> {
	const matcher = createTermMatcher(terms);
	const usage = new Map<string, string[]>();
	for (const module of modules) {
		for (const slug of new Set(matcher(linkableProse(module.body)).map((mention) => mention.slug))) {
			usage.set(slug, [...(usage.get(slug) ?? []), module.id]);
		}
	}
	return usage;
}
