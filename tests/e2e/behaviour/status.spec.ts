import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { moduleOf, pathOf } from './fixture';
import { browserAnswers } from './storage-answer';

const KEY = 'crosstrain:progress';
/** Shared words completed, Patching tried and not passed, the rest not started. */
const record = {
	version: 1,
	modules: {
		'shared-words': { attempts: 2, bestScore: 88, lastScore: 88, passed: true, lastAttemptAt: '2026-11-20T10:00:00.000Z', completedAt: '2026-11-20T10:00:00.000Z', questions: {} },
		'patching-basics': { attempts: 1, bestScore: 40, lastScore: 40, passed: false, lastAttemptAt: '2026-11-21T10:00:00.000Z', questions: {} },
	},
};

async function seed(page: Page) {
	await page.goto('/');
	await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [KEY, JSON.stringify(record)]);
}

const row = (page: Page, slug: string) => page.getByRole('region', { name: 'Path: IT operations staff' }).getByRole('row', { name: moduleOf(slug).title });

test('one status, in words, wherever a module is listed', async ({ page }) => {
	await seed(page);
	await page.goto('/modules/shared-words/');
	await expect(page.getByText('Completed · best score 88%')).toBeVisible();
	await page.goto('/modules/patching-basics/');
	await expect(page.getByText('Not passed yet · best score 40%')).toBeVisible();

	for (const url of ['/paths/it-staff/', '/onboarding/plan/?modules=shared-words,patching-basics,error-budgets']) {
		await page.goto(url);
		const items = page.getByRole('main').getByRole('listitem');
		await expect(items.filter({ hasText: moduleOf('shared-words').title })).toContainText('Completed · best score 88%');
		await expect(items.filter({ hasText: moduleOf('patching-basics').title })).toContainText('Not passed yet · best score 40%');
		await expect(items.filter({ hasText: moduleOf('error-budgets').title })).toContainText('Not started');
	}

	await page.goto('/progress/');
	// The table has a column for the best score, so the status there is the short form.
	await expect(row(page, 'shared-words').getByRole('cell').first()).toHaveText('Completed');
	await expect(row(page, 'patching-basics').getByRole('cell').first()).toHaveText('Not passed yet');
	await expect(row(page, 'error-budgets').getByRole('cell').first()).toHaveText('Not started');
});

test('the progress page has a bar per path with its figures', async ({ page }) => {
	await seed(page);
	await page.goto('/progress/');
	const expected = { 'it-staff': 1, 'security-staff': 1, leaders: 0 };
	for (const [id, done] of Object.entries(expected)) {
		const path = pathOf(id);
		const section = page.getByRole('region', { name: `Path: ${path.title}` });
		const bar = section.getByRole('progressbar', { name: `${done} of ${path.modules.length} modules completed` });
		await expect(bar).toBeVisible();
		await expect(bar).toHaveJSProperty('value', done);
		await expect(bar).toHaveJSProperty('max', path.modules.length);
	}
});

test('the progress page has a map of its sections', async ({ page }) => {
	await page.goto('/progress/');
	const map = page.getByRole('navigation', { name: 'On this page' });
	await expect(map.getByRole('link', { name: `Path: ${pathOf('it-staff').title}` }).first()).toBeAttached();
	await expect(map.getByRole('link', { name: 'Keep, move or clear your record' }).first()).toBeAttached();
});

test('on a 320 px phone the progress page reads without sideways scrolling, rows as cards', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await seed(page);
	await page.goto('/progress/');
	await expect(row(page, 'shared-words').getByRole('cell').first()).toHaveText('Completed');
	await expect(row(page, 'shared-words').getByRole('cell').nth(1)).toHaveText('88%');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	// A card, not a squeezed table row: the module's title spans the card, above its values.
	const title = await row(page, 'shared-words').getByRole('rowheader').boundingBox();
	const status = await row(page, 'shared-words').getByRole('cell').first().boundingBox();
	expect(status!.y).toBeGreaterThanOrEqual(title!.y + title!.height - 1);
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		for (const width of [320, 1280]) {
			test(`the progress page with every status has no WCAG 2.2 AA violations at ${width} px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 800 });
				// Refused, so the notice is in its warning state with the reminder.
				await browserAnswers(page, { persisted: false, grants: false });
				await seed(page);
				await page.goto('/progress/');
				await expect(row(page, 'patching-basics').getByRole('cell').first()).toHaveText('Not passed yet');
				await expect(page.getByText('You have not exported your progress yet.')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}
