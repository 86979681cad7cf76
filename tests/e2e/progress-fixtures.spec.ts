import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { moduleOf } from './course';

/**
 * The frozen progress records (tests/fixtures/progress/) in a browser, on the real course,
 * whose modules they name: format 1 as a learner's browser has kept it since before
 * assignments, and format 2 with an assignment, both read by the site as it is now.
 */
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const KEY = 'crosstrain:progress';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/progress/${name}`, import.meta.url), 'utf8');

async function seed(page: Page, stored: string) {
	await page.goto('/');
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, stored]);
}

const row = (page: Page, slug: string) => page.getByRole('row', { name: moduleOf(slug).title }).first();

test('a format 1 record from before assignments still loads: progress, home and the next write in format 2', async ({ page }) => {
	const v1 = fixture('v1.json');
	await seed(page, v1);
	await page.goto('/progress/');
	await expect(row(page, 'risk-vocabulary').getByRole('cell').first()).toHaveText('Completed');
	await expect(row(page, 'how-itsm-works').getByRole('cell').first()).toHaveText('Not passed yet');
	await expect(page.getByText(/could not be read/)).toHaveCount(0);
	// Reading changes nothing stored.
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(v1);

	await page.goto('/');
	await expect(page.getByRole('region', { name: 'Your assignments' })).toBeHidden();
	await expect(page.getByText('Continue where you left off:').locator('..').getByRole('link')).toHaveText(moduleOf('how-itsm-works').title);

	// The first write (an onboarding link) saves format 2, the format 1 history in it.
	await page.goto('/paths/it-staff/#from=Sam%20Lee');
	await expect(page.getByText(/^Welcome! “Sam Lee”/)).toBeVisible();
	const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
	expect(stored).toMatchObject({ version: 2, modules: { 'risk-vocabulary': { passed: true, attemptsBy: { v1: 2 } } }, assignments: [{ kind: 'path', path: 'it-staff', from: 'Sam Lee' }] });
});

test('a format 2 record with a plan assignment shows it on home and on the plan page', async ({ page }) => {
	await page.clock.install({ time: new Date('2027-02-10T09:00:00Z') });
	await seed(page, fixture('v2.json'));
	await page.goto('/');
	const kept = page.getByRole('region', { name: 'Your assignments' });
	await expect(kept).toContainText(
		new RegExp(`Your plan from Alex Kim, due Monday,? 15 February 2027 \\(due in 5 days\\): 1 of 2 done — Next: ${moduleOf('patching-as-preventive-maintenance').title}`),
	);
	await page.goto('/onboarding/plan/');
	await expect(page.getByRole('list', { name: 'Modules in your plan' }).getByRole('link')).toHaveText([
		moduleOf('risk-vocabulary').title,
		moduleOf('patching-as-preventive-maintenance').title,
	]);
});
