import { expect, test, type Page } from '@playwright/test';
import { quizOf, rightLabels } from './fixture';

/** Computed colours of the printed elements among some, as the printed page has them. */
const colours = (page: Page, selector: string) =>
	page
		.locator(selector)
		.evaluateAll((elements) =>
			elements.filter((element) => element.getClientRects().length > 0).map((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor]),
		);

/** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
	const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
		const channel = Number(part) / 255;
		return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

for (const theme of ['dark', 'light'] as const) {
	test(`printed in the ${theme} theme, a module is dark text on white, without the navigation, with the diagram’s text`, async ({ page }) => {
		await page.addInitScript((chosen) => localStorage.setItem('crosstrain:theme', chosen), theme);
		await page.goto('/modules/error-budgets/');
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
		for (const [colour] of await colours(page, 'h1, h2, p, li, label, figcaption, .meta, .lead, a')) {
			expect(luminance(colour!), colour).toBeLessThan(0.2);
		}
		for (const [, background] of await colours(page, '.question, .notice, th, .calculator form')) {
			if (background !== 'rgba(0, 0, 0, 0)') expect(luminance(background!), background).toBeGreaterThan(0.8);
		}
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
		await expect(page.getByText('The budget starts at 43 minutes 12 seconds')).toBeVisible();
	});
}

test('"Print with the answer key" prints each question’s answer; an ordinary print does not', async ({ page }) => {
	await page.addInitScript(() => {
		(window as { printed?: number }).printed = 0;
		window.print = () => void ((window as { printed?: number }).printed! += 1);
	});
	await page.goto('/modules/shared-words/');
	const [question] = quizOf('shared-words').questions;
	const answer = page.getByText(`Answer: ${rightLabels(question!).join('; ')}`);
	await page.emulateMedia({ media: 'print' });
	await expect(answer).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	await page.getByRole('button', { name: 'Print with the answer key' }).click();
	expect(await page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
	// Nothing shows on screen meanwhile.
	await expect(answer).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(answer).toBeVisible();
	await expect(page.getByText('Show the answer')).toHaveCount(quizOf('shared-words').questions.length);
	await expect(page.getByText('Show the answer').first()).toBeHidden();

	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(answer).toBeHidden();
});
