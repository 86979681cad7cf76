/**
 * Ids for author components, unique on the page being rendered, so a component works
 * when a module uses it twice: the first use gets `base`, later ones `base-2`, `base-3`…
 * Counting per page (keyed by the page's request) keeps the ids the same from build to build.
 */
const used = new WeakMap<object, Map<string, number>>();

/** A page-unique id starting with `base`; `page` is the page's `Astro.request`. */
export function instanceId(page: object, base: string): string {
	const counts = used.get(page) ?? new Map<string, number>();
	used.set(page, counts);
	const count = (counts.get(base) ?? 0) + 1;
	counts.set(base, count);
	return count === 1 ? base : `${base}-${count}`;
}
