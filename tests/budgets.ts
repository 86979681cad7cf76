/**
 * The size budgets, in one place: `npm test` checks them against dist/ in seconds
 * (tests/dist/budgets.test.ts), and `npm run bench` reports them at 1×, 10× and 50×.
 */

const KB = 1024;

/** One page type, as the reports name it. */
export interface PageType {
	name: string;
	path: string;
	/** The first-load JS budget in bytes, gzip, if the page has one. */
	jsBudget?: number;
}

/** The page types measured, with their JS budgets (at the real course). `module` and `term` are filled in from the course. */
export function pageTypes(course: { firstModule: string; firstTerm: string; firstPath: string }): PageType[] {
	return [
		{ name: 'home', path: '/', jsBudget: 8 * KB },
		{ name: 'module', path: `/modules/${course.firstModule}/`, jsBudget: 20 * KB },
		{ name: 'term', path: `/glossary/${course.firstTerm}/`, jsBudget: 8 * KB },
		{ name: 'glossary index', path: '/glossary/', jsBudget: 8 * KB },
		{ name: 'search', path: '/search/' },
		{ name: 'path', path: `/paths/${course.firstPath}/`, jsBudget: 8 * KB },
	];
}

/** First-load CSS of any page, gzip. */
export const CSS_BUDGET = 15 * KB;

/**
 * The search index, gzip. 150 KB until December 2026; raised to 220 KB when the course grew
 * from 14 modules and 130 terms to 16 and 161 (measured 190 KB; 6 MB raw is where search
 * moves to a worker, see PAGE_SEARCH_MAX_BYTES).
 */
export const INDEX_BUDGET = 220 * KB;
