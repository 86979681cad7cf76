import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(20, 23, 28)';

test('the theme has three choices: it follows the system until the learner picks light or dark, and again when they pick System', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const theme = page.getByRole('combobox', { name: 'Theme' });
	await expect(theme).toHaveValue('system');
	await expect(theme.getByRole('option')).toHaveText(['System', 'Light', 'Dark']);
	expect(await background(page)).toBe(DARK);
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await background(page)).toBe(WHITE);

	await theme.selectOption({ label: 'Dark' });
	expect(await background(page)).toBe(DARK);
	await page.goto('/glossary/');
	await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background(page)).toBe(DARK);

	await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'System' });
	expect(await background(page)).toBe(WHITE);
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await background(page)).toBe(DARK);
	expect(await page.evaluate(() => localStorage.getItem('crosstrain:theme'))).toBeNull();
});

test('a theme picked in one tab shows in the others', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/');
	await second.goto('/glossary/');
	await first.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
	await expect(second.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
	await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a chosen theme is set before the page’s scripts run, whatever the system says', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('crosstrain:theme', 'light'));
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await background(page)).toBe(WHITE);
});
