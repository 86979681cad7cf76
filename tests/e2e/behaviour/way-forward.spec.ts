/**
 * A way forward from every module: where the module stands in the learner's current path
 * or plan, the previous and next modules at its foot, and after passing, the next module
 * as the main action. On the fixture course: it-staff is shared-words, patching-basics,
 * error-budgets, loss-in-money; security-staff ends with error-budgets; outside-any-path is in no path.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { checkRightAnswers, moduleOf, pathOf, questionGroup, quizOf, wrongLabels } from './fixture';

const KEY = 'crosstrain:progress';
const title = (slug: string) => moduleOf(slug).title;
const itStaff = pathOf('it-staff');
const securityStaff = pathOf('security-staff');

/** A format-2 record with these assignments, modules passed and last path, stored before the site's scripts run. */
async function seed(page: Page, { assignments = [], passed = [], lastPath }: { assignments?: object[]; passed?: string[]; lastPath?: string }) {
	const at = '2026-12-01T10:00:00.000Z';
	const modules = Object.fromEntries(
		passed.map((slug) => [slug, { attempts: 1, attemptsBy: { v1: 1 }, bestScore: 100, lastScore: 100, passed: true, lastAttemptAt: at, completedAt: at, questions: {} }]),
	);
	const record = {
		version: 2,
		modules,
		assignments: assignments.map((assignment, index) => ({ id: `test-${index}`, openedAt: at, ...assignment })),
		review: {},
		removed: { assignments: {}, review: {} },
		...(lastPath ? { lastPath: { id: lastPath, at } } : {}),
	};
	// Once per tab: later pages of the test see what the learner did since.
	await page.addInitScript(
		([key, stored]) => {
			if (sessionStorage.getItem('seeded')) return;
			localStorage.setItem(key!, stored!);
			sessionStorage.setItem('seeded', 'yes');
		},
		[KEY, JSON.stringify(record)],
	);
}

/** The line near the top saying where the module stands: "IT operations staff · 2 of 4". */
const context = (page: Page) => page.locator('main').getByRole('paragraph').filter({ hasText: / · \d+ of \d+$/ });
const pager = (page: Page, sequence: string) => page.getByRole('navigation', { name: `Previous and next in ${sequence}` });

async function pass(page: Page, slug: string) {
	await checkRightAnswers(page, slug);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeFocused();
}

test('a module says where it stands in its first path, with the previous and next modules at its foot', async ({ page }) => {
	await page.goto('/modules/patching-basics/');
	await expect(context(page)).toHaveText(`${itStaff.title} · 2 of ${itStaff.modules.length}`);
	await expect(context(page).getByRole('link', { name: itStaff.title })).toHaveAttribute('href', '/paths/it-staff/');
	const foot = pager(page, itStaff.title);
	await expect(foot.getByRole('link', { name: `Previous ${title('shared-words')}` })).toHaveAttribute('href', '/modules/shared-words/');
	await expect(foot.getByRole('link', { name: `Next ${title('error-budgets')}` })).toHaveAttribute('href', '/modules/error-budgets/');
});

test('the first module has no previous; the last leads back to the path', async ({ page }) => {
	await page.goto('/modules/shared-words/');
	const first = pager(page, itStaff.title);
	await expect(first.getByRole('link')).toHaveCount(1);
	await expect(first.getByRole('link', { name: `Next ${title('patching-basics')}` })).toBeVisible();

	await page.goto('/modules/loss-in-money/');
	await expect(context(page)).toHaveText(`${itStaff.title} · 4 of 4`);
	const last = pager(page, itStaff.title);
	await expect(last.getByRole('link', { name: `Previous ${title('error-budgets')}` })).toBeVisible();
	await last.getByRole('link', { name: `Back to ${itStaff.title}` }).click();
	await expect(page).toHaveURL(/\/paths\/it-staff\/$/);
});

test('before passing the next module is only the quiet link at the foot; after passing, “Next: …” is the main action and leads there', async ({ page }) => {
	await page.goto('/modules/shared-words/');
	const nextAction = page.getByRole('link', { name: `Next: ${title('patching-basics')}` });
	await expect(nextAction).toHaveCount(0);
	await expect(pager(page, itStaff.title).getByRole('link', { name: `Next ${title('patching-basics')}` })).toBeVisible();

	// A check below the pass mark offers the retries, not the next module.
	await checkRightAnswers(page, 'shared-words');
	for (const question of quizOf('shared-words').questions.slice(0, 2)) {
		const group = questionGroup(page, question);
		if (question.type === 'multiple') for (const box of await group.getByRole('checkbox').all()) await box.uncheck();
		await group.getByLabel(wrongLabels(question)[0]!, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
	await expect(nextAction).toHaveCount(0);

	await page.getByRole('button', { name: 'Retry all questions' }).click();
	await pass(page, 'shared-words');
	// Right after the result's heading, before the retries: the next thing the keyboard reaches.
	await expect(nextAction).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(nextAction).toBeFocused();
	await nextAction.click();
	await expect(page).toHaveURL(/\/modules\/patching-basics\/$/);
	await expect(context(page)).toHaveText(`${itStaff.title} · 2 of 4`);
});

test('a module in several paths shows the one whose page the learner visited last', async ({ page }) => {
	await page.goto('/modules/error-budgets/');
	await expect(context(page)).toHaveText(`${itStaff.title} · 3 of 4`);

	await page.goto('/paths/security-staff/');
	await page.getByRole('link', { name: title('error-budgets') }).first().click();
	await expect(context(page)).toHaveText(`${securityStaff.title} · 4 of 4`);
	await expect(pager(page, securityStaff.title).getByRole('link', { name: `Previous ${title('change-basics')}` })).toBeVisible();
	await expect(pager(page, securityStaff.title).getByRole('link', { name: `Back to ${securityStaff.title}` })).toBeVisible();
});

test('an assignment for a path wins over the path last visited', async ({ page }) => {
	await seed(page, { assignments: [{ kind: 'path', path: 'it-staff', from: 'Sam Lee' }], lastPath: 'security-staff' });
	await page.goto('/modules/error-budgets/');
	await expect(context(page)).toHaveText(`${itStaff.title} · 3 of 4`);
	await expect(pager(page, itStaff.title).getByRole('link', { name: `Next ${title('loss-in-money')}` })).toBeVisible();
});

test('a plan that holds the module is its sequence: “Your plan · 2 of 2”, leading back to the plan', async ({ page }) => {
	await seed(page, { assignments: [{ kind: 'plan', modules: ['error-budgets', 'shared-words'] }] });
	await page.goto('/modules/shared-words/');
	await expect(context(page)).toHaveText('Your plan · 2 of 2');
	await expect(context(page).getByRole('link', { name: 'Your plan' })).toHaveAttribute('href', '/onboarding/plan/');
	const foot = pager(page, 'your plan');
	await expect(foot.getByRole('link', { name: `Previous ${title('error-budgets')}` })).toBeVisible();
	await expect(foot.getByRole('link', { name: 'Back to Your plan' })).toHaveAttribute('href', '/onboarding/plan/');
});

test('coming back to a passed module, the next module at the foot is the main action, filled like the primary button', async ({ page }) => {
	const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
	await page.goto('/modules/patching-basics/');
	const next = pager(page, itStaff.title).getByRole('link', { name: `Next ${title('error-budgets')}` });
	const primary = await background(page.getByRole('button', { name: 'Check answers' }));
	expect(await background(next)).not.toBe(primary);

	await seed(page, { passed: ['patching-basics'] });
	await page.reload();
	await expect.poll(() => background(next)).toBe(primary);
});

test('at the end of a path, passing says the path is finished, or offers the first module still to pass', async ({ page }) => {
	await seed(page, { passed: ['shared-words', 'patching-basics'] });
	await page.goto('/modules/loss-in-money/');
	await pass(page, 'loss-in-money');
	await expect(page.getByText(`This is the last module of ${itStaff.title}; 1 module in it is not passed yet.`)).toBeVisible();
	await expect(page.getByRole('link', { name: `Next: ${title('error-budgets')}` })).toBeVisible();

	await page.goto('/modules/error-budgets/');
	await pass(page, 'error-budgets');
	await page.getByRole('link', { name: `Next: ${title('loss-in-money')}` }).click();
	await pass(page, 'loss-in-money');
	await expect(page.getByText(`You have finished ${itStaff.title}.`)).toBeVisible();
	await expect(page.getByRole('link', { name: 'See your progress' })).toHaveAttribute('href', '/progress/');
	await page.getByRole('link', { name: 'Back to the path', exact: true }).click();
	await expect(page).toHaveURL(/\/paths\/it-staff\/$/);
});

test('a module in no path offers a way back to the paths and to all modules', async ({ page }) => {
	await page.goto('/modules/outside-any-path/');
	await expect(context(page)).toHaveCount(0);
	const way = page.getByRole('navigation', { name: 'Where to go from here' });
	await expect(way.getByRole('link', { name: 'Choose a learning path' })).toHaveAttribute('href', '/#paths');
	await way.getByRole('link', { name: 'See all modules' }).click();
	await expect(page.getByRole('heading', { name: 'All modules' })).toBeInViewport();
});

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });
	test('the module’s first path is shown, with its previous and next', async ({ page }) => {
		await page.goto('/modules/error-budgets/');
		await expect(context(page)).toHaveText(`${itStaff.title} · 3 of 4`);
		await expect(pager(page, itStaff.title).getByRole('link', { name: `Next ${title('loss-in-money')}` })).toBeVisible();
		await page.goto('/modules/outside-any-path/');
		await expect(page.getByRole('navigation', { name: 'Where to go from here' }).getByRole('link')).toHaveCount(2);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		test.describe.configure({ timeout: 60_000 });

		test('the way forward has no WCAG 2.2 AA violations: context, foot, Next after passing, a finished path, no path', async ({ page }) => {
			await seed(page, { passed: ['shared-words', 'patching-basics', 'error-budgets'] });
			await page.goto('/modules/error-budgets/');
			expect(await axeViolations(page)).toEqual([]);
			await pass(page, 'error-budgets');
			await expect(page.getByRole('link', { name: `Next: ${title('loss-in-money')}` })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			await page.goto('/modules/loss-in-money/');
			await pass(page, 'loss-in-money');
			await expect(page.getByText(`You have finished ${itStaff.title}.`)).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			await page.goto('/modules/outside-any-path/');
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}
