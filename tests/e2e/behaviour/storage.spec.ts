import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { passQuiz } from './fixture';
import { browserAnswers, PERSIST_CALLS } from './storage-answer';

const KEY = 'crosstrain:progress';
const KEEPING_KEY = 'crosstrain:keeping';
const KEPT = 'This browser will keep your progress until you clear it.';
const MAY_CLEAR = 'This browser may clear your progress if you do not visit for a while.';
const NOW = new Date('2027-02-01T09:00:00.000Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const recordAt = (lastAttemptAt: string) => ({
	version: 1,
	modules: { 'shared-words': { attempts: 1, bestScore: 88, lastScore: 88, passed: true, lastAttemptAt, completedAt: lastAttemptAt, questions: {} } },
});

async function seed(page: Page, values: Record<string, unknown>) {
	await page.goto('/');
	await page.evaluate((entries) => {
		for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
	}, values);
}

const persistCalls = (page: Page) => page.evaluate((key) => Number(localStorage.getItem(key) ?? 0), PERSIST_CALLS);


test('Chromium is asked after the first quiz check, and the progress page says what it answered', async ({ page }) => {
	await page.goto('/progress/');
	// No progress yet: nothing asked, nothing to say about keeping it.
	await expect(page.getByText('Some browsers, Safari among them')).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(key), KEEPING_KEY)).toBeNull();

	const persistedBefore = await page.evaluate(() => navigator.storage.persisted());
	await passQuiz(page, 'shared-words');
	// A browser that already keeps the site's storage is not asked.
	if (!persistedBefore) await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').askedAt ?? null, KEEPING_KEY)).not.toBeNull();
	await page.goto('/progress/');
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	console.log(`Chromium answered: persisted before ${persistedBefore}, after asking ${persisted}`);
	await expect(page.getByText(persisted ? KEPT : MAY_CLEAR)).toBeVisible();
	await expect(page.getByText('You have not exported your progress yet.')).toBeVisible({ visible: !persisted });
});

test('the browser is asked once, and a refusal is said plainly with a reminder to export', async ({ page }) => {
	await browserAnswers(page, { persisted: false, grants: false });
	await passQuiz(page, 'shared-words');
	await expect.poll(() => persistCalls(page)).toBe(1);
	await passQuiz(page, 'shared-words');

	await page.goto('/progress/');
	await expect(page.getByText(MAY_CLEAR)).toBeVisible();
	await expect(page.getByText(/Safari among them, clear a site's data after seven days/)).toBeVisible();
	await expect(page.getByText('You have not exported your progress yet.')).toBeVisible();
	await page.reload();
	await expect(page.getByText(MAY_CLEAR)).toBeVisible();
	expect(await persistCalls(page)).toBe(1);

	// Exporting settles the reminder.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	await download;
	await expect(page.getByText('You have not exported your progress yet.')).toBeHidden();
	await expect(page.getByText(MAY_CLEAR)).toBeVisible();
});

test('a browser that grants it is said to keep progress, with no reminder', async ({ page }) => {
	await browserAnswers(page, { persisted: false, grants: true });
	await seed(page, { [KEY]: recordAt(daysBefore(1)) });
	await page.goto('/progress/');
	await expect(page.getByText(KEPT)).toBeVisible();
	await expect(page.getByText('You have not exported your progress yet.')).toBeHidden();
	await expect(page.getByText(/Safari among them/)).toBeHidden();
	expect(await persistCalls(page)).toBe(1);
});

test('the reminder comes back once the last export is over a week old and there is progress since', async ({ page }) => {
	await browserAnswers(page, { persisted: false, grants: false });
	await page.clock.setFixedTime(NOW);
	await seed(page, { [KEY]: recordAt(daysBefore(1)), [KEEPING_KEY]: { askedAt: daysBefore(30), exportedAt: daysBefore(3) } });
	await page.goto('/progress/');
	await expect(page.getByText(MAY_CLEAR)).toBeVisible();
	await expect(page.getByText(/You last exported your progress/)).toBeHidden();

	await page.clock.setFixedTime(new Date(NOW.getTime() + 6 * 86_400_000));
	await page.reload();
	await expect(page.getByText(/^You last exported your progress on .*29.*2027, and have made progress since\.$/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Export it now' })).toHaveAttribute('href', '#manage-heading');
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the kept state has no WCAG 2.2 AA violations in the ${scheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await browserAnswers(page, { persisted: true, grants: true });
		await seed(page, { [KEY]: recordAt(daysBefore(1)) });
		await page.goto('/progress/');
		await expect(page.getByText(KEPT)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}
