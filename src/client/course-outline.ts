/**
 * The course as the mastery views and the completion record need it in the browser: module
 * titles, objectives and which questions check each, paths, the version and the site's
 * address. The page writes it once, as JSON (src/components/CourseOutline.astro), so no
 * quiz text reaches the browser through it.
 */
import type { ModulesOutline } from './mastery.ts';

/** The id of the JSON block. */
export const COURSE_OUTLINE_ID = 'ct-course-outline';

/** The course as the browser's views read it. */
export interface CourseOutline {
	/** The course's version: the newest release's. */
	version: string;
	/** The site's address from content/site.yaml's `url`; "" when it names none. */
	siteUrl: string;
	/** Every module, path by path and then those in no path. */
	modules: ModulesOutline;
	paths: readonly { id: string; title: string; modules: readonly string[] }[];
}

let outline: CourseOutline | undefined;

/** The page's outline; an empty course when the page has none (the views then show nothing to count). */
export function readCourseOutline(): CourseOutline {
	if (outline) return outline;
	try {
		outline = JSON.parse(document.getElementById(COURSE_OUTLINE_ID)?.textContent ?? '') as CourseOutline;
	} catch {
		outline = { version: '', siteUrl: '', modules: {}, paths: [] };
	}
	return outline;
}
