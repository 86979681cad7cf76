/** The completion record: per path, per assignment and for the whole course; copied as text, printed, and safe with hostile names. */
import { expect, test, type Page } from '@playwright/test';
import { course, expectNoMarkup, moduleOf, pathOf, quizOf } from './fixture';
import { assignmentId } from '../../../src/client/progress/changes.ts';
import { axeViolations } from './axe';

const version = course.changelog[0]!.version;
const now = new Date('2026-12-14T12:00:00.000Z');

test.use({ locale: 'en-GB', timezoneId: 'UTC' });

/** Shared words passed on 10 Dec 2026 with 100% (every objective shown); patching basics tried at 67%, "define" right only. */
function seededRecord(learnerName?: string) {
	const entry = (slug: string, at: string, score: number, right: (objective: string) => boolean) => ({
		attemptsBy: { seed: 1 },
		bestScore: score,
		lastScore: score,
		passed: score >= 80,
		lastAttemptAt: at,
		...(score >= 80 ? { completedAt: at } : {}),
		questions: Object.fromEntries(quizOf(slug).questions.map((question) => [question.id, { correct: right(question.objective), at }])),
	});
	return {
		version: 2,
		modules: {
			'shared-words': entry('shared-words', '2026-12-10T12:00:00.000Z', 100, () => true),
			'patching-basics': entry('patching-basics', '2026-12-11T12:00:00.000Z', 67, (objective) => objective === 'define'),
		},
		assignments: [],
		review: {},
		removed: { assignments: {}, review: {} },
		...(learnerName ? { learnerName: { text: learnerName, at: '2026-12-11T12:00:00.000Z' } } : {}),
	};
}

async function seed(page: Page, record: object = seededRecord()) {
	await page.clock.setFixedTime(now);
	await page.goto('/');
	await page.evaluate((value) => localStorage.setItem('crosstrain:progress', JSON.stringify(value)), record);
}

const row = (page: Page, slug: string) => page.getByRole('row', { name: moduleOf(slug).title });
const field = (page: Page, label: string) => page.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${label}"]`) });


test('a path record shows each module with its date and best score, the objectives shown, the version and the address', async ({ page }) => {
	await seed(page);
	await page.goto('/progress/');
	await page.getByRole('link', { name: 'Print or copy your completion record' }).click();
	await expect(page).toHaveURL('/record/');
	await page.getByRole('link', { name: `Path: ${pathOf('it-staff').title}` }).click();
	await expect(page).toHaveURL('/record/?path=it-staff');
	await expect(page.getByRole('link', { name: `Path: ${pathOf('it-staff').title}` })).toHaveAttribute('aria-current', 'page');

	await page.getByLabel('Your name, as it should appear on the record').fill('Jane Doe');
	await expect(field(page, 'Learner (name typed by the learner)')).toHaveText('Jane Doe');
	await expect(field(page, 'Record for')).toHaveText(`Path: ${pathOf('it-staff').title}`);
	await expect(page.getByRole('heading', { name: '1 of 4 modules completed' })).toBeVisible();
	await expect(row(page, 'shared-words').getByRole('cell')).toHaveText(['10 Dec 2026', '100%', '3 of 3']);
	await expect(row(page, 'patching-basics').getByRole('cell')).toHaveText(['Not completed', '67%', '1 of 3']);
	await expect(row(page, 'error-budgets').getByRole('cell')).toHaveText(['Not completed', 'None', '0 of 3']);
	await expect(page.getByRole('heading', { name: 'Objectives shown: 4 of 12' })).toBeVisible();
	await expect(page.getByRole('list', { name: moduleOf('shared-words').title }).getByRole('listitem')).toHaveText(moduleOf('shared-words').objectives.map((objective) => objective.text));
	await expect(page.getByRole('list', { name: moduleOf('patching-basics').title }).getByRole('listitem')).toHaveText([moduleOf('patching-basics').objectives.find((objective) => objective.id === 'define')!.text]);
	await expect(page.getByRole('list', { name: moduleOf('error-budgets').title })).toHaveCount(0);
	await expect(field(page, 'Course version')).toHaveText(version);
	await expect(field(page, 'Site')).toHaveText(new URL(page.url()).origin);
	await expect(field(page, 'Generated')).toHaveText('14 Dec 2026');
	await expect(page.getByText('This record is self-reported')).toBeVisible();
	await expect(page.getByText("the LMS's own record is the proof of completion")).toBeVisible();

	// The name is kept: the record says the same after a reload.
	await page.reload();
	await expect(page.getByLabel('Your name, as it should appear on the record')).toHaveValue('Jane Doe');
	await expect(field(page, 'Learner (name typed by the learner)')).toHaveText('Jane Doe');
});

test('a path page links to its record', async ({ page }) => {
	await page.goto('/paths/leaders/');
	await page.getByRole('link', { name: 'Completion record for this path' }).click();
	await expect(page).toHaveURL('/record/?path=leaders');
	await expect(page.getByRole('heading', { name: '0 of 2 modules completed' })).toBeVisible();
});

test.describe('copied as text', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test("an assignment's record copies as text with the same figures, the sender and the due date", async ({ page }) => {
		// As an onboarding link leaves it in the record.
		const link = { kind: 'path' as const, path: 'it-staff', due: '2027-01-29', from: 'Sam Lee' };
		await seed(page, { ...seededRecord('Jane Doe'), assignments: [{ ...link, id: assignmentId(link), openedAt: '2026-12-01T09:00:00.000Z' }] });
		await page.goto('/record/');
		await page.getByRole('link', { name: `Assignment: ${pathOf('it-staff').title}, from Sam Lee` }).click();
		await expect(page).toHaveURL(/\/record\/\?assignment=path-/);
		await expect(field(page, 'Sent by')).toHaveText('Sam Lee');
		await expect(field(page, 'Due')).toHaveText('29 Jan 2027');

		await page.getByRole('button', { name: 'Copy as text' }).click();
		await expect(page.getByRole('status')).toHaveText('The record is copied as text: paste it into an email.');
		const text = await page.evaluate(() => navigator.clipboard.readText());
		const origin = new URL(page.url()).origin;
		for (const line of [
			`Record for: Assignment: ${pathOf('it-staff').title}`,
			'Learner (name typed by the learner): Jane Doe',
			'Sent by: Sam Lee',
			'Due: 29 Jan 2027',
			'1 of 4 modules completed',
			`- ${moduleOf('shared-words').title} — Completed: 10 Dec 2026 · Best score: 100% · Objectives shown: 3 of 3`,
			`- ${moduleOf('patching-basics').title} — Not completed · Best score: 67% · Objectives shown: 1 of 3`,
			`- ${moduleOf('error-budgets').title} — Not completed · Best score: None · Objectives shown: 0 of 3`,
			'Objectives shown: 4 of 12',
			`Course version: ${version}`,
			`Site: ${origin}`,
			'Generated: 14 Dec 2026',
		]) {
			expect(text.split('\n')).toContain(line);
		}
		expect(text).toContain('not proof of completion');
		for (const { text: objective } of moduleOf('shared-words').objectives) expect(text).toContain(`- ${objective}`);
	});
});

test('when copying is refused, the text is shown selected and the learner is told', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) } });
	});
	await seed(page);
	await page.goto('/record/?path=it-staff');
	await page.getByRole('button', { name: 'Copy as text' }).click();
	await expect(page.getByRole('status')).toContainText('Copying was blocked');
	const box = page.getByRole('textbox', { name: 'The record as text' });
	await expect(box).toBeFocused();
	await expect(box).toHaveValue(/^Crosstrain: completion record\n/);
	expect(await box.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd) === area.value)).toBe(true);
});

test('an unknown path or assignment gives the whole course, and says so', async ({ page }) => {
	await seed(page);
	await page.goto('/record/?path=no-such-path');
	await expect(page.getByText('This course has no path “no-such-path”')).toBeVisible();
	await expect(page.getByRole('link', { name: 'The whole course' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('heading', { name: `1 of ${course.modules.length} modules completed` })).toBeVisible();
	await page.goto('/record/?assignment=plan-gone');
	await expect(page.getByText('This browser has no such assignment')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
	test(`printed in the ${theme} theme, a path record is dark text on white on one page, without the site's header or buttons`, async ({ page }) => {
		await page.addInitScript((chosen) => localStorage.setItem('crosstrain:theme', chosen), theme);
		await seed(page);
		await page.goto('/record/?path=it-staff');
		await expect(row(page, 'shared-words').getByRole('cell').first()).toHaveText('10 Dec 2026');
		await page.emulateMedia({ media: 'print' });
		const colours = await page.evaluate(() => {
			const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
			return {
				background: style('body').backgroundColor,
				texts: ['h1', 'h2', 'tbody th', 'tbody td', 'dd', '.record-notice'].map((selector) => style(selector).color),
				cellBackground: style('thead th').backgroundColor,
			};
		});
		expect(colours.background).toBe('rgb(255, 255, 255)');
		// Dark: each channel well below the middle.
		for (const colour of colours.texts) for (const channel of colour.match(/\d+/g)!.slice(0, 3).map(Number)) expect(channel, colour).toBeLessThan(90);
		for (const channel of colours.cellBackground.match(/\d+/g)!.slice(0, 3).map(Number)) expect(channel, colours.cellBackground).toBeGreaterThan(200);
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy as text' })).toBeHidden();
		await expect(page.getByLabel('Your name, as it should appear on the record')).toBeHidden();
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
	});
}

test.describe('with the Content-Security-Policy lifted, so only escaping stands in the way', () => {
	test.use({ bypassCSP: true });

	test('a hostile name from an imported file, or typed, is shown as text', async ({ page }) => {
		const hostile = '<img src=x onerror=window.__pwned=1>';
		const imported = `<svg onload=window.__pwned=2>${'x'.repeat(200)}`.slice(0, 80);
		await seed(page);
		await page.goto('/progress/');
		await page.getByLabel('Progress file (.json)').setInputFiles({
			name: `${hostile}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify({ ...seededRecord(), learnerName: { text: imported, at: '2026-12-13T12:00:00.000Z' } })),
		});
		await expect(page.getByRole('status').filter({ hasText: `from ${hostile}.json` })).toBeVisible();
		await page.goto('/record/');
		await expect(field(page, 'Learner (name typed by the learner)')).toHaveText(imported);
		await expect(page.getByLabel('Your name, as it should appear on the record')).toHaveValue(imported);

		await page.getByLabel('Your name, as it should appear on the record').fill(hostile);
		await expect(field(page, 'Learner (name typed by the learner)')).toHaveText(hostile);
		await expectNoMarkup(page);
		await expect(page.locator('main svg')).toHaveCount(0);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		test('the record has no WCAG 2.2 AA violations', async ({ page }) => {
			await seed(page, seededRecord('Jane Doe'));
			await page.goto('/record/?path=it-staff');
			await expect(row(page, 'shared-words').getByRole('cell').first()).toHaveText('10 Dec 2026');
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}
