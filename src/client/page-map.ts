/**
 * The page map's arithmetic ("On this page"): which section a reader is in. The map's
 * element (src/elements/ct-page-map.ts) measures the headings; this decides.
 */

/** How far down the window, as a share of its height, a heading must pass to make its section current. */
export const READING_LINE = 0.3;

/**
 * The section being read: the last whose heading has scrolled above the reading line
 * (`headingTops` are the headings' distances from the top of the window, in page order).
 * Returns -1 above the first heading, where no section is current yet.
 */
export function currentSection(headingTops: readonly number[], readingLine: number): number {
	let current = -1;
	headingTops.forEach((top, index) => {
		if (top <= readingLine) current = index;
	});
	return current;
}
