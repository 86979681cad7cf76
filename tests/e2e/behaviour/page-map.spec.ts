import { expect, test, type Page } from '@playwright/test';
import { course, disclosure } from './fixture';

const slug = 'shared-words';
/** The module's `##` headings, as its MDX writes them: what the map must list before the quiz. */
const sections = course.modules
	.find((module) => module.id === slug)!
	.body.split('\n')
	.filter((line) => line.startsWith('## '))
	.map((line) => line.slice(3).trim());

const pageMap = (page: Page) => page.getByRole('navigation', { name: 'On this page' });

test.describe('on a wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('"On this page" lists the module’s sections and ends with the quiz, beside the text', async ({ page }) => {
		await page.goto(`/modules/${slug}/`);
		const links = pageMap(page).getByRole('link');
		await expect(links).toHaveText([...sections, 'Check your understanding']);
		// Beside the text, not above it.
		const map = (await pageMap(page).boundingBox())!;
		const text = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
		expect(map.x).toBeGreaterThan(text.x + text.width / 2);
		await links.last().click();
		await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeInViewport();
	});

	test('the section being read is marked as the learner scrolls', async ({ page }) => {
		await page.goto(`/modules/${slug}/`);
		const links = pageMap(page).getByRole('link');
		const current = pageMap(page).locator('[aria-current="true"]').filter({ visible: true });
		await expect(current).toHaveCount(0);
		for (const [index, name] of [...sections, 'Check your understanding'].entries()) {
			// A fifth of the way down the window: being read, with the next section not yet begun.
			await page.getByRole('heading', { name, exact: true }).evaluate((heading) => scrollBy(0, heading.getBoundingClientRect().top - innerHeight / 5));
			await expect(links.nth(index)).toHaveAttribute('aria-current', 'true');
			await expect(current).toHaveCount(1);
		}
		await page.evaluate(() => scrollTo(0, 0));
		await expect(current).toHaveCount(0);
	});

	test('a jump marks where it lands: the skip link, Home, and a jump past the quiz heading', async ({ page }) => {
		await page.goto(`/modules/${slug}/`);
		const quizLink = pageMap(page).getByRole('link', { name: 'Check your understanding' });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to the quiz' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(quizLink).toHaveAttribute('aria-current', 'true');
		await page.keyboard.press('Home');
		await expect(pageMap(page).locator('[aria-current="true"]').filter({ visible: true })).toHaveCount(0);
		// A jump such as find-in-page carries the quiz heading from below the window to above it in one step.
		await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
		await expect.poll(() => page.evaluate(() => document.getElementById('quiz-heading')!.getBoundingClientRect().bottom)).toBeLessThan(0);
		await expect(quizLink).toHaveAttribute('aria-current', 'true');
	});

	test('without scripts the map is still a list of working links', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(`/modules/${slug}/`);
		await expect(pageMap(page).getByRole('link')).toHaveText([...sections, 'Check your understanding']);
		await pageMap(page).getByRole('link', { name: sections[1] }).click();
		await expect(page).toHaveURL(/#event-and-incident$/);
		await context.close();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	test('the map is a disclosure at the top, closed until opened', async ({ page }) => {
		await page.goto(`/modules/${slug}/`);
		const summary = disclosure(pageMap(page), 'On this page');
		await expect(summary).toBeVisible();
		await expect(pageMap(page).getByRole('link')).toHaveCount(0);
		// Above the text: before the first section's heading.
		const first = (await page.getByRole('heading', { name: sections[0] }).boundingBox())!;
		expect((await summary.boundingBox())!.y).toBeLessThan(first.y);
		await summary.click();
		await expect(pageMap(page).getByRole('link')).toHaveText([...sections, 'Check your understanding']);
		await pageMap(page).getByRole('link', { name: 'Check your understanding' }).click();
		await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeInViewport();
	});
});

for (const width of [1280, 375]) {
	test(`at ${width} px, "Skip to the quiz" is the second Tab stop and takes the keyboard to the first answer in four key presses`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`/modules/${slug}/`);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to the quiz' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeFocused();
		await page.keyboard.press('Tab');
		const firstQuestion = page.getByRole('group', { name: /^Question 1 of/ });
		await expect(firstQuestion.getByRole('radio').or(firstQuestion.getByRole('checkbox')).first()).toBeFocused();
	});
}

test('on the progress page, "Skip to export and import" is the second Tab stop and leads past the tables to Export', async ({ page }) => {
	await page.goto('/progress/');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to export and import' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Keep, move or clear your record' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Export progress' })).toBeFocused();
});
