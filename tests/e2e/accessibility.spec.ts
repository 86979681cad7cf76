import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { disclosure, moduleSlugs, pageTypes, searchResults } from './course';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe walks every node of the longest modules (tables, diagrams, two calculators): on a busy
// 2-core machine that alone has taken over 30 s.
test.describe.configure({ timeout: 90_000 });

async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		for (const [type, url] of Object.entries(pageTypes)) {
			test(`${type} page has no WCAG 2.2 AA violations`, async ({ page }) => {
				await page.goto(url);
				if (type === 'search') await expect(searchResults(page).first()).toBeVisible();
				expect(await violations(page)).toEqual([]);
			});
		}

		for (const slug of moduleSlugs) {
			test(`module ${slug}, with its diagrams and tools, has no WCAG 2.2 AA violations`, async ({ page }) => {
				await page.goto(`/modules/${slug}/`);
				for (const disclosure of await page.getByText('Diagram as text').all()) await disclosure.click();
				expect(await violations(page)).toEqual([]);
			});
		}

		test('a module on a phone, with the menu and the page map open, has no WCAG 2.2 AA violations', async ({ page }) => {
			await page.setViewportSize({ width: 375, height: 667 });
			await page.goto(pageTypes.module);
			await disclosure(page.getByRole('navigation', { name: 'Main' }), 'Menu').click();
			await disclosure(page.getByRole('navigation', { name: 'On this page' }), 'On this page').click();
			await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('a module on a wide screen, scrolled to a marked section, with the skip link focused, has no WCAG 2.2 AA violations', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(pageTypes.module);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: 'Skip to the quiz' })).toBeFocused();
			await page.locator('ct-module-text h2').nth(2).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
			await expect(page.getByRole('navigation', { name: 'On this page' }).locator('[aria-current="true"]').filter({ visible: true })).toHaveCount(1);
			expect(await violations(page)).toEqual([]);
		});

		test('a module as printed, with the answer key, has no WCAG 2.2 AA violations', async ({ page }) => {
			await page.addInitScript(() => (window.print = () => {}));
			await page.goto(pageTypes.module);
			await page.getByRole('button', { name: 'Print with the answer key' }).click();
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByText(/^Answer:/).first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('search results reached from the header, with the first result focused, have no WCAG 2.2 AA violations', async ({ page }) => {
			await page.goto('/');
			await page.getByRole('banner').getByRole('searchbox', { name: 'Search the course' }).fill('risk');
			await page.keyboard.press('Enter');
			await expect(searchResults(page).first().getByRole('link')).toBeFocused();
			expect(await violations(page)).toEqual([]);
		});

		test('a module mid-quiz, after checking, has no WCAG 2.2 AA violations', async ({ page }) => {
			await page.goto(pageTypes.module);
			await page.getByRole('group', { name: /^Question 1 of/ }).getByRole('radio').first().check();
			const check = page.getByRole('button', { name: 'Check answers' });
			await check.click();
			await expect(page.getByRole('alert')).toContainText('no answer yet');
			await check.click();
			await expect(page.getByRole('heading', { name: /Passed|Not passed yet/ })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	});
}
