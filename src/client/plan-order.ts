/** The order a plan's modules are taken in (the plan page, a module's way forward). */

/**
 * Orders a plan's modules so each comes after those of its prerequisites that are in the
 * plan, keeping the given order otherwise. `prerequisites` maps a slug to its prerequisites.
 */
export function inPrerequisiteOrder(modules: readonly string[], prerequisites: Readonly<Record<string, readonly string[]>>): string[] {
	const inPlan = new Set(modules);
	const placed = new Set<string>();
	const ordered: string[] = [];
	const place = (slug: string, visiting: Set<string>) => {
		if (placed.has(slug) || visiting.has(slug)) return;
		visiting.add(slug);
		for (const before of prerequisites[slug] ?? []) if (inPlan.has(before)) place(before, visiting);
		placed.add(slug);
		ordered.push(slug);
	};
	for (const slug of modules) place(slug, new Set());
	return ordered;
}
