/**
 * What the packager needs to know about the course, written by the LMS build itself as
 * /lms/course.json (src/pages/lms/[file].json.ts), so the course is read in one place
 * (src/data/course.ts) and the packages agree with the pages they contain.
 */

export interface PackagedModule {
	slug: string;
	title: string;
	summary: string;
	/** The quiz's pass mark, in percent. */
	passMark: number;
	/** The quiz's question ids, to check that its suspend_data fits. */
	questionIds: string[];
}

export interface PackagedPath {
	id: string;
	title: string;
	description: string;
	/** Module slugs, in the path's order. */
	modules: string[];
}

export interface CourseData {
	/** The hosted site's root URL, ending in "/": ids and links in the packages point there. */
	site: string;
	title: string;
	description: string;
	modules: PackagedModule[];
	paths: PackagedPath[];
}

/** Where the LMS build writes it, relative to the build's root. */
export const COURSE_DATA_FILE = 'lms/course.json';
