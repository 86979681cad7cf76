import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoMarkup, literal, moduleOf, quizOf, rightLabels, searchResults } from './fixture';

const KEY = 'crosstrain:progress';
const entry = (bestScore: number, passed: boolean) => ({
	attempts: 1,
	bestScore,
	lastScore: bestScore,
	passed,
	lastAttemptAt: '2026-11-20T10:00:00.000Z',
	questions: {},
});

async function answerAll(page: Page, slug: string) {
	await page.goto(`/modules/${slug}/`);
	const drawn = page.getByRole('group', { name: /^Question \d+ of \d+/ });
	await expect(drawn.first()).toBeVisible();
	for (const question of quizOf(slug).questions) {
		const group = page.getByRole('group', { name: literal(question.prompt.trim().replace(/\s+/g, ' ').slice(0, 60)) });
		if (!(await group.isVisible())) continue;
		for (const label of rightLabels(question)) await group.getByLabel(label, { exact: true }).check();
	}
}

/** Collects page errors; a test asserts the list is empty at its end. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

test('stored progress with "__proto__" keys is read safely and pollutes nothing', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await page.evaluate(
		([key, stored]) => localStorage.setItem(key!, stored!),
		[KEY, `{"version":1,"modules":{"__proto__":${JSON.stringify(entry(100, true))},"shared-words":${JSON.stringify(entry(90, true))}}}`],
	);
	await page.goto('/progress/');
	await expect(page.getByRole('row', { name: moduleOf('shared-words').title }).first().getByRole('cell').first()).toHaveText('Completed');
	expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).attempts)).toBeUndefined();
	expect(errors).toEqual([]);
});

test('a record from a newer version is kept as it is, and the learner is told', async ({ page }) => {
	const errors = watchErrors(page);
	const future = JSON.stringify({ version: 9, modules: { 'shared-words': { format: 'unknown to this version' } } });
	await page.goto('/');
	await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [KEY, future]);
	await answerAll(page, 'shared-words');
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await expect(page.getByText('written by a newer version of Crosstrain')).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(future);
	expect(errors).toEqual([]);
});

test('when the browser refuses access to storage altogether, everything still works', async ({ page }) => {
	const errors = watchErrors(page);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			},
		});
	});
	await answerAll(page, 'shared-words');
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await expect(page.getByText('does not allow the site to store data')).toBeVisible();
	// The theme still changes the page; it is not kept, so the next page follows the system.
	await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('/progress/');
	await expect(page.getByText('You have not taken any quiz yet.')).toBeVisible();
	expect(errors).toEqual([]);
});

test('two tabs finishing quizzes at the same moment both keep their results', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await answerAll(first, 'shared-words');
	await answerAll(second, 'service-desk-flow');
	await Promise.all([
		first.getByRole('button', { name: 'Check answers' }).click(),
		second.getByRole('button', { name: 'Check answers' }).click(),
	]);
	await expect(first.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await expect(second.getByRole('heading', { name: 'Passed' })).toBeVisible();
	const report = await context.newPage();
	await report.goto('/progress/');
	await expect(report.getByText('You have completed 2 modules and tried 2.')).toBeVisible();
});

test('an imported file of 50 MB is refused without being read, and progress is untouched', async ({ page }, testInfo) => {
	await page.goto('/');
	await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [KEY, JSON.stringify({ version: 1, modules: { 'shared-words': entry(88, true) } })]);
	await page.goto('/progress/');
	const huge = testInfo.outputPath('huge.json');
	writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
	await page.getByLabel('Progress file (.json)').setInputFiles(huge);
	await expect(page.getByRole('status').filter({ hasText: 'far larger than a Crosstrain progress file' })).toBeVisible();
	await expect(page.getByRole('row', { name: moduleOf('shared-words').title }).first().getByRole('cell').nth(1)).toHaveText('88%');
});

test('a thousand generated search queries never throw or render markup', async ({ page }) => {
	const errors = watchErrors(page);
	page.on('dialog', (dialog) => {
		errors.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.goto('/search/?q=incident');
	await expect(searchResults(page).first()).toBeVisible();
	const box = page.getByRole('searchbox', { name: 'Search modules and glossary terms' });
	// A fixed-seed generator, so a failure can be replayed.
	const pieces = [':', '~', '^', '+', '-', '*', '"', "'", '<b>', '</script>', '<img src=x onerror=alert(1)>', '&amp;', '\\', '(', ')', '[', ']', '{', '}', 'é', 'ß', '漢字', '😀', '\u200b', 'mfa', 'IT', 'risk', 'cve-2021-44228', ' '];
	let seed = 42;
	const next = () => (seed = (seed * 48271) % 2147483647);
	const queries = Array.from({ length: 1000 }, () => Array.from({ length: 1 + (next() % 6) }, () => pieces[next() % pieces.length]).join(''));
	for (let start = 0; start < queries.length; start += 100) {
		await box.evaluate(async (input: HTMLInputElement, batch) => {
			for (const query of batch) {
				input.value = query;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				// Let this query's search and rendering finish before the next one.
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
		}, queries.slice(start, start + 100));
	}
	await box.fill('<img src=x onerror=alert(1)> risk');
	await expect(page.getByRole('status')).toHaveText(/\d+ results?\.|No results/);
	await expect(page.locator('main img, main script:not([type])')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('progress earned on an earlier version of a quiz is kept and shown honestly', async ({ page }) => {
	await page.goto('/');
	const earlier = { ...entry(88, true), questions: { 'a-question-since-removed': true } };
	await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [KEY, JSON.stringify({ version: 1, modules: { 'shared-words': earlier } })]);
	await page.goto('/modules/shared-words/');
	await expect(page.getByText('Your best score so far is 88%, a pass (1 attempt). The quiz has changed since: some questions you answered were replaced.')).toBeVisible();
	await page.goto('/progress/');
	await expect(page.getByRole('row', { name: moduleOf('shared-words').title }).first().getByRole('cell').first()).toHaveText('Completed');
});

test.describe('with the Content-Security-Policy lifted, so only escaping stands in the way', () => {
	test.use({ bypassCSP: true });

	test('markup in a link’s query stays text in the search box and the glossary filter', async ({ page }) => {
		const errors = watchErrors(page);
		const markup = '<img src=x onerror=window.__pwned=1>';
		await page.goto(`/search/?q=${encodeURIComponent(markup)}`);
		await expect(page.getByRole('searchbox', { name: 'Search modules and glossary terms' })).toHaveValue(markup);
		await expect(page.getByRole('status')).toHaveText(/\d+ results?\.|No results/);
		await expectNoMarkup(page);

		await page.goto(`/glossary/?filter=${encodeURIComponent(markup)}`);
		await expect(page.getByRole('searchbox', { name: 'Filter terms' })).toHaveValue(markup);
		await expect(page.getByText('No term matches that filter.')).toBeVisible();
		await expectNoMarkup(page);
		expect(errors).toEqual([]);
	});
});
