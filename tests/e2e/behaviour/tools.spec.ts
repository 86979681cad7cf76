import { expect, test } from '@playwright/test';
import { bankQuiz } from './fixture';

test.describe('the error-budget calculator', () => {
	test('recalculates as the learner types and explains bad input', async ({ page }) => {
		await page.goto('/modules/error-budgets/');
		const calculator = page.getByRole('form', { name: 'Error-budget calculator' });
		const result = calculator.getByRole('status');
		await expect(result).toContainText('allows 43 min 12 s of downtime');
		await calculator.getByLabel('SLO (%)').fill('99.95');
		await calculator.getByLabel('Window (days)').fill('30');
		await calculator.getByLabel('Downtime so far (minutes)').fill('10');
		await expect(result).toHaveText(
			'An SLO of 99.95% over 30 days allows 21 min 36 s of downtime. After 10 minutes of downtime, 11 min 36 s (53% of the budget) is left.',
		);
		await calculator.getByLabel('Downtime so far (minutes)').fill('30');
		await expect(result).toContainText('overspent by 8 min 24 s');
		await calculator.getByLabel('SLO (%)').fill('100');
		await expect(result).toHaveText('The SLO is a percentage above 0 and below 100.');
	});
});

test.describe('the annualized-loss calculator', () => {
	test('sets the loss a control removes against its cost, to the cent', async ({ page }) => {
		await page.goto('/modules/loss-in-money/');
		const calculator = page.getByRole('form', { name: 'Annualized-loss calculator' });
		await calculator.getByLabel('Asset value (AV)').fill('250000');
		await calculator.getByLabel('Exposure factor today (EF, %)').fill('40');
		await calculator.getByLabel('Occurrences per year today (ARO)').fill('0.5');
		await calculator.getByLabel('Exposure factor with the control (%)').fill('40');
		await calculator.getByLabel('Occurrences per year with the control').fill('0.1');
		await calculator.getByLabel('Yearly cost of the control').fill('30000');
		await expect(calculator.getByRole('status')).toHaveText(
			'Today: SLE = 250,000.00 × 40% = 100,000.00; ALE = 100,000.00 × 0.5 = 50,000.00 a year. ' +
				'With the control: SLE = 250,000.00 × 40% = 100,000.00; ALE = 100,000.00 × 0.1 = 10,000.00 a year. ' +
				'The control removes 40,000.00 of expected loss a year for 30,000.00: a net benefit of 10,000.00 a year.',
		);
		await calculator.getByLabel('Exposure factor today (EF, %)').fill('140');
		await expect(calculator.getByRole('status')).toHaveText('An exposure factor is a percentage from 0 to 100.');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each calculator shows a worked example', async ({ page }) => {
		await page.goto('/modules/error-budgets/');
		await expect(page.getByRole('form', { name: 'Error-budget calculator' }).getByRole('status')).toContainText(/allows \d/);
		await page.goto('/modules/loss-in-money/');
		await expect(page.getByRole('form', { name: 'Annualized-loss calculator' }).getByRole('status')).toContainText(/^Today: SLE = /);
	});
});

test('diagrams are named by their caption and have a text alternative', async ({ page }) => {
	await page.goto('/modules/error-budgets/');
	const figure = page.getByRole('figure').filter({ has: page.getByRole('img') }).first();
	const caption = (await figure.locator('figcaption').textContent())!.trim();
	await expect(figure.getByRole('img', { name: caption })).toBeVisible();
	await figure.getByText('Diagram as text').click();
	await expect(figure.getByRole('group')).toBeVisible();
	expect((await figure.getByRole('group').textContent())!.length).toBeGreaterThan(caption.length + 40);
});

test('a question bank draws a fresh set of questions for each attempt', async ({ page }) => {
	const { slug, quiz } = bankQuiz();
	const draw = quiz.draw!;
	await page.goto(`/modules/${slug}/`);
	await expect(page.getByText(`${draw} questions, drawn from a bank of ${quiz.questions.length}.`)).toBeVisible();
	const shown = page.getByRole('group', { name: new RegExp(`^Question \\d+ of ${draw}`) });
	await expect(shown).toHaveCount(draw);
	await expect(page.getByRole('group', { name: new RegExp(`^Question 1 of ${draw}`) })).toBeVisible();
	const check = page.getByRole('button', { name: 'Check answers' });
	await check.click();
	await check.click();
	await expect(page.getByText(new RegExp(`You got \\d+ of ${draw} right`)).first()).toBeVisible();
	await page.getByRole('button', { name: 'Retry all questions' }).click();
	await expect(shown).toHaveCount(draw);
});
