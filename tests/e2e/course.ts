/** What the end-to-end tests need to know about the course, read from the authors' files. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

export interface QuizFile {
	passMark?: number;
	questions: {
		id: string;
		type: 'single' | 'multiple' | 'true-false';
		prompt: string;
		answer?: boolean;
		options?: { text: string; correct?: boolean }[];
	}[];
}

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

export const moduleSlugs = readdirSync(new URL('../../content/modules/', import.meta.url))
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => name.replace(/\.mdx$/, ''));

export function quizOf(slug: string): QuizFile {
	return parse(read(`content/quizzes/${slug}.yaml`)) as QuizFile;
}

/** The labels of the right options of a question, as shown on the page. */
export function rightLabels(question: QuizFile['questions'][number]): string[] {
	if (question.type === 'true-false') return [question.answer ? 'True' : 'False'];
	return question.options!.filter((option) => option.correct).map((option) => option.text.trim().replace(/\s+/g, ' '));
}

/** The labels of some wrong answer to a question. */
export function wrongLabels(question: QuizFile['questions'][number]): string[] {
	if (question.type === 'true-false') return [question.answer ? 'False' : 'True'];
	return [question.options!.find((option) => !option.correct)!.text.trim().replace(/\s+/g, ' ')];
}

export function termOf(slug: string): { term: string; abbreviations?: string[]; definition: string } {
	return parse(read(`content/glossary/${slug}.yaml`));
}

export function pathOf(id: string): { title: string; modules: string[] } {
	return parse(read(`content/paths/${id}.yaml`));
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
	sources: '/sources/',
	"what's new": '/whats-new/',
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
