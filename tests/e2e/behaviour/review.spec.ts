import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoMarkup, moduleOf, questionGroup, quizOf, rightLabels, wrongLabels, type QuizFile } from './fixture';
import { axeViolations } from './axe';

const KEY = 'crosstrain:progress';
type Question = QuizFile['questions'][number];

// The learner's days are local days: a time zone away from UTC, and British dates.
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
/** Wednesday 2 December 2026, `hour` o'clock in Berlin; `days` later. */
const wednesday = (hour = 9, days = 0) => new Date(Date.UTC(2026, 11, 2 + days, hour - 1));

/** A card as the store keeps it, new, due at `due`. */
const card = (due: string) => ({ due, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, savedAt: '2026-11-30T10:00:00.000Z' });
const record = (review: Record<string, unknown>) => JSON.stringify({ version: 2, modules: {}, assignments: [], review, removed: { assignments: {}, review: {} } });

async function seed(page: Page, value: string) {
	await page.goto('/offline/');
	await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [KEY, value]);
}

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

/** Answers a module's quiz, the questions in `wrong` wrongly and the rest rightly, and checks it. */
async function takeQuiz(page: Page, slug: string, wrong: string[]) {
	await page.goto(`/modules/${slug}/`);
	for (const question of quizOf(slug).questions) {
		const group = questionGroup(page, question);
		for (const label of wrong.includes(question.id) ? wrongLabels(question) : rightLabels(question)) await group.getByLabel(label, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: /Passed|Not passed yet/ })).toBeVisible();
}

/** The question the review page shows, found among the fixture's quizzes by its prompt. */
async function shownQuestion(page: Page, slugs: string[]): Promise<Question> {
	const group = page.getByRole('group', { name: /^Question \d+ of \d+/ });
	await expect(group).toBeVisible();
	const prompt = (await group.locator('legend').textContent())!;
	return slugs.flatMap((slug) => quizOf(slug).questions).find((question) => prompt.includes(question.prompt.trim()))!;
}

/** Answers the question shown, right or wrong, and checks it. */
async function answer(page: Page, question: Question, right: boolean) {
	const group = questionGroup(page, question);
	for (const label of right ? rightLabels(question) : wrongLabels(question)) await group.getByLabel(label, { exact: true }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(group.getByText(right ? 'Right.' : 'Not quite.', { exact: true })).toBeFocused();
}

const reviewLink = (page: Page) => page.getByRole('link', { name: /questions? to review/ });

test('a missed question joins the queue, comes due the next day, and answering it reschedules it', async ({ page }) => {
	const slug = 'service-desk-flow';
	const missed = quizOf(slug).questions[0]!;
	await page.clock.install({ time: wednesday(9) });
	await takeQuiz(page, slug, [missed.id]);
	await expect(reviewLink(page)).toHaveCount(0);

	await page.goto('/review/');
	await expect(page.getByRole('heading', { name: 'Nothing to review now' })).toBeVisible();
	await expect(page.getByText('Your queue holds 1 question; it comes due on Thursday 3 December.')).toBeVisible();
	await expect(page.getByText(/How the queue fills: every question you answer wrong/)).toBeVisible();

	await page.clock.setSystemTime(wednesday(8, 1));
	await page.goto('/');
	await expect(reviewLink(page)).toHaveText('1 question to review');
	await expect(reviewLink(page)).toHaveAttribute('href', '/review/');
	await page.goto(`/modules/${slug}/`);
	await expect(reviewLink(page)).toHaveAttribute('href', `/review/?module=${slug}`);
	await reviewLink(page).click();

	await expect(page.getByRole('status').filter({ hasText: '1 question to review.' })).toBeVisible();
	await expect(page.getByText(`Only questions from ${moduleOf(slug).title}.`)).toBeVisible();
	await expect(page.getByRole('group', { name: /^Question 1 of 1/ })).toContainText(missed.prompt);
	await expect(page.getByRole('link', { name: moduleOf(slug).title })).toHaveAttribute('href', `/modules/${slug}/`);
	await answer(page, missed, true);
	await expect(page.getByText(`Why: ${missed.explanation}`)).toBeVisible();
	await expect(page.getByText('This question comes back in 3 days, on Sunday 6 December.')).toBeVisible();
	await page.getByRole('button', { name: 'Finish' }).click();
	await expect(page.getByRole('heading', { name: 'All done for now' })).toBeFocused();
	await expect(page.getByText('You reviewed 1 question.')).toBeVisible();
	await expect(page.getByText('Your queue holds 1 question; it comes due on Sunday 6 December.')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Nothing to review now' })).toBeVisible();
	await page.goto('/');
	await expect(reviewLink(page)).toHaveCount(0);
	const after = await stored(page);
	expect(after.review[`${slug}/${missed.id}`]).toMatchObject({ reps: 1, state: 2, due: '2026-12-05T23:00:00.000Z' });
	expect(after.modules[slug].questions[missed.id].correct).toBe(true);
});

test('a pass adds a sample of the right answers; a review answered wrong shows the quiz feedback and comes back the next day', async ({ page }) => {
	const slug = 'shared-words';
	const missed = quizOf(slug).questions[0]!;
	await page.clock.install({ time: wednesday(20) });
	await takeQuiz(page, slug, [missed.id]);
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();

	await page.clock.setSystemTime(wednesday(7, 1));
	await page.goto('/');
	await expect(reviewLink(page)).toHaveText('3 questions to review');
	await reviewLink(page).click();
	await expect(page.getByRole('status').filter({ hasText: '3 questions to review.' })).toBeVisible();

	const first = await shownQuestion(page, [slug]);
	await answer(page, first, false);
	const group = questionGroup(page, first);
	await expect(group.getByText('Your answer, not right:')).toBeVisible();
	await expect(group.getByText(`Why: ${first.explanation}`)).toBeVisible();
	await expect(page.getByText('This question comes back tomorrow, Friday 4 December.')).toBeVisible();
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByRole('group', { name: /^Question 2 of 3/ })).toBeVisible();
	await expect(page.getByRole('group', { name: /^Question 2 of 3/ }).getByRole(first.type === 'multiple' ? 'checkbox' : 'radio').first()).toBeFocused();
	for (let left = 2; left > 0; left--) {
		await answer(page, await shownQuestion(page, [slug]), true);
		await page.getByRole('button', { name: left > 1 ? 'Next question' : 'Finish' }).click();
	}
	await expect(page.getByText('You reviewed 3 questions.')).toBeVisible();
	await expect(page.getByText('Your queue holds 3 questions; the next comes due on Friday 4 December.')).toBeVisible();

	await page.clock.setSystemTime(wednesday(7, 2));
	await page.goto('/review/');
	await expect(page.getByRole('group', { name: /^Question 1 of 1/ })).toContainText(first.prompt);
});

test('a question no longer in the course leaves the queue, and nothing breaks', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const kept = `shared-words/${quizOf('shared-words').questions[1]!.id}`;
	// Cards saved before an author removed a question, or changed it under a new id.
	await seed(page, record({ 'shared-words/a-question-since-removed': card('2026-11-01T10:00:00.000Z'), 'gone-module/q1': card('2026-11-01T10:00:00.000Z'), [kept]: card('2026-11-02T10:00:00.000Z') }));
	await page.goto('/review/');
	await expect(page.getByRole('status').filter({ hasText: '1 question to review.' })).toBeVisible();
	await expect(page.getByRole('group', { name: /^Question 1 of 1/ })).toBeVisible();
	const after = await stored(page);
	expect(Object.keys(after.review)).toEqual([kept]);
	expect(Object.keys(after.removed.review).sort()).toEqual(['gone-module/q1', 'shared-words/a-question-since-removed']);
	await page.goto('/');
	await expect(reviewLink(page)).toHaveText('1 question to review');
	expect(errors).toEqual([]);
});

test.describe('with the Content-Security-Policy lifted, so only escaping stands in the way', () => {
	test.use({ bypassCSP: true });

	test('markup in the link and in stored keys stays text', async ({ page }) => {
		const markup = '<img src=x onerror=window.__pwned=1>';
		await seed(page, record({ [`${markup}/q`]: card('2026-11-01T10:00:00.000Z') }));
		await page.goto(`/review/?module=${encodeURIComponent(markup)}&objective=${encodeURIComponent(markup)}`);
		await expect(page.getByText(`This course has no module “${markup}”, so every question due is shown.`)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Nothing to review now' })).toBeVisible();
		await page.goto(`/review/?module=shared-words&objective=${encodeURIComponent(markup)}`);
		await expect(page.getByText(`${moduleOf('shared-words').title} has no objective “${markup}”, so every question due from it is shown.`)).toBeVisible();
		await expectNoMarkup(page);
	});
});

test('review narrows to one objective of a module', async ({ page }) => {
	const questions = quizOf('shared-words').questions;
	const define = questions.filter((question) => question.objective === 'define');
	await seed(page, record(Object.fromEntries(questions.map((question) => [`shared-words/${question.id}`, card('2026-11-01T10:00:00.000Z')]))));
	await page.goto('/review/?module=shared-words&objective=define');
	const objective = moduleOf('shared-words').objectives.find((entry) => entry.id === 'define')!.text;
	await expect(page.getByText(`Only questions from ${moduleOf('shared-words').title} that check this objective: ${objective}`)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: `${define.length} questions to review.` })).toBeVisible();
	await page.getByRole('link', { name: 'Review every question due' }).click();
	await expect(page.getByRole('status').filter({ hasText: `${questions.length} questions to review.` })).toBeVisible();
});

test('the review state goes out with an export and comes back with an import', async ({ page }) => {
	const slug = 'service-desk-flow';
	const question = quizOf(slug).questions[0]!;
	await page.clock.install({ time: wednesday(9) });
	await seed(page, record({ [`${slug}/${question.id}`]: card('2026-12-01T23:00:00.000Z') }));
	await page.goto('/review/');
	await answer(page, question, false);
	const before = (await stored(page)).review;

	await page.goto('/progress/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await download).path();
	expect(JSON.parse(readFileSync(file, 'utf8')).review).toEqual(before);
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await page.getByRole('dialog', { name: 'Delete all progress?' }).getByRole('button', { name: 'Delete all progress' }).click();
	await page.goto('/review/');
	await expect(page.getByText('Your queue is empty.')).toBeVisible();

	await page.goto('/progress/');
	await page.getByLabel('Progress file (.json)').setInputFiles(file);
	await expect(page.getByText(/Imported \d+ modules? from/)).toBeVisible();
	await page.goto('/review/');
	await expect(page.getByText('Your queue holds 1 question; it comes due on Thursday 3 December.')).toBeVisible();
	expect((await stored(page)).review).toEqual(before);
});

test('when storage is full, review goes on in memory and says so once', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const questions = quizOf('shared-words').questions.slice(0, 2);
	await seed(page, record(Object.fromEntries(questions.map((question) => [`shared-words/${question.id}`, card('2026-11-01T10:00:00.000Z')]))));
	await page.addInitScript((key) => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (name: string, value: string) {
			if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return setItem.call(this, name, value);
		};
	}, KEY);
	await page.goto('/review/');
	await answer(page, await shownQuestion(page, ['shared-words']), true);
	await expect(page.getByText('Your browser refused to save progress')).toBeVisible();
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	await answer(page, await shownQuestion(page, ['shared-words']), true);
	await page.getByRole('button', { name: 'Finish' }).click();
	await expect(page.getByText('You reviewed 2 questions.')).toBeVisible();
	await expect(page.getByText('Your browser refused to save progress')).toBeHidden();
	expect(errors).toEqual([]);
});

test('when the browser refuses storage altogether, the review page still works', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			},
		});
	});
	await page.goto('/review/');
	await expect(page.getByText('Your queue is empty.')).toBeVisible();
	await expect(page.getByText('does not allow the site to store data')).toBeVisible();
	expect(errors).toEqual([]);
});

test('two tabs answering reviews at the same moment both keep their answers', async ({ context }) => {
	const keys = ['shared-words', 'service-desk-flow'].map((slug) => [slug, quizOf(slug).questions[0]!] as const);
	const [first, second] = [await context.newPage(), await context.newPage()];
	await seed(first, record(Object.fromEntries(keys.map(([slug, question]) => [`${slug}/${question.id}`, card('2026-11-01T10:00:00.000Z')]))));
	const tabs = [first, second] as const;
	for (const [index, [slug, question]] of keys.entries()) {
		const tab = tabs[index]!;
		await tab.goto(`/review/?module=${slug}`);
		for (const label of rightLabels(question)) await questionGroup(tab, question).getByLabel(label, { exact: true }).check();
	}
	await Promise.all(tabs.map((tab) => tab.getByRole('button', { name: 'Check answer' }).click()));
	for (const tab of tabs) await expect(tab.getByText(/This question comes back in 3 days/)).toBeVisible();
	const report = await context.newPage();
	await report.goto('/review/');
	await expect(report.getByText(/Your queue holds 2 questions; the next comes due on/)).toBeVisible();
	const review = (await stored(report)).review;
	for (const [slug, question] of keys) expect(review[`${slug}/${question.id}`]).toMatchObject({ reps: 1, state: 2 });
});


for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		test('the review page has no WCAG 2.2 AA violations with questions due, after a wrong answer, and with none due', async ({ page }) => {
			const question = quizOf('shared-words').questions[1]!;
			await seed(page, record({ [`shared-words/${question.id}`]: card('2026-11-01T10:00:00.000Z') }));
			await page.goto('/review/?module=shared-words');
			await expect(page.getByRole('group', { name: /^Question 1 of 1/ })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			await answer(page, question, false);
			expect(await axeViolations(page)).toEqual([]);
			await page.getByRole('button', { name: 'Finish' }).click();
			await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}
