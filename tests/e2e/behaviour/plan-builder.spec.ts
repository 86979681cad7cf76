import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { moduleOf } from './fixture';

const title = (slug: string) => moduleOf(slug).title;
const minutes = (...slugs: string[]) => slugs.reduce((total, slug) => total + moduleOf(slug).minutes, 0);

async function chooseModules(page: Page, ...slugs: string[]) {
	await page.goto('/onboarding/');
	await page.getByRole('radio', { name: 'A set of modules I choose' }).check();
	for (const slug of slugs) await page.getByRole('checkbox', { name: title(slug) }).check();
}

test('a manager is offered each missing prerequisite, adds them, and sees the total and the order', async ({ page }) => {
	await chooseModules(page, 'patching-basics');
	await expect(page.getByRole('status').filter({ hasText: 'in all' })).toHaveText(`1 module, about ${minutes('patching-basics')} minutes in all.`);
	// Patching builds on Shared words and on Change and release.
	await expect(page.getByText(`${title('patching-basics')} builds on ${title('shared-words')}: add it?`)).toBeVisible();
	await expect(page.getByText(`${title('patching-basics')} builds on ${title('change-basics')}: add it?`)).toBeVisible();

	await page.getByRole('button', { name: `Add ${title('change-basics')}` }).click();
	await expect(page.getByRole('checkbox', { name: title('change-basics') })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: title('change-basics') })).toBeFocused();
	await expect(page.getByText(`${title('patching-basics')} builds on ${title('change-basics')}: add it?`)).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: 'in all' })).toHaveText(`2 modules, about ${minutes('patching-basics', 'change-basics')} minutes in all.`);

	await page.getByRole('button', { name: `Add ${title('shared-words')}` }).click();
	await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(0);
	const all = ['shared-words', 'change-basics', 'patching-basics'];
	await expect(page.getByRole('status').filter({ hasText: 'in all' })).toHaveText(`3 modules, about ${minutes(...all)} minutes in all.`);
	await expect(page.getByRole('list', { name: 'In the order to study them:' }).getByRole('listitem')).toHaveText(all.map(title));

	await page.getByRole('button', { name: 'Create link' }).click();
	const link = new URL(await page.getByRole('textbox', { name: 'Link to send' }).inputValue());
	expect(link.searchParams.get('modules')).toBe(all.join(','));
	await page.goto(link.href);
	await expect(page.getByRole('list', { name: 'Modules in your plan' }).getByRole('listitem').getByRole('link')).toHaveText(all.map(title));
});

test('unchoosing a module takes back its offer', async ({ page }) => {
	await chooseModules(page, 'service-desk-flow');
	await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(1);
	await page.getByRole('checkbox', { name: title('service-desk-flow') }).uncheck();
	await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'in all' })).toHaveText('0 modules, about 0 minutes in all.');
});

test('a path shows its total too, and no offers', async ({ page }) => {
	await page.goto('/onboarding/');
	await page.getByRole('radio', { name: /Leaders of both teams/ }).check();
	await expect(page.getByRole('status').filter({ hasText: 'in all' })).toHaveText(`2 modules, about ${minutes('error-budgets', 'loss-in-money')} minutes in all.`);
	await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the builder offering a prerequisite has no WCAG 2.2 AA violations in the ${scheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await chooseModules(page, 'patching-basics');
		await expect(page.getByRole('button', { name: `Add ${title('shared-words')}` })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}
