/** Mastery by objective: the module page's objectives and the progress page's per-path view, kept current by quiz checks. */
import { expect, test, type Page } from '@playwright/test';
import { moduleOf, pathOf, questionGroup, quizOf, rightLabels, wrongLabels } from './fixture';
import { axeViolations } from './axe';

const slug = 'shared-words';
const quiz = quizOf(slug);
const objectiveText = (module: string, id: string) => moduleOf(module).objectives.find((objective) => objective.id === id)!.text;

const objectives = (page: Page) => page.getByRole('list', { name: 'What you will be able to do' });
const objective = (page: Page, id: string) => objectives(page).getByRole('listitem').filter({ hasText: objectiveText(slug, id) });


/** Answers every drawn question right except `missed`, and checks. */
async function checkQuiz(page: Page, missed: string[]) {
	for (const question of quiz.questions) {
		const group = questionGroup(page, question);
		if (!(await group.isVisible()) || (await group.isDisabled())) continue;
		for (const label of missed.includes(question.id) ? wrongLabels(question) : rightLabels(question)) await group.getByLabel(label, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
}

test('a missed question puts its objective to revisit, and a retry that gets it right shows it', async ({ page }) => {
	await page.goto(`/modules/${slug}/`);
	for (const id of ['define', 'explain', 'apply']) await expect(objective(page, id)).toContainText('Not yet tried');
	await expect(page.getByText(/You have shown \d+ of 3 objectives/)).toBeHidden();

	const missed = quiz.questions.find((question) => question.objective === 'define')!;
	await checkQuiz(page, [missed.id]);
	await expect(objective(page, 'define')).toContainText('To revisit');
	await expect(objective(page, 'explain')).toContainText('Shown');
	await expect(objective(page, 'apply')).toContainText('Shown');
	await expect(page.getByText('You have shown 2 of 3 objectives in this module.')).toBeVisible();
	await expect(objective(page, 'define').getByRole('link', { name: 'Take the quiz again' })).toHaveAttribute('href', '#quiz-heading');
	await expect(objective(page, 'define').getByRole('link', { name: 'Review its questions' })).toHaveAttribute('href', `/review/?module=${slug}&objective=define`);
	await expect(objective(page, 'explain').getByRole('link')).toHaveCount(0);

	await page.getByRole('button', { name: 'Retry the questions I missed' }).click();
	await checkQuiz(page, []);
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await expect(objective(page, 'define')).toContainText('Shown');
	await expect(objective(page, 'define').getByRole('link')).toHaveCount(0);
	await expect(page.getByText('You have shown 3 of 3 objectives in this module.')).toBeVisible();

	// A later attempt that misses it again puts it back: the latest answer counts.
	await page.getByRole('button', { name: 'Retry all questions' }).click();
	await checkQuiz(page, [missed.id]);
	await expect(objective(page, 'define')).toContainText('To revisit');
});

test('in a question bank, an objective none of whose questions was drawn stays not yet tried', async ({ page }) => {
	const bank = 'loss-in-money';
	const bankQuiz = quizOf(bank);
	await page.goto(`/modules/${bank}/`);
	const drawn = new Set<string>();
	for (const question of bankQuiz.questions) {
		const group = questionGroup(page, question);
		if (!(await group.isVisible())) continue;
		drawn.add(question.objective);
		for (const label of rightLabels(question)) await group.getByLabel(label, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	for (const { id, text } of moduleOf(bank).objectives) {
		await expect(objectives(page).getByRole('listitem').filter({ hasText: text })).toContainText(drawn.has(id) ? 'Shown' : 'Not yet tried');
	}
});

/** A learner who missed one "define" question of shared words and got the rest right, and passed patching basics. */
function seededRecord() {
	const at = '2026-12-10T12:00:00.000Z';
	const entry = (questions: Record<string, boolean>, passed: boolean) => ({
		attemptsBy: { seed: 1 },
		bestScore: passed ? 100 : 80,
		lastScore: passed ? 100 : 80,
		passed,
		lastAttemptAt: at,
		...(passed ? { completedAt: at } : {}),
		questions: Object.fromEntries(Object.entries(questions).map(([id, correct]) => [id, { correct, at }])),
	});
	const all = (module: string, missed: string[] = []) => Object.fromEntries(quizOf(module).questions.map((question) => [question.id, !missed.includes(question.id)]));
	const missed = quiz.questions.find((question) => question.objective === 'define')!.id;
	return {
		version: 2,
		modules: { [slug]: entry(all(slug, [missed]), false), 'patching-basics': entry(all('patching-basics'), true) },
		assignments: [],
		review: {},
		removed: { assignments: {}, review: {} },
	};
}

async function seed(page: Page) {
	await page.goto('/');
	await page.evaluate((record) => localStorage.setItem('crosstrain:progress', JSON.stringify(record)), seededRecord());
}

test('the progress page counts objectives per path, with a bar and words per module and what to revisit', async ({ page }) => {
	await seed(page);
	await page.goto('/progress/');
	const path = (id: string) => page.getByRole('region', { name: `Path: ${pathOf(id).title}` });
	await expect(path('it-staff').getByText('You have shown 5 of 12 objectives on this path.')).toBeVisible();
	await expect(path('security-staff').getByText('You have shown 2 of 12 objectives on this path.')).toBeVisible();
	await expect(path('leaders').getByText('You have shown 0 of 6 objectives on this path.')).toBeVisible();

	const row = (module: string) => path('it-staff').getByRole('listitem').filter({ has: page.getByRole('link', { name: moduleOf(module).title, exact: true }) });
	await expect(row(slug)).toContainText('2 shown, 1 to revisit, 0 not yet tried');
	await expect(row('patching-basics')).toContainText('3 shown, 0 to revisit, 0 not yet tried');
	await expect(row('error-budgets')).toContainText('0 shown, 0 to revisit, 3 not yet tried');
	// The bar repeats the counts for the eye, with a mark per state; assistive technology gets the words.
	await expect(row(slug).locator('[aria-hidden="true"]').first()).toHaveText('✓✓↺');

	const revisit = row(slug).getByRole('listitem').filter({ hasText: objectiveText(slug, 'define') });
	await expect(revisit).toContainText('To revisit');
	await expect(revisit.getByRole('link', { name: 'Review its questions' })).toHaveAttribute('href', `/review/?module=${slug}&objective=define`);
	await revisit.getByRole('link', { name: 'See it in the module' }).click();
	await expect(page).toHaveURL(`/modules/${slug}/#objective-define`);
	await expect(objective(page, 'define')).toBeInViewport();
	await expect(objective(page, 'define')).toContainText('To revisit');
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		test('the mastery views have no WCAG 2.2 AA violations', async ({ page }) => {
			await seed(page);
			await page.goto(`/modules/${slug}/`);
			await expect(objective(page, 'define')).toContainText('To revisit');
			expect(await axeViolations(page)).toEqual([]);
			await page.goto('/progress/');
			await expect(page.getByText('You have shown 5 of 12 objectives on this path.')).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}
