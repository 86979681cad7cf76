/**
 * What an LMS module page tells its scripts about itself, in one JSON block the LMS build
 * writes (src/layouts/LmsLayout.astro): which standard the package speaks, the module,
 * and its quiz's questions with their options in the written order, which interactions
 * and xAPI activity definitions need.
 */

export const LMS_PAGE_DATA_ID = 'crosstrain-lms';

/** Which standard the package speaks. The packager sets it per package; "auto" looks for each. */
export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5' | 'auto';

export interface LmsPageData {
	standard: LmsStandard;
	/** The module's slug. */
	module: string;
	title: string;
	/** The module's page on the hosted site: the base of the xAPI activity ids of its questions. */
	moduleUrl: string;
	/** The quiz's own pass mark, in percent. */
	passMark: number;
	questions: Record<string, { prompt: string; options: string[] }>;
}

/** The page's data, or undefined when the block is missing or unreadable. */
export function readPageData(doc: Document): LmsPageData | undefined {
	try {
		const data = JSON.parse(doc.getElementById(LMS_PAGE_DATA_ID)?.textContent ?? '') as LmsPageData;
		return typeof data.module === 'string' && typeof data.questions === 'object' ? data : undefined;
	} catch {
		return undefined;
	}
}
