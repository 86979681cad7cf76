/** The fixture course (tests/fixtures/course/), which the behaviour tests run on. */
import { expect, type Page } from '@playwright/test';
import { readTestCourse } from '../read-course.ts';

export { disclosure, expectNoMarkup, literal, questionGroup, rightLabels, searchResults, wrongLabels, type QuizFile } from '../read-course.ts';

export const { course, moduleSlugs, quizOf, moduleOf, termOf, pathOf, bankQuiz, checkRightAnswers } = readTestCourse(
	new URL('../../fixtures/course/content/', import.meta.url),
);

/** Opens a module and passes its quiz: the right answer to every question drawn, then "Check answers". */
export async function passQuiz(page: Page, slug: string) {
	await page.goto(`/modules/${slug}/`);
	await checkRightAnswers(page, slug);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
}
