/**
 * An id prefix unique within the page being rendered, so a component used twice on one
 * page never repeats an id. Counted per page (Astro.locals), so builds are reproducible.
 */
export function instanceId(locals: App.Locals, name: string): string {
	locals.instanceIds = (locals.instanceIds ?? 0) + 1;
	return `${name}-${locals.instanceIds}`;
}
