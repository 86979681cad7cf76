/**
 * What learners keep, and see, when authors change the course. The changes are made in a copy
 * of the fixture course, the way the README tells an author to make them, and that copy is
 * deployed over the fixture's build on the same origin.
 */
import { readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { buildCopy, editFile, type SiteCopy } from '../../site-copy.ts';
import { checkRightAnswers, expectNoMarkup, literal, moduleOf } from './fixture';
import { deploymentServer, FIXTURE_CONTENT, FIXTURE_DIST } from '../deployment';

const FORMER_SLUG = 'shared-words';
const RENAMED_SLUG = 'shared-vocabulary';
const TITLE = moduleOf(FORMER_SLUG).title;
const REWORDED = { slug: 'service-desk-flow', from: 'What is the right outcome?', to: 'What should happen to the two records?' };
const MARKUP_TITLE = 'Patching </script><img src=x onerror=window.__pwned=1> as maintenance';

/** Renames a module as the README says (file, quiz, references, formerSlugs); rewords one question; gives a module a title with markup. */
function editCourse(content: string) {
	renameSync(join(content, `modules/${FORMER_SLUG}.mdx`), join(content, `modules/${RENAMED_SLUG}.mdx`));
	renameSync(join(content, `quizzes/${FORMER_SLUG}.yaml`), join(content, `quizzes/${RENAMED_SLUG}.yaml`));
	for (const folder of ['modules', 'paths']) {
		for (const name of readdirSync(join(content, folder))) editFile(join(content, folder, name), (text) => text.replaceAll(FORMER_SLUG, RENAMED_SLUG));
	}
	editFile(join(content, `modules/${RENAMED_SLUG}.mdx`), (text) => text.replace(/^formerSlugs: .*$/m, `formerSlugs: [${FORMER_SLUG}]`));

	editFile(join(content, `quizzes/${REWORDED.slug}.yaml`), (text) => {
		const quiz = parse(text);
		quiz.questions[0].prompt = quiz.questions[0].prompt.replace(REWORDED.from, REWORDED.to);
		return stringify(quiz);
	});

	editFile(join(content, 'modules/patching-basics.mdx'), (text) => text.replace(/^title: .*$/m, `title: ${JSON.stringify(MARKUP_TITLE)}`));
}

// One build for the file's tests, so they run one after another in one worker.
test.describe.configure({ mode: 'default' });
// The worker's own update path is tested in offline.spec.ts; here every page comes from the server.
test.use({ serviceWorkers: 'block' });

let next: SiteCopy;
test.beforeAll(() => {
	test.setTimeout(120_000);
	next = buildCopy(editCourse, FIXTURE_CONTENT);
	if (!next.ok) throw new Error(`The edited site did not build:\n${next.output.slice(-3000)}`);
});
test.afterAll(() => next.remove());

test('a renamed module’s old URL leads to it, and progress made under the old name counts for it', async ({ browser, page }) => {
	const site = await deploymentServer(FIXTURE_DIST);
	const offOrigin: string[] = [];
	await page.context().route(
		(url) => url.origin !== site.url,
		(route) => {
			offOrigin.push(route.request().url());
			return route.abort();
		},
	);
	await page.goto(`${site.url}/modules/${FORMER_SLUG}/`);
	await checkRightAnswers(page, FORMER_SLUG);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();

	site.deploy(next.dist);
	await page.goto(`${site.url}/modules/${FORMER_SLUG}/`);
	await expect(page).toHaveURL(`${site.url}/modules/${RENAMED_SLUG}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(page.getByText('Your best score so far is 100%, a pass (1 attempt).', { exact: true })).toBeVisible();
	await page.goto(`${site.url}/progress/`);
	await expect(page.getByText('You have completed 1 module and tried 1.')).toBeVisible();
	await expect(page.getByRole('row', { name: TITLE }).first().getByRole('cell')).toHaveText(['Completed', '100%', '1', /\d{4}/]);
	expect(offOrigin).toEqual([]);

	// The redirect is a plain HTML page: it needs neither scripts nor the server's help.
	const withoutScripts = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
	const plain = await withoutScripts.newPage();
	await plain.goto(`${site.url}/modules/${FORMER_SLUG}/`);
	await expect(plain).toHaveURL(`${site.url}/modules/${RENAMED_SLUG}/`);
	await expect(plain.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await withoutScripts.close();
	await site.close();
});

test('a question reworded since the learner answered it keeps their result, with no notice that the quiz changed', async ({ page }) => {
	const site = await deploymentServer(FIXTURE_DIST);
	await page.goto(`${site.url}/modules/${REWORDED.slug}/`);
	await checkRightAnswers(page, REWORDED.slug);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();

	site.deploy(next.dist);
	await page.goto(`${site.url}/modules/${REWORDED.slug}/`);
	await expect(page.getByRole('group', { name: literal(REWORDED.to) })).toBeVisible();
	// Results are kept per question id, and the id did not change: unlike a removed question
	// (faults.spec.ts), a reworded one is no reason to tell the learner the quiz changed.
	await expect(page.getByText('Your best score so far is 100%, a pass (1 attempt).', { exact: true })).toBeVisible();
	await expect(page.getByText('The quiz has changed since')).toHaveCount(0);
	await site.close();
});

test.describe('with the Content-Security-Policy lifted, so only escaping stands in the way', () => {
	test.use({ bypassCSP: true });

	// A title is free text (a module on web attacks may well name a tag). Two scripts render titles:
	// "Continue where you left off", from a JSON block in the page, and search results.
	test('a module title with markup shows as text where scripts render it', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const site = await deploymentServer(FIXTURE_DIST);
		site.deploy(next.dist);
		await page.goto(`${site.url}/`);
		const passed = { attempts: 1, bestScore: 100, lastScore: 100, passed: true, lastAttemptAt: '2026-11-20T10:00:00.000Z', questions: {} };
		await page.evaluate((stored) => localStorage.setItem('crosstrain:progress', stored), JSON.stringify({ version: 1, modules: { [RENAMED_SLUG]: passed } }));

		await page.reload();
		const prompt = page.getByText('Continue where you left off:');
		await expect(prompt).toBeVisible();
		await expect(prompt.locator('..').getByRole('link')).toHaveText(MARKUP_TITLE);
		await expectNoMarkup(page);

		await page.goto(`${site.url}/search/?q=patching`);
		await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: MARKUP_TITLE })).toBeVisible();
		await expectNoMarkup(page);
		expect(errors).toEqual([]);
		await site.close();
	});
});
