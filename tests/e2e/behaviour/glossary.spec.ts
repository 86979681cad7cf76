import { expect, test } from '@playwright/test';
import { course, termOf } from './fixture';

test('the glossary filters as you type and says how many terms match', async ({ page }) => {
	await page.goto('/glossary/');
	const all = await page.getByRole('main').getByRole('term').count();
	expect(all).toBe(course.terms.length);
	await page.getByRole('searchbox', { name: 'Filter terms' }).fill('RPO');
	await expect(page.getByRole('link', { name: 'Recovery point objective' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Recovery time objective' })).toBeHidden();
	await expect(page.getByText(/^\d+ terms? match/)).toBeVisible();
	await page.getByRole('searchbox', { name: 'Filter terms' }).fill('zzzz');
	await expect(page.getByText('No term matches that filter.')).toBeVisible();
});

test('a word with two meanings shows them side by side, with the modules that use it', async ({ page }) => {
	await page.goto('/glossary/incident/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(termOf('incident').term);
	await expect(page.getByText('Same word, different meanings.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'In IT operations' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'In security' })).toBeVisible();
	const usedBy = page.getByRole('heading', { name: 'Modules that use this term' }).locator('xpath=following-sibling::ul[1]');
	await expect(usedBy.getByRole('link').first()).toBeVisible();
});

test('a module links the first use of a term, with its definition on hover and focus', async ({ page }) => {
	await page.goto('/modules/service-desk-flow/');
	const prose = page.locator('ct-module-text');
	const links = prose.locator('a[href="/glossary/incident/"]');
	await expect(links).toHaveCount(1);
	const definition = termOf('incident').definition.trim().replace(/\s+/g, ' ');
	await expect(links).toHaveAccessibleDescription(definition);
	const tip = prose.getByRole('tooltip').filter({ hasText: definition });
	await expect(tip).toBeHidden();
	await links.hover();
	await expect(tip).toBeVisible();
	await page.mouse.move(0, 0);
	await expect(tip).toBeHidden();
	await links.focus();
	await expect(tip).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	await expect(prose.getByRole('heading').locator('a')).toHaveCount(0);
});

test('showing a definition does not move the text around it', async ({ page }) => {
	await page.goto('/modules/service-desk-flow/');
	const link = page.locator('ct-module-text a.term-link').first();
	const paragraph = link.locator('xpath=ancestor::p[1]');
	await paragraph.scrollIntoViewIfNeeded();
	const before = await paragraph.boundingBox();
	await link.hover();
	await expect(link.locator('xpath=following-sibling::*[@role="tooltip"]')).toBeVisible();
	expect(await paragraph.boundingBox()).toEqual(before);
});

test('an abbreviation as a URL lands on its term', async ({ page }) => {
	await page.goto('/glossary/rpo/');
	await expect(page).toHaveURL(/\/glossary\/recovery-point-objective\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recovery point objective (RPO)');
});
