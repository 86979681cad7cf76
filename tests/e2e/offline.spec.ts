import { expect, test } from '@playwright/test';
import { literal, quizOf, rightLabels } from './course';

test('after one visit the course keeps working offline', async ({ context, page }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// A page loaded before the worker took over is not controlled by it; the next one is.
	await page.goto('/modules/risk-vocabulary/');
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

	await context.setOffline(true);

	await page.goto('/modules/risk-vocabulary/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk vocabulary for IT staff');
	for (const question of quizOf('risk-vocabulary').questions) {
		const group = page.getByRole('group', { name: literal(question.prompt.trim().replace(/\s+/g, ' ').slice(0, 60)) });
		for (const label of rightLabels(question)) await group.getByLabel(label, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();

	await page.goto('/glossary/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	await page.goto('/search/?q=incident');
	await expect(page.locator('[data-results] li').first()).toBeVisible();
	await page.goto('/progress/');
	await expect(page.getByRole('row', { name: /Risk vocabulary/ }).first().getByRole('cell').first()).toHaveText('Completed');

	await page.goto('/modules/backup-and-continuity/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	await context.setOffline(false);
});
