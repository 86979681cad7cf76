import { expect, test } from '@playwright/test';
import { expectNoMarkup, moduleOf, pathOf } from './fixture';

test('a manager builds a path link and the new hire is greeted by it', async ({ page }) => {
	await page.goto('/onboarding/');
	await page.getByRole('radio', { name: /Security staff/ }).check();
	await page.getByLabel('Due date (optional)').fill('2027-01-29');
	await page.getByLabel(/Your name/).fill('Priya Shah');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link' })).toBeFocused();
	const link = page.getByRole('textbox', { name: 'Link to send' });
	// The name and date go in the fragment, which reaches no server.
	await expect(link).toHaveValue(/\/paths\/security-staff\/#due=2027-01-29&from=Priya\+Shah$/);

	await page.getByRole('link', { name: 'Open the link' }).click();
	await expect(page).toHaveURL(/\/paths\/security-staff\//);
	await expect(page.getByText(/Welcome! “Priya Shah” has asked you to work through this path by .*2027/)).toBeVisible();
	const path = pathOf('security-staff');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(path.title);
	await expect(page.getByText(`0 of ${path.modules.length} modules completed`)).toBeVisible();
});

test('a manager builds a custom plan and it opens in prerequisite order', async ({ page }) => {
	await page.goto('/onboarding/');
	await page.getByRole('button', { name: 'Create link' }).click();
	await page.getByRole('radio', { name: 'A set of modules I choose' }).check();
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose at least one module, or choose a path.');
	// Patching builds on Change and release, which the builder lists after it.
	await page.getByRole('checkbox', { name: moduleOf('patching-basics').title }).check();
	await page.getByRole('checkbox', { name: moduleOf('change-basics').title }).check();
	await page.getByRole('button', { name: 'Create link' }).click();
	const link = new URL(await page.getByRole('textbox', { name: 'Link to send' }).inputValue());
	expect(link.pathname).toBe('/onboarding/plan/');
	expect(link.searchParams.get('modules')).toBe('change-basics,patching-basics');

	await page.goto(link.href);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your onboarding plan');
	const plan = page.getByRole('list', { name: 'Modules in your plan' }).getByRole('listitem');
	await expect(plan.getByRole('link')).toHaveText([moduleOf('change-basics').title, moduleOf('patching-basics').title]);
	await expect(page.getByText('0 of 2 modules completed')).toBeVisible();
});

test('a broken or hostile link gets clear notes and the rest of the page as usual', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
	await page.goto(`/onboarding/plan/?modules=shared-words,../../etc/passwd,${hostile}&due=2027-02-30&from=${hostile}`);
	await expect(page.getByText(/is not a real date/)).toBeVisible();
	await expect(page.getByText(/contains characters a name would not/)).toBeVisible();
	await expect(page.getByText(/modules that this site does not have/)).toBeVisible();
	await expect(page.getByRole('list', { name: 'Modules in your plan' }).getByRole('listitem')).toHaveCount(1);
	await expect(page.locator('main img')).toHaveCount(0);
	expect(dialogs).toBe(0);

	await page.goto(`/paths/it-staff/?from=${'x'.repeat(3000)}&due=soon`);
	await expect(page.getByText(/longer than 60 characters/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(pathOf('it-staff').title);
});

test('a plan link made before plans respected prerequisites opens in prerequisite order', async ({ page }) => {
	await page.goto('/onboarding/plan/?modules=patching-basics,change-basics');
	const plan = page.getByRole('list', { name: 'Modules in your plan' }).getByRole('listitem');
	await expect(plan.getByRole('link')).toHaveText([moduleOf('change-basics').title, moduleOf('patching-basics').title]);
});

test('a sentence as a sender is refused, in the link builder and in a link, with the reason', async ({ page }) => {
	const sentence = 'IT Service Desk. Verify your login at it-verify.com today';
	await page.goto('/onboarding/');
	await page.getByLabel(/Your name/).fill(sentence);
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('alert')).toHaveText('Your name has a dot right before a letter, as a web address has (write initials as “J. R. Lee”).');
	await expect(page.getByRole('heading', { name: 'Your link' })).toBeHidden();

	await page.goto(`/paths/it-staff/#due=2027-01-31&from=${encodeURIComponent(sentence)}`);
	await expect(page.getByText(/^Welcome! You have been asked to work through this path by .*2027\./)).toBeVisible();
	await expect(page.getByText('The sender’s name in this link has a dot right before a letter, as a web address has (write initials as “J. R. Lee”), so it is not shown.')).toBeVisible();
	await expect(page.getByText(/it-verify/)).toHaveCount(0);

	await page.goto(`/paths/it-staff/?from=${encodeURIComponent('Call the desk on 4400')}`);
	await expect(page.getByText('The sender’s name in this link contains digits, which a name would not, so it is not shown.')).toBeVisible();
});

test('an older link with the name in the query still greets, and a link opened in the same tab updates the greeting', async ({ page }) => {
	await page.goto('/paths/leaders/?due=2027-01-31&from=Sam%20Lee');
	await expect(page.getByText(/^Welcome! “Sam Lee” has asked you/)).toBeVisible();
	await page.goto('/paths/leaders/#from=Ana%20Novak');
	await expect(page.getByText(/^Welcome! “Ana Novak” has asked you to work through this path\./)).toBeVisible();
	// The same page with another fragment is not loaded again: the greeting follows the fragment.
	await page.evaluate(() => (location.hash = '#from=Priya%20Shah&due=2027-02-01'));
	await expect(page.getByText(/^Welcome! “Priya Shah” has asked you to work through this path by .*2027\./)).toBeVisible();
	// Skipping to the content changes the fragment too; the greeting stays as it was.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await expect(page.getByText(/^Welcome! “Priya Shah”/)).toBeVisible();
});

test('a plan link that names no known module offers the paths instead', async ({ page }) => {
	await page.goto('/onboarding/plan/?modules=nothing-here');
	await expect(page.getByText('This link does not name any module of this course.')).toBeVisible();
	await expect(page.getByRole('link', { name: pathOf('leaders').title })).toBeVisible();
});

test.describe('with the Content-Security-Policy lifted, so only escaping stands in the way', () => {
	test.use({ bypassCSP: true });

	test('a manager’s name with markup is refused in words and makes no link', async ({ page }) => {
		await page.goto('/onboarding/');
		await page.getByRole('radio', { name: /Security staff/ }).check();
		await page.getByLabel(/Your name/).fill('<img src=x onerror=window.__pwned=1>');
		await page.getByRole('button', { name: 'Create link' }).click();
		await expect(page.getByRole('alert')).toHaveText('Your name contains characters a name would not.');
		await expect(page.getByRole('heading', { name: 'Your link' })).toBeHidden();
		await expectNoMarkup(page);
	});
});
