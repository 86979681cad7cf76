import { expect, test, type Page } from '@playwright/test';
import { searchResults, termOf } from './fixture';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search modules and glossary terms' });
const firstResult = (page: Page) => searchResults(page).first().getByRole('link');

test.describe('a query that is exactly a term’s name, abbreviation or alias puts that term first', () => {
	// "change" scores Change freeze above Change, and "error budget" the module above the term, on words alone.
	const cases: [string, string][] = [
		['change', termOf('change').term],
		['Change', termOf('change').term],
		['risk', termOf('risk').term],
		['error budget', termOf('error-budget').term],
		['rpo', `${termOf('recovery-point-objective').term} (RPO)`],
		['security incident', termOf('incident').term],
	];
	for (const [query, expected] of cases) {
		test(`"${query}"`, async ({ page }) => {
			await page.goto('/search/');
			await box(page).fill(query);
			await expect(firstResult(page)).toHaveText(expected);
			await expect(searchResults(page).nth(1)).toBeVisible();
		});
	}
});

test('submitted from the header, the query is in the one search box on the results page and focus is on the first result', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/glossary/');
	await page.getByRole('banner').getByRole('searchbox', { name: 'Search the course' }).fill('change');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=change$/);
	await expect(firstResult(page)).toBeFocused();
	await expect(firstResult(page)).toHaveText(termOf('change').term);
	await expect(page.getByRole('searchbox')).toHaveCount(1);
	await expect(box(page)).toHaveValue('change');
	await page.keyboard.press('ArrowDown');
	await expect(searchResults(page).nth(1).getByRole('link')).toBeFocused();
});

test('opened from a link or reloaded, the results page leaves the focus at the top', async ({ page }) => {
	await page.goto('/search/?q=change');
	await expect(firstResult(page)).toHaveText(termOf('change').term);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});

test('the status counts the results shown', async ({ page }) => {
	await page.goto('/search/?q=risk');
	await expect(page.getByRole('status')).toHaveText(/^\d+ results?\.$/);
});
