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

/**
 * First-load JS of every page but modules, gzip. 8 KB until December 2026; raised to 10 KB when
 * the progress store became convergent across tabs and kept assignments and review cards
 * (format 2: its chunk went from 1.9 KB to 3.8 KB gzip, on every page) and the interface
 * strings moved into one file (about 0.5 KB). The path page measured 8.2 KB before the strings.
 * Raised to 12 KB later in December 2026 for the learning flow and the completion record: the
 * path page records the visit and shows the stored assignment, the record page builds the
 * record from the course outline. The path page measured 10.0 KB before the assignment, and
 * the record page 9.7 KB.
 */
const PAGE_JS_BUDGET = 12 * KB;

/**
 * First-load JS of the review page, gzip: a page's budget and the spaced-repetition scheduler.
 * Measured 15.8 KB in December 2026: ts-fsrs 5 is 6.6 KB of it (no other page loads it, see
 * SCHEDULER_PAGES), the review element 2 KB.
 */
const REVIEW_JS_BUDGET = 18 * KB;

/** The only pages that may load the scheduler (ts-fsrs). */
export const SCHEDULER_PAGES = ['/review/'];

/** The page types measured, with their JS budgets (at the real course). `module` and `term` are filled in from the course. */
export function pageTypes(course: { firstModule: string; firstTerm: string; firstPath: string }): PageType[] {
	return [
		{ name: 'home', path: '/', jsBudget: PAGE_JS_BUDGET },
		{ name: 'module', path: `/modules/${course.firstModule}/`, jsBudget: 20 * KB },
		{ name: 'term', path: `/glossary/${course.firstTerm}/`, jsBudget: PAGE_JS_BUDGET },
		{ name: 'glossary index', path: '/glossary/', jsBudget: PAGE_JS_BUDGET },
		{ name: 'search', path: '/search/' },
		{ name: 'path', path: `/paths/${course.firstPath}/`, jsBudget: PAGE_JS_BUDGET },
		{ name: 'record', path: '/record/', jsBudget: PAGE_JS_BUDGET },
		{ name: 'review', path: '/review/', jsBudget: REVIEW_JS_BUDGET },
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
