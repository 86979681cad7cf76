import { expect, test, type Page } from '@playwright/test';
import { checkRightAnswers, questionGroup, quizOf, wrongLabels } from './fixture';

const slug = 'shared-words';
const [first, second, third] = quizOf(slug).questions;

/** Records how the page asks for elements to be scrolled into view. */
async function recordScrolls(page: Page) {
	await page.addInitScript(() => {
		const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
		(window as { scrolls?: typeof calls }).scrolls = calls;
		const original = Element.prototype.scrollIntoView;
		Element.prototype.scrollIntoView = function (options) {
			calls.push(options);
			original.call(this, options);
		};
	});
}

/** Checks the quiz with the first two questions answered wrongly, the rest rightly: below the pass mark. */
async function checkWithTwoWrong(page: Page) {
	await checkRightAnswers(page, slug);
	for (const question of [first!, second!]) {
		const group = questionGroup(page, question);
		if (question.type === 'multiple') for (const box of await group.getByRole('checkbox').all()) await box.uncheck();
		await group.getByLabel(wrongLabels(question)[0]!, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
}

test('after checking, the check button gives way to the result, scrolled smoothly into view and focused', async ({ page }) => {
	await recordScrolls(page);
	await page.goto(`/modules/${slug}/`);
	await checkWithTwoWrong(page);

	const result = page.getByRole('heading', { name: 'Not passed yet' });
	await expect(result).toBeFocused();
	await expect(result).toBeInViewport();
	await expect(page.getByRole('button', { name: 'Check answers' })).toBeHidden();
	expect(await page.evaluate(() => (window as { scrolls?: ScrollIntoViewOptions[] }).scrolls?.at(-1)?.behavior)).toBe('smooth');

	await page.getByRole('button', { name: 'Retry the questions I missed' }).click();
	await expect(page.getByRole('button', { name: 'Check answers' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeHidden();
});

test('with reduced motion, the result is brought into view at once; each question starts with its verdict', async ({ page }) => {
	await recordScrolls(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/modules/${slug}/`);
	await checkWithTwoWrong(page);
	await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeInViewport();
	expect(await page.evaluate(() => (window as { scrolls?: ScrollIntoViewOptions[] }).scrolls?.at(-1))).toEqual({ block: 'center', behavior: 'instant' });
	// Nothing moves now, so positions can be compared.
	for (const [question, verdict] of [
		[first!, 'Not quite.'],
		[third!, 'Right.'],
	] as const) {
		const group = questionGroup(page, question);
		const verdictBox = (await group.getByText(verdict, { exact: true }).boundingBox())!;
		const firstOption = (await group.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio').first().boundingBox())!;
		expect(verdictBox.y, `the verdict of "${question.id}" comes before its options`).toBeLessThan(firstOption.y);
	}
});
