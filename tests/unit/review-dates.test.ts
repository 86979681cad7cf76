import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOverdueReviews } from '../../src/data/course-checks.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const course = () => ({
	modules: { patching: { lastReviewed: day('2026-12-01') }, backup: { lastReviewed: day('2025-12-01') } },
	terms: { kev: { lastReviewed: day('2026-06-30') } },
});

test('nothing is overdue within 12 months of the review, to the day', () => {
	assert.deepEqual(findOverdueReviews(course(), new Date('2026-12-01T23:59:00Z')), []);
});

test('a module reviewed more than 12 months before the build warns, naming the file and both dates', () => {
	assert.deepEqual(findOverdueReviews(course(), new Date('2026-12-02T08:00:00Z')), [
		'content/modules/backup.mdx: lastReviewed is 2025-12-01, more than 12 months before this build (2026-12-02). Check it against its sources and set lastReviewed to the day you did.',
	]);
});

test('terms warn too, after the modules', () => {
	const overdue = findOverdueReviews(course(), day('2028-01-01'));
	assert.deepEqual(
		overdue.map((warning) => warning.split(':')[0]),
		['content/modules/patching.mdx', 'content/modules/backup.mdx', 'content/glossary/kev.yaml'],
	);
});

test('a leap day counts 12 months back to the same calendar day', () => {
	const reviewed = { modules: { a: { lastReviewed: day('2027-03-01') } }, terms: {} };
	assert.deepEqual(findOverdueReviews(reviewed, day('2028-02-29')), []);
	assert.equal(findOverdueReviews(reviewed, day('2028-03-02')).length, 1);
});
