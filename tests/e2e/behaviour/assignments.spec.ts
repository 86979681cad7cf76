import { expect, test, type Page } from '@playwright/test';
import { checkRightAnswers, literal, moduleOf, passQuiz, pathOf } from './fixture';
import { axeViolations } from './axe';

// Dates read as in the issue ("Sunday 31 January 2027"), and "today" is a London calendar day.
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const it = pathOf('it-staff');
const pathLink = '/paths/it-staff/#due=2027-01-31&from=Sam%20Lee';
const planLink = '/onboarding/plan/?modules=patching-basics,change-basics#due=2027-01-24&from=Ana%20Novak';
const pathTitle = `Your path “${it.title}” from Sam Lee, due Sunday 31 January 2027`;
const planTitle = 'Your plan from Ana Novak, due Sunday 24 January 2027';

/** `text` as a pattern that allows the comma some versions of the browser put after the weekday ("Sunday, 31 January 2027"). */
const shown = (text: string) => new RegExp(literal(text).source.replace(/day\\s\+(?=\d)/g, 'day,?\\s+'));
const assignments = (page: Page) => page.getByRole('region', { name: 'Your assignments' }).getByRole('listitem');
const card = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

/** Opens an onboarding link and waits for its greeting, which is shown as the assignment is kept. */
async function open(page: Page, link: string) {
	await page.goto(link);
	await expect(page.getByText(/^Welcome!/)).toBeVisible();
}



test('a path link is remembered: home and the path page show it on later visits, without the link, with progress', async ({ page }) => {
	await page.clock.install({ time: new Date('2027-01-26T09:00:00Z') });
	await open(page, pathLink);
	await expect(page.getByText(/^Welcome! “Sam Lee” has asked you to work through this path/)).toBeVisible();

	await page.goto('/');
	await expect(assignments(page)).toHaveCount(1);
	await expect(assignments(page)).toContainText(shown(`${pathTitle} (due in 5 days): 0 of ${it.modules.length} done — Next: ${moduleOf(it.modules[0]!).title}`));

	await passQuiz(page, it.modules[0]!);
	await passQuiz(page, it.modules[1]!);
	await page.goto('/');
	const next = moduleOf(it.modules[2]!).title;
	await expect(assignments(page)).toContainText(`(due in 5 days): 2 of ${it.modules.length} done — Next: ${next}`);
	await assignments(page).getByRole('link', { name: next }).click();
	await expect(page).toHaveURL(`/modules/${it.modules[2]}/`);

	await page.goto('/paths/it-staff/');
	await expect(page.getByText(/^Welcome!/)).toBeHidden();
	const stored = page.getByRole('region', { name: 'Your assignments' });
	await expect(stored).toContainText(shown(`${pathTitle} (due in 5 days): 2 of ${it.modules.length} done`));
	// Another path's page shows none of it.
	await page.goto('/paths/leaders/');
	await expect(page.getByRole('region', { name: 'Your assignments' })).toBeHidden();
});

test('the same link opened twice is one assignment; a second link, a plan, comes first; one can be removed', async ({ page }) => {
	await page.clock.install({ time: new Date('2027-01-26T09:00:00Z') });
	await open(page, pathLink);
	await open(page, pathLink.replace('#', '?'));
	await open(page, planLink);
	await expect(page.getByText(/^Welcome! “Ana Novak” has asked you to work through this plan/)).toBeVisible();

	await page.goto('/');
	await expect(assignments(page)).toHaveCount(2);
	await expect(assignments(page).first()).toContainText(shown(`${planTitle} (overdue by 2 days): 0 of 2 done — Next: ${moduleOf('change-basics').title}`));
	await expect(assignments(page).nth(1)).toContainText(shown(pathTitle));

	await page.getByRole('button', { name: shown(`Remove this assignment: ${pathTitle}`) }).click();
	await expect(page.getByRole('status').filter({ hasText: shown(`Removed: ${pathTitle}.`) })).toBeAttached();
	await expect(assignments(page)).toHaveCount(1);
	await expect(page.getByRole('button', { name: shown(`Remove this assignment: ${planTitle}`) })).toBeFocused();
	await page.reload();
	await expect(assignments(page)).toHaveCount(1);
	await expect(assignments(page)).toContainText(shown(planTitle));

	await page.getByRole('button', { name: shown(`Remove this assignment: ${planTitle}`) }).click();
	await expect(page.getByRole('region', { name: 'Your assignments' })).toBeHidden();
	await expect(page.getByRole('main')).toBeFocused();
});

test('the plan page without the link shows the kept plan in prerequisite order, and offers the other plans', async ({ page }) => {
	await page.clock.install({ time: new Date('2027-01-20T09:00:00Z') });
	await page.goto('/onboarding/plan/');
	await expect(page.getByText('You have no onboarding plan in this browser yet.')).toBeVisible();

	await open(page, planLink);
	await open(page, '/onboarding/plan/?modules=loss-in-money#from=Priya%20Shah');
	await passQuiz(page, 'shared-words');
	await passQuiz(page, 'change-basics');

	await page.goto('/onboarding/plan/');
	const kept = page.getByRole('region', { name: 'Your assignments' });
	await expect(kept).toContainText('Your plan from Priya Shah: 0 of 1 done');
	await expect(page.getByRole('list', { name: 'Modules in your plan' }).getByRole('link')).toHaveText([moduleOf('loss-in-money').title]);

	await page.getByRole('navigation', { name: 'Your other plans:' }).getByRole('link', { name: shown(planTitle) }).click();
	await expect(page).toHaveURL(/\/onboarding\/plan\/\?assignment=plan-/);
	await expect(kept).toContainText(shown(`${planTitle} (due in 4 days): 1 of 2 done — Next: ${moduleOf('patching-basics').title}`));
	const plan = page.getByRole('list', { name: 'Modules in your plan' }).getByRole('listitem');
	await expect(plan.getByRole('link')).toHaveText([moduleOf('change-basics').title, moduleOf('patching-basics').title]);
	await expect(plan.first()).toContainText('Completed');
	await expect(plan.nth(1)).toContainText('Not started');
	await expect(page.getByText('1 of 2 modules completed')).toBeVisible();

	// Removing the plan shown leaves the page on the other plan kept, without a reload.
	await kept.getByRole('button', { name: /^Remove this assignment/ }).click();
	await expect(page.getByRole('list', { name: 'Modules in your plan' }).getByRole('link')).toHaveText([moduleOf('loss-in-money').title]);
	await expect(kept).toContainText('Your plan from Priya Shah: 0 of 1 done');
});

test('the due date reads in words as the calendar days go by, and a finished assignment says so', async ({ page }) => {
	await page.clock.install({ time: new Date('2027-01-26T09:00:00Z') });
	await open(page, pathLink);
	const states: [string, string][] = [
		['2027-01-26T09:00:00Z', 'due in 5 days'],
		['2027-01-30T23:59:00Z', 'due tomorrow'],
		// Midnight in London, not 24 hours after the link was opened.
		['2027-01-31T00:01:00Z', 'due today'],
		['2027-02-01T12:00:00Z', 'overdue by 1 day'],
		['2027-02-02T12:00:00Z', 'overdue by 2 days'],
	];
	for (const [now, words] of states) {
		await page.clock.setSystemTime(new Date(now));
		await page.goto('/');
		await expect(assignments(page)).toContainText(`(${words}):`);
	}
	for (const slug of it.modules) await passQuiz(page, slug);
	await page.goto('/');
	await expect(assignments(page)).toContainText(shown(`${pathTitle} (completed): ${it.modules.length} of ${it.modules.length} done`));
	await expect(assignments(page)).not.toContainText('Next:');
});

test('a hostile sender’s name in a stored assignment shows as text', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	const hostile = '<img src=x onerror=alert(1)>';
	// A record that did not come from a link (an edited export, say) is shown as it is, never as markup.
	await page.goto('/');
	await page.evaluate((from) => {
		const record = { version: 2, modules: {}, assignments: [{ id: 'path-x', kind: 'path', path: 'leaders', from, openedAt: '2027-01-01T00:00:00.000Z' }], review: {}, removed: { assignments: {}, review: {} } };
		localStorage.setItem('crosstrain:progress', JSON.stringify(record));
	}, hostile);
	await page.goto('/');
	await expect(assignments(page)).toContainText(`from ${hostile}`);
	await expect(page.locator('main img')).toHaveCount(0);
	expect(dialogs).toBe(0);
});

test('the path cards offer Start, then Continue at the first module not passed, then Completed with a way to review', async ({ page }) => {
	const leaders = pathOf('leaders');
	await page.goto('/');
	const itCard = card(page, it.title);
	await expect(itCard).toContainText(`${it.modules.length} modules · about`);
	await itCard.getByRole('link', { name: `Start with ${moduleOf(it.modules[0]!).title}` }).click();
	await expect(page).toHaveURL(`/modules/${it.modules[0]}/`);

	await passQuiz(page, it.modules[0]!);
	await passQuiz(page, leaders.modules[0]!);
	await page.goto('/');
	await expect(itCard.getByRole('link', { name: `Continue with ${moduleOf(it.modules[1]!).title}` })).toBeVisible();
	await expect(card(page, leaders.title).getByRole('link', { name: `Continue with ${moduleOf(leaders.modules[1]!).title}` })).toBeVisible();

	await passQuiz(page, leaders.modules[1]!);
	await page.goto('/');
	await expect(card(page, leaders.title)).toContainText('Completed');
	await card(page, leaders.title).getByRole('link', { name: `Review ${leaders.title}` }).click();
	await expect(page).toHaveURL('/paths/leaders/');
});

test('home lists every module in path order with its status, and a few words with two meanings', async ({ page }) => {
	await passQuiz(page, it.modules[0]!);
	await page.goto('/');
	const list = page.getByRole('list', { name: it.title });
	await expect(list.getByRole('link')).toHaveText(it.modules.map((slug) => moduleOf(slug).title));
	await expect(list.getByRole('listitem').first()).toContainText('Completed');
	await expect(list.getByRole('listitem').nth(1)).toContainText('Not started');
	const words = page.getByRole('region', { name: 'Same word, different meaning' });
	expect(await words.getByRole('heading', { level: 3 }).count()).toBeLessThanOrEqual(4);
	await expect(words.getByRole('link', { name: /glossary/ })).toHaveAttribute('href', '/glossary/');
});

test('a new hire: the manager’s link, the first module, its quiz, the next module, and back the next day to where they left off', async ({ context }) => {
	await context.clock.install({ time: new Date('2027-01-26T08:30:00Z') });
	const first = await context.newPage();
	await first.goto('/onboarding/');
	await first.getByRole('radio', { name: /IT operations staff/ }).check();
	await first.getByLabel('Due date (optional)').fill('2027-01-31');
	await first.getByLabel(/Your name/).fill('Sam Lee');
	await first.getByRole('button', { name: 'Create link' }).click();
	const link = await first.getByRole('textbox', { name: 'Link to send' }).inputValue();
	await first.close();

	const day1 = await context.newPage();
	await day1.goto(link);
	await expect(day1.getByText(/^Welcome! “Sam Lee” has asked you to work through this path by Sunday,? 31 January 2027\./)).toBeVisible();
	await day1
		.getByRole('list')
		.getByRole('link', { name: moduleOf(it.modules[0]!).title })
		.click();
	await checkRightAnswers(day1, it.modules[0]!);
	await day1.getByRole('button', { name: 'Check answers' }).click();
	await expect(day1.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await day1.goto('/');
	await card(day1, it.title).getByRole('link', { name: `Continue with ${moduleOf(it.modules[1]!).title}` }).click();
	await expect(day1.getByRole('heading', { level: 1 })).toHaveText(moduleOf(it.modules[1]!).title);
	await day1.close();

	await context.clock.fastForward('24:00:00');
	const day2 = await context.newPage();
	await day2.goto('/');
	await expect(assignments(day2)).toContainText(shown(`${pathTitle} (due in 4 days): 1 of ${it.modules.length} done — Next: ${moduleOf(it.modules[1]!).title}`));
	await expect(day2.getByText('Continue where you left off:').locator('..').getByRole('link')).toHaveText(moduleOf(it.modules[1]!).title);
	await assignments(day2).getByRole('link', { name: moduleOf(it.modules[1]!).title }).click();
	await expect(day2).toHaveURL(`/modules/${it.modules[1]}/`);
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		test('home with assignments (one overdue, one completed), path cards in every state, and the path page revisited have no WCAG 2.2 AA violations', async ({ page }) => {
			// axe over three pages on a busy 2-core machine.
			test.setTimeout(120_000);
			await page.clock.install({ time: new Date('2027-01-26T09:00:00Z') });
			expect(await page.goto('/').then(() => axeViolations(page))).toEqual([]);
			await open(page, pathLink);
			await open(page, planLink);
			await open(page, '/paths/leaders/#from=Ana%20Novak');
			for (const slug of pathOf('leaders').modules) await passQuiz(page, slug);
			await passQuiz(page, 'shared-words');
			await page.goto('/');
			await expect(assignments(page)).toHaveCount(3);
			expect(await axeViolations(page)).toEqual([]);
			await page.goto('/paths/it-staff/');
			await expect(page.getByRole('region', { name: 'Your assignments' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			await page.goto('/onboarding/plan/');
			await expect(page.getByRole('region', { name: 'Your assignments' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}
