import { expect, test, type Page } from '@playwright/test';
import { literal, moduleOf, quizOf, rightLabels, wrongLabels, type QuizFile } from './fixture';

const slug = 'shared-words';
const quiz = quizOf(slug);
const total = quiz.questions.length;

const questionGroup = (page: Page, question: QuizFile['questions'][number]) =>
	page.getByRole('group', { name: literal(question.prompt.trim().replace(/\s+/g, ' ').slice(0, 60)) });

async function answer(page: Page, question: QuizFile['questions'][number], labels: string[]) {
	const group = questionGroup(page, question);
	for (const label of labels) await group.getByLabel(label, { exact: true }).check();
}

test('a learner fails, reads the feedback, retries only what they missed, and passes', async ({ page }) => {
	await page.goto(`/modules/${slug}/`);
	const [first, second, ...rest] = quiz.questions;
	await answer(page, first!, wrongLabels(first!));
	await answer(page, second!, wrongLabels(second!));
	for (const question of rest) await answer(page, question, rightLabels(question));
	await page.getByRole('button', { name: 'Check answers' }).click();

	const failed = page.getByRole('heading', { name: 'Not passed yet' });
	await expect(failed).toBeFocused();
	const score = Math.floor(((total - 2) * 100) / total);
	await expect(page.getByText(`You got ${total - 2} of ${total} right (${score}%)`).first()).toBeVisible();
	await expect(questionGroup(page, first!).getByText('Your answer, not right:')).toBeVisible();
	await expect(questionGroup(page, first!).getByText('Not quite.')).toBeVisible();
	await expect(questionGroup(page, rest[0]!).getByText('Right.', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Retry the questions I missed' }).click();
	await expect(questionGroup(page, rest[0]!).getByRole(rest[0]!.type === 'multiple' ? 'checkbox' : 'radio').first()).toBeDisabled();
	await expect(questionGroup(page, first!).getByRole(first!.type === 'multiple' ? 'checkbox' : 'radio').first()).toBeFocused();
	await answer(page, first!, rightLabels(first!));
	await answer(page, second!, rightLabels(second!));
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeFocused();
	await expect(page.getByText(`You got ${total} of ${total} right (100%)`).first()).toBeVisible();

	await page.reload();
	await expect(page.getByText('Completed · best score 100%')).toBeVisible();
	await page.goto('/progress/');
	const row = page.getByRole('row', { name: moduleOf(slug).title }).first();
	await expect(row.getByRole('cell').nth(0)).toHaveText('Completed');
	await expect(row.getByRole('cell').nth(1)).toHaveText('100%');
	await expect(row.getByRole('cell').nth(2)).toHaveText('2');
});

test('the quiz can be answered and checked with the keyboard alone', async ({ page }) => {
	await page.goto(`/modules/${slug}/`);
	const wanted = new Set(quiz.questions.flatMap((question) => rightLabels(question)));
	await page.getByRole('heading', { name: 'Check your understanding' }).scrollIntoViewIfNeeded();
	await page.locator('ct-quiz').evaluate((quizElement) => quizElement.querySelector<HTMLElement>('p')!.setAttribute('tabindex', '-1'));
	await page.locator('ct-quiz p').first().focus();
	for (let step = 0; step < 200; step++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLInputElement;
			return { tag: element.tagName, type: element.type, label: element.labels?.[0]?.textContent?.trim() ?? element.textContent?.trim(), checked: element.checked };
		});
		if (focused.tag === 'BUTTON' && focused.label === 'Check answers') break;
		if (focused.type === 'checkbox' && wanted.has(focused.label!)) await page.keyboard.press('Space');
		if (focused.type === 'radio') {
			// Arrow keys move through a radio group and select as they go.
			for (let tries = 0; tries < 8; tries++) {
				const label = await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent?.trim());
				if (wanted.has(label!)) break;
				await page.keyboard.press('ArrowDown');
			}
			await page.keyboard.press('Space');
		}
	}
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeFocused();
});

test('options are shuffled per attempt unless the author keeps their order', async ({ page }) => {
	// With Math.random returning 0, Fisher–Yates moves the first option to the end.
	await page.addInitScript(() => {
		Math.random = () => 0;
	});
	await page.goto(`/modules/${slug}/`);
	const choice = quiz.questions.find((question) => question.type !== 'true-false' && question.options!.length > 2)!;
	const written = choice.options!.map((option) => option.text.trim().replace(/\s+/g, ' '));
	const shown = await questionGroup(page, choice).locator('label').allTextContents();
	expect(shown.map((text) => text.trim())).toEqual([...written.slice(1), written[0]]);

	const trueFalse = quiz.questions.find((question) => question.type === 'true-false')!;
	expect(await questionGroup(page, trueFalse).locator('label').allTextContents()).toEqual(['True', 'False']);
});

test('checking with questions unanswered warns once, then checks', async ({ page }) => {
	await page.goto(`/modules/${slug}/`);
	const [first, ...rest] = quiz.questions;
	for (const question of rest) await answer(page, question, rightLabels(question));
	const check = page.getByRole('button', { name: 'Check answers' });
	await check.click();
	await expect(page.getByRole('alert')).toHaveText('Question 1 has no answer yet. Answer it, or press Check answers again to check anyway.');
	await expect(page.getByRole('heading', { name: /Passed|Not passed yet/ })).toBeHidden();
	await check.click();
	await expect(page.getByRole('heading', { name: /^(Passed|Not passed yet)$/ })).toBeFocused();
	await expect(page.getByText(`You got ${total - 1} of ${total} right`).first()).toBeVisible();
	await expect(questionGroup(page, first!).getByText('Not quite.')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the module reads fine and each answer waits in a disclosure', async ({ page }) => {
		await page.goto(`/modules/${slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Check answers' })).toBeHidden();
		const disclosures = page.locator('summary', { hasText: 'Show the answer' });
		await expect(disclosures).toHaveCount(total);
		const firstRight = rightLabels(quiz.questions[0]!)[0]!;
		await disclosures.first().click();
		await expect(page.locator('details[open]').first()).toContainText(firstRight);
	});
});
