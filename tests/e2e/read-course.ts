/**
 * What the end-to-end tests need to know about a course, read through the project's one
 * content reader: the real course (./course.ts) or the fixture course (./behaviour/fixture.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readCourse } from '../../src/data/read-content.ts';
import type { Quiz } from '../../src/schemas/index.ts';

export type QuizFile = Quiz;
type Question = Quiz['questions'][number];

const label = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The labels of the right options of a question, as shown on the page. */
export function rightLabels(question: Question): string[] {
	return question.options.filter((option) => option.correct).map((option) => label(option.text));
}

/** The labels of some wrong answer to a question. */
export function wrongLabels(question: Question): string[] {
	return [label(question.options.find((option) => !option.correct)!.text)];
}

/** A question's group on the page, found by the start of its prompt. */
export const questionGroup = (page: Page, question: Question) => page.getByRole('group', { name: literal(label(question.prompt).slice(0, 60)) });

/** Escapes text for use inside a RegExp. */
export const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));

/**
 * A disclosure's summary ("Menu", "On this page"), by its text. Playwright gives <summary>
 * no role (browsers expose it as a disclosure button), so it is found by element and text.
 */
export const disclosure = (scope: Page | Locator, text: string) => scope.locator('summary').filter({ hasText: text });

/** The results of a search, as a screen reader would list them. */
export const searchResults = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('listitem');

/** Asserts that no learner's or author's text became markup on the page: no image, and no handler ran. */
export async function expectNoMarkup(page: Page) {
	await expect(page.locator('main img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

/** The course in `contentDir`, with look-ups by slug. */
export function readTestCourse(contentDir: URL) {
	const course = readCourse(contentDir);
	const find = <T extends { id: string }>(entries: T[], id: string, kind: string) => {
		const entry = entries.find((candidate) => candidate.id === id);
		if (!entry) throw new Error(`The test course has no ${kind} "${id}".`);
		return entry;
	};
	const quizOf = (slug: string): Quiz => find(course.quizzes, slug, 'quiz').data;
	return {
		course,
		moduleSlugs: course.modules.map((module) => module.id),
		quizOf,
		moduleOf: (slug: string) => find(course.modules, slug, 'module').data,
		termOf: (slug: string) => find(course.terms, slug, 'term').data,
		pathOf: (id: string) => find(course.paths, id, 'path').data,
		/** The first module, in path order, whose quiz is a bank that draws some of its questions. */
		bankQuiz(): { slug: string; quiz: Quiz } {
			const slug = course.paths.flatMap((path) => path.data.modules).find((module) => quizOf(module).draw !== undefined)!;
			return { slug, quiz: quizOf(slug) };
		},
		/** Checks the right answers to every question of a module's quiz that is drawn on the page. */
		async checkRightAnswers(page: Page, slug: string) {
			await expect(page.getByRole('group', { name: /^Question \d+ of \d+/ }).first()).toBeVisible();
			for (const question of quizOf(slug).questions) {
				const group = questionGroup(page, question);
				if (!(await group.isVisible())) continue;
				for (const right of rightLabels(question)) await group.getByLabel(right, { exact: true }).check();
			}
		},
	};
}
