/** The course outline the browser's mastery views and completion record read (see src/client/course-outline.ts). */
import type { Course } from './course.ts';
import { siteUrl } from './site.ts';
import { moduleOutline, type ModuleOutline } from '../client/mastery.ts';
import type { CourseOutline } from '../client/course-outline.ts';

/** Modules in the order a learner meets them: path by path, then those in no path. */
export function courseOrder(course: Course): string[] {
	return [...new Set([...[...course.paths.values()].flatMap((path) => path.data.modules), ...course.modules.keys()])];
}

/** The outline of the whole course. */
export function courseOutline(course: Course): CourseOutline {
	const modules: Record<string, ModuleOutline> = {};
	for (const slug of courseOrder(course)) modules[slug] = moduleOutline(course.modules.get(slug)!.data, course.quizzes.get(slug));
	return {
		version: course.version,
		siteUrl: siteUrl ?? '',
		modules,
		paths: [...course.paths.values()].map((path) => ({ id: path.id, title: path.data.title, modules: path.data.modules })),
	};
}

const written = new WeakSet<object>();

/** Whether the page being rendered (`page` is its `Astro.request`) has yet to write the outline; it then has. */
export function firstOutlineOn(page: object): boolean {
	if (written.has(page)) return false;
	written.add(page);
	return true;
}
