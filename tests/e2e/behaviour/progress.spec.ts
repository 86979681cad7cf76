import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkRightAnswers, moduleOf, pathOf, passQuiz } from './fixture';

const KEY = 'crosstrain:progress';
const slug = 'shared-words';

const passedRecord = {
	version: 1,
	modules: {
		[slug]: { attempts: 3, bestScore: 88, lastScore: 88, passed: true, lastAttemptAt: '2026-11-20T10:00:00.000Z', completedAt: '2026-11-20T10:00:00.000Z', questions: {} },
	},
};

async function seed(page: Page, value: string) {
	await page.goto('/');
	await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [KEY, value]);
}


const riskRow = (page: Page) => page.getByRole('row', { name: moduleOf(slug).title }).first();

test('progress can be exported, reset after confirming, and imported again', async ({ page }) => {
	await seed(page, JSON.stringify(passedRecord));
	await page.goto('/progress/');
	await expect(riskRow(page).getByRole('cell').first()).toHaveText('Completed');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await download).path();
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	// The export is the whole record in the current format (2), with the stored format 1 history in it.
	expect(exported).toMatchObject({ version: 2, modules: { [slug]: { ...passedRecord.modules[slug], attemptsBy: { v1: 3 } } }, assignments: [], review: {} });

	await page.getByRole('button', { name: 'Reset progress…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete all progress?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(riskRow(page).getByRole('cell').first()).toHaveText('Completed');

	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await dialog.getByRole('button', { name: 'Delete all progress' }).click();
	await expect(riskRow(page).getByRole('cell').first()).toHaveText('Not started');

	await page.getByLabel('Progress file (.json)').setInputFiles(file);
	await expect(page.getByText(/Imported 1 module/)).toBeVisible();
	await expect(riskRow(page).getByRole('cell').nth(1)).toHaveText('88%');
});

test('a bad import file is rejected with a clear message and nothing changes', async ({ page }) => {
	await seed(page, JSON.stringify(passedRecord));
	await page.goto('/progress/');
	const input = page.getByLabel('Progress file (.json)');
	const files: [string, string, RegExp][] = [
		['notes.txt', 'this is not json', /not a JSON file\. Your current progress is unchanged\./],
		['empty.json', '', /it is empty\. Your current progress is unchanged\./],
		['wrong.json', '{"version":1,"modules":{"x":{"attempts":"lots"}}}', /not a valid progress entry\. Your current progress is unchanged\./],
		['hostile.json', '{"version":1,"modules":{"<img src=x onerror=alert(1)>":{"attempts":1}}}', /not a valid progress entry/],
		['<img src=x onerror=alert(1)>.json', '{"version":1,"modules":{}}', /Imported 0 modules from <img src=x onerror=alert\(1\)>\.json\./],
	];
	for (const [name, content, message] of files) {
		await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
		await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
	}
	await expect(page.locator('main img')).toHaveCount(0);
	expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!)).toEqual(passedRecord);
});

test('corrupt stored progress is reported once and progress saves again', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await seed(page, '{"version":1,"modules":');
	await page.goto(`/modules/${slug}/`);
	await expect(page.getByText('Your saved progress could not be read')).toBeVisible();
	await passQuiz(page, slug);
	await page.goto('/progress/');
	await expect(page.getByText('Your saved progress could not be read')).toBeHidden();
	await expect(riskRow(page).getByRole('cell').first()).toHaveText('Completed');
	expect(errors).toEqual([]);
});

test('when storage is full, quizzes still score, the learner is told, and what was stored is kept', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const tried = { attempts: 1, bestScore: 50, lastScore: 50, passed: false, lastAttemptAt: '2026-11-19T10:00:00.000Z', questions: {} };
	const stored = JSON.stringify({ version: 1, modules: { ...passedRecord.modules, 'service-desk-flow': tried } });
	await seed(page, stored);
	// Reads still work; every write fails the way a full storage makes it fail.
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.goto('/modules/service-desk-flow/');
	await expect(page.getByText('Your best score so far is 50% (1 attempt).', { exact: true })).toBeVisible();
	await checkRightAnswers(page, 'service-desk-flow');
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await expect(page.getByText('Your best score so far is 100%, a pass (2 attempts).', { exact: true })).toBeVisible();
	await expect(page.getByText('Your browser refused to save progress')).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(stored);
	await page.goto('/progress/');
	await expect(riskRow(page).getByRole('cell').first()).toHaveText('Completed');
	expect(errors).toEqual([]);
});

test('another open tab shows new progress without a reload', async ({ context }) => {
	const progressTab = await context.newPage();
	await progressTab.goto('/progress/');
	await expect(riskRow(progressTab).getByRole('cell').first()).toHaveText('Not started');
	const quizTab = await context.newPage();
	await passQuiz(quizTab, slug);
	await expect(riskRow(progressTab).getByRole('cell').first()).toHaveText('Completed');
});

test('the home page offers to continue where the learner left off', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByText('Continue where you left off')).toBeHidden();
	await passQuiz(page, slug);
	await page.goto('/');
	const prompt = page.getByText('Continue where you left off:');
	await expect(prompt).toBeVisible();
	await expect(prompt.locator('..').getByRole('link')).toHaveText(moduleOf(pathOf('it-staff').modules[1]!).title);
	await expect(page.getByText(`1 of ${pathOf('it-staff').modules.length} modules completed`).first()).toBeVisible();
});
