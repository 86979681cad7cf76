import { expect, test } from '@playwright/test';
import { disclosure } from './fixture';

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	test('the header takes at most a tenth of the screen: menu, search and theme', async ({ page }) => {
		await page.goto('/modules/shared-words/');
		const header = page.getByRole('banner');
		expect((await header.boundingBox())!.height).toBeLessThanOrEqual(667 / 10);
		await expect(header.getByRole('combobox', { name: 'Theme' })).toBeVisible();
		await expect(header.getByRole('searchbox')).toBeHidden();

		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
		await disclosure(nav, 'Menu').click();
		await expect(nav.getByRole('link')).toHaveText(['Home', 'Glossary', 'My progress', 'Review', 'For managers']);
		await nav.getByRole('link', { name: 'Glossary' }).click();
		await expect(page).toHaveURL(/\/glossary\/$/);
		await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();

		await header.getByRole('link', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/$/);
		await expect(page.getByRole('searchbox', { name: 'Search modules and glossary terms' })).toBeFocused();
	});

	test('pressing "/" opens the search page when the header shows no box', async ({ page }) => {
		await page.goto('/glossary/change/');
		await page.keyboard.press('/');
		await expect(page).toHaveURL(/\/search\/$/);
	});
});

test('on a wide screen the header is one row with the links, the search box and the theme', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const header = page.getByRole('banner');
	expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Home', 'Glossary', 'My progress', 'Review', 'For managers']);
	await expect(header.getByRole('searchbox', { name: 'Search the course' })).toBeVisible();
	await expect(disclosure(header, 'Menu')).toBeHidden();
});
