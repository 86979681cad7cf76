/** What the end-to-end tests need to know about the course, read through the project's one content reader. */
import { expect, type Page } from '@playwright/test';
import { readCourse } from '../../src/data/read-content.ts';
import type { Quiz } from '../../src/schemas/index.ts';

const course = readCourse(new URL('../../content/', import.meta.url));

export type QuizFile = Quiz;

export const moduleSlugs = course.modules.map((module) => module.id);

export function quizOf(slug: string): Quiz {
	return course.quizzes.find((quiz) => quiz.id === slug)!.data;
}

/** The first module, in path order, whose quiz is a bank that draws some of its questions. */
export function bankQuiz(): { slug: string; quiz: Quiz } {
	const slug = course.paths.flatMap((path) => path.data.modules).find((module) => quizOf(module).draw !== undefined)!;
	return { slug, quiz: quizOf(slug) };
}

const label = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The labels of the right options of a question, as shown on the page. */
export function rightLabels(question: Quiz['questions'][number]): string[] {
	return question.options.filter((option) => option.correct).map((option) => label(option.text));
}

/** The labels of some wrong answer to a question. */
export function wrongLabels(question: Quiz['questions'][number]): string[] {
	return [label(question.options.find((option) => !option.correct)!.text)];
}

export function moduleOf(slug: string) {
	return course.modules.find((module) => module.id === slug)!.data;
}

export function termOf(slug: string) {
	return course.terms.find((term) => term.id === slug)!.data;
}

export function pathOf(id: string) {
	return course.paths.find((path) => path.id === id)!.data;
}

/** Escapes text for use inside a RegExp. */
export const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));

/** One URL of each page type. */
export const pageTypes = {
	home: '/',
	path: '/paths/it-staff/',
	module: '/modules/risk-vocabulary/',
	glossary: '/glossary/',
	term: '/glossary/incident/',
	search: '/search/?q=change',
	progress: '/progress/',
	onboarding: '/onboarding/',
	plan: '/onboarding/plan/?modules=risk-vocabulary,how-itsm-works&due=2027-01-29&from=Sam%20Lee',
	'not found': '/no-such-page/',
};

/** The results of a search, as a screen reader would list them. */
export const searchResults = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('listitem');

/** Checks the right answers to every question of a module's quiz that is drawn on the page. */
export async function checkRightAnswers(page: Page, slug: string) {
	await expect(page.getByRole('group', { name: /^Question \d+ of \d+/ }).first()).toBeVisible();
	for (const question of quizOf(slug).questions) {
		const group = page.getByRole('group', { name: literal(question.prompt.trim().replace(/\s+/g, ' ').slice(0, 60)) });
		if (!(await group.isVisible())) continue;
		for (const label of rightLabels(question)) await group.getByLabel(label, { exact: true }).check();
	}
}

/** Asserts that no learner's or author's text became markup on the page: no image, and no handler ran. */
export async function expectNoMarkup(page: Page) {
	await expect(page.locator('main img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}
