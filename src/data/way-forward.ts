/** The data a module page carries for its way forward (src/client/way-forward.ts reads it in the browser). */
import type { WayForwardData } from '../client/way-forward.ts';

/** What this needs of the course: each module's title and prerequisites, each path's title and modules, in the course's order. */
export interface WayForwardCourse {
	modules: ReadonlyMap<string, { data: { title: string; prerequisites: readonly string[] } }>;
	paths: ReadonlyMap<string, { data: { title: string; modules: readonly string[] } }>;
}

/** The way-forward data of `module`: the paths holding it, and every module's title and prerequisites (a plan may hold any). */
export function wayForwardData(module: string, course: WayForwardCourse): WayForwardData {
	const modules = [...course.modules];
	return {
		module,
		paths: [...course.paths].filter(([, path]) => path.data.modules.includes(module)).map(([id, path]) => ({ id, title: path.data.title, modules: [...path.data.modules] })),
		titles: Object.fromEntries(modules.map(([slug, entry]) => [slug, entry.data.title])),
		prerequisites: Object.fromEntries(modules.filter(([, entry]) => entry.data.prerequisites.length > 0).map(([slug, entry]) => [slug, [...entry.data.prerequisites]])),
	};
}
