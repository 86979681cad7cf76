/**
 * What a learner sees of the course's currency: withdrawn and superseded sources marked where
 * they are cited and on /sources/, the course version in the footer, and what's new.
 */
import { expect, test } from '@playwright/test';
import { courseVersion } from '../../src/data/changelog.ts';
import { readCourse } from '../../src/data/read-content.ts';
import { listCitedSources } from '../../src/data/sources.ts';

const course = readCourse(new URL('../../content/', import.meta.url));
const version = courseVersion(course.changelog);
const month = (date: Date) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
const statusWords = (status: (typeof course.sourceStatus)[number]) => `${status.status === 'withdrawn' ? 'Withdrawn' : 'Superseded'} ${month(status.since)}`;

/** Every document the register lists that the course cites, with its listing on /sources/ and one page citing it. */
const notCurrent = listCitedSources(
	[
		...course.modules.map((module) => ({ kind: 'module' as const, slug: module.id, title: module.data.title, sources: module.data.sources })),
		...course.terms.map((term) => ({ kind: 'term' as const, slug: term.id, title: term.data.term, sources: term.data.sources })),
	],
	course.sourceStatus,
).flatMap((listed) => {
	if (!listed.status) return [];
	const module = course.modules.find((entry) => entry.data.sources.some((source) => source.url === listed.url));
	const term = course.terms.find((entry) => entry.data.sources.some((source) => source.url === listed.url));
	const citing = module
		? { url: `/modules/${module.id}/`, page: module.data.title, sources: module.data.sources }
		: { url: `/glossary/${term!.id}/`, page: term!.data.term, sources: term!.data.sources };
	return [{ listed, status: listed.status, citing: { ...citing, title: citing.sources.find((source) => source.url === listed.url)!.title } }];
});

test('the course cites at least one withdrawn or superseded document, so the checks below check something', () => {
	expect(notCurrent.length).toBeGreaterThan(0);
});

for (const { listed, status, citing } of notCurrent) {
	test(`/sources/ and ${citing.url} show that "${listed.title.slice(0, 40)}…" is ${status.status}, with its successor`, async ({ page }) => {
		await page.goto('/sources/');
		const main = page.getByRole('main');
		await main.getByRole('link', { name: listed.title, exact: true }).first().click();
		const entry = main
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: listed.title, exact: true }) })
			.filter({ hasText: statusWords(status) });
		await expect(entry).toHaveCount(1);
		await expect(entry).toBeInViewport();
		if (status.successor) await expect(entry.getByRole('link', { name: status.successor.title, exact: true })).toHaveAttribute('href', status.successor.url);
		await expect(entry.getByRole('link', { name: citing.page, exact: true })).toHaveAttribute('href', citing.url);

		await page.goto(citing.url);
		const citation = main.getByRole('listitem').filter({ has: page.getByRole('link', { name: citing.title, exact: true }) });
		await expect(citation).toContainText(statusWords(status));
		if (status.successor) await expect(citation.getByRole('link', { name: status.successor.title, exact: true })).toHaveAttribute('href', status.successor.url);
	});
}

test("the footer shows the course version and leads to what's new, which lists this release", async ({ page }) => {
	await page.goto('/');
	const footer = page.getByRole('contentinfo').getByRole('navigation', { name: 'About the course' });
	await expect(footer).toContainText(`Version ${version}`);
	await expect(footer.getByRole('link', { name: 'Sources' })).toHaveAttribute('href', '/sources/');
	await footer.getByRole('link', { name: "What's new" }).click();

	await expect(page.getByRole('heading', { level: 1, name: "What's new" })).toBeVisible();
	const release = page.getByRole('region', { name: `Version ${version}` });
	await expect(release.getByRole('heading', { level: 2 })).toHaveText(`Version ${version}`);
	for (const change of course.changelog[0]!.changes.filter((entry) => entry.module)) {
		const title = course.modules.find((module) => module.id === change.module)!.data.title;
		await expect(release.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) })).toHaveCount(1);
	}
});

test("a module changed in this release says what changed beside its review date, linking to what's new", async ({ page }) => {
	const change = course.changelog[0]!.changes.find((entry) => entry.module)!;
	await page.goto(`/modules/${change.module}/`);
	await expect(page.getByRole('main')).toContainText(/Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}\./);
	await page.getByRole('link', { name: `version ${version}` }).click();
	await expect(page).toHaveURL(new RegExp(`/whats-new/#version-${version.replaceAll('.', '-')}$`));
	await expect(page.getByRole('heading', { name: `Version ${version}` })).toBeInViewport();
});
