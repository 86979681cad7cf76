/**
 * An organization's site: the minimal course as the fixture organization, Northwind Health,
 * has made it its own (tests/fixtures/organization: name, URL, contact, logo, accent, local
 * notes, changed strings). It is built as a copy and served like any deployment; its name,
 * contact, notes and strings must be where they belong, and every page must pass axe in
 * both themes with its accent colour. The same site in French checks the strings that
 * scripts show.
 */
import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildCopy, editFile, type SiteCopy } from '../site-copy.ts';
import { deploymentServer } from './deployment';

const minimal = new URL('../fixtures/minimal-course/content/', import.meta.url).pathname;
const organization = new URL('../fixtures/organization/content/', import.meta.url).pathname;
const french = new URL('../fixtures/interface-language/fr.json', import.meta.url).pathname;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe.configure({ mode: 'default' });
test.use({ serviceWorkers: 'block' });

/** Builds the fixture organization (in French with `lang`), serves it, and stops both after the tests. */
function servedOrganization(lang?: 'fr') {
	const served: { url: string } = { url: '' };
	let copy: SiteCopy | undefined;
	let site: Awaited<ReturnType<typeof deploymentServer>> | undefined;
	test.beforeAll(async () => {
		test.setTimeout(120_000);
		copy = buildCopy((content, root) => {
			cpSync(organization, content, { recursive: true });
			if (lang) {
				copyFileSync(french, join(root, 'src/i18n/fr.json'));
				editFile(join(content, 'site.yaml'), (text) => `${text}lang: ${lang}\n`);
			}
		}, minimal);
		if (!copy.ok) throw new Error(`The fixture organization did not build:\n${copy.output.slice(-3000)}`);
		site = await deploymentServer();
		site.deploy(copy.dist);
		served.url = site.url;
	});
	test.afterAll(async () => {
		await site?.close();
		copy?.remove();
	});
	return served;
}

async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const localNote = (page: Page) => page.getByRole('region', { name: 'How we do it here' });

test.describe('an organization that has made the course its own', () => {
	const site = servedOrganization();

	test('the header carries its logo and title, the footer its name and contact', async ({ page }) => {
		await page.goto(`${site.url}/`);
		await expect(page).toHaveTitle('Northwind Learning');
		const brand = page.getByRole('banner').getByRole('link', { name: 'Northwind Learning' });
		await expect(brand).toBeVisible();
		await expect(brand.locator('img')).toHaveAttribute('src', /\/_astro\/northwind-logo\.\w+\.svg$/);
		expect(await brand.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
		const footer = page.getByRole('contentinfo');
		await expect(footer).toContainText('Northwind Learning: a shared course for IT operations and information security.');
		await expect(footer).toContainText('Offered by Northwind Health.');
		await expect(footer.getByRole('link', { name: 'The Learning team' })).toHaveAttribute('href', 'mailto:learning@northwind.example');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', "Northwind Health's shared course for IT operations and security staff.");
	});

	test('every page names itself after the site, and its public address as canonical', async ({ page }) => {
		await page.goto(`${site.url}/glossary/`);
		await expect(page).toHaveTitle('Glossary · Northwind Learning');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://learning.northwind.example/glossary/');
		await page.goto(`${site.url}/modules/second/`);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://learning.northwind.example/modules/second/');
	});

	test('the strings it changed show where they belong', async ({ page }) => {
		await page.goto(`${site.url}/`);
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Home', 'Glossary', 'My progress', 'Review', 'For team leads']);
		await expect(page.getByRole('heading', { level: 2, name: 'All lessons' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'All modules' })).toHaveCount(0);
	});

	test('links and buttons take its accent colour', async ({ page }) => {
		await page.goto(`${site.url}/glossary/`);
		const colour = (theme: 'light' | 'dark') =>
			page.evaluate((theme) => {
				document.documentElement.dataset.theme = theme;
				return getComputedStyle(document.querySelector('main a')!).color;
			}, theme);
		expect(await colour('light')).toBe('rgb(138, 59, 0)');
		expect(await colour('dark')).toBe('rgb(255, 179, 122)');
	});

	test('a local note shows in its module as "How we do it here", before the key takeaways', async ({ page }) => {
		await page.goto(`${site.url}/modules/second/`);
		const note = localNote(page);
		await expect(note).toContainText('Added by Northwind Health');
		await expect(note).toContainText('to the Security Operations Centre on extension 4400');
		// The note is written like a module: glossary links and the module components work in it.
		await expect(note.getByRole('link', { name: 'incident' })).toHaveAttribute('href', '/glossary/incident/');
		await note.getByLabel('SLO (%)').fill('99.9');
		await expect(note.getByRole('status')).toContainText('allows 40 min 19 s of downtime');
		const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
		expect(headings.slice(headings.indexOf('Questions to ask each other'))).toEqual([
			'Questions to ask each other',
			'How we do it here',
			'Key takeaways',
			'Sources',
			'Check your understanding',
		]);
	});

	test('a local note goes where its author placed it', async ({ page }) => {
		await page.goto(`${site.url}/modules/sample/`);
		await expect(localNote(page)).toContainText('ask the change manager on the #change-emergency channel');
		const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
		expect(headings.indexOf('How we do it here')).toBe(headings.indexOf('A section') - 1);
	});

	test("a glossary term carries the organization's note", async ({ page }) => {
		await page.goto(`${site.url}/glossary/incident/`);
		await expect(localNote(page)).toContainText('logged in ServiceDesk Plus within 15 minutes');
		await expect(localNote(page).getByRole('link')).toHaveCount(0);
	});

	test('search finds a page by its local note', async ({ page }) => {
		await page.goto(`${site.url}/search/?q=extension%204400`);
		const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
		await expect(results.first().getByRole('link')).toHaveText('A second module');
		await page.goto(`${site.url}/search/?q=ServiceDesk`);
		await expect(results.first().getByRole('link')).toHaveText('Incident');
	});

	test('the page-not-found page says whom to ask', async ({ page }) => {
		await page.goto(`${site.url}/no-such-page/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
		await expect(page.getByRole('main').getByRole('link', { name: 'The Learning team' })).toHaveAttribute('href', 'mailto:learning@northwind.example');
		await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
	});

	test('onboarding links lead to its public address, wherever the manager builds them', async ({ page }) => {
		await page.goto(`${site.url}/onboarding/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build an onboarding link');
		await page.getByLabel(/Your name/).fill('Priya Shah');
		await page.getByRole('button', { name: 'Create link' }).click();
		await expect(page.getByRole('textbox', { name: 'Link to send' })).toHaveValue('https://learning.northwind.example/paths/it-staff/#from=Priya+Shah');
	});

	for (const scheme of ['light', 'dark'] as const) {
		test.describe(`${scheme} theme`, () => {
			test.use({ colorScheme: scheme });
			for (const [name, path] of [
				['home', '/'],
				['module with a local note and a calculator', '/modules/second/'],
				['module with a placed note', '/modules/sample/'],
				['term with a local note', '/glossary/incident/'],
				['not found', '/no-such-page/'],
				['onboarding', '/onboarding/'],
			] as const) {
				test(`${name} page has no WCAG 2.2 AA violations`, async ({ page }) => {
					await page.goto(`${site.url}${path}`);
					expect(await violations(page)).toEqual([]);
				});
			}
		});
	}
});

test.describe('the same organization in a second interface language', () => {
	const site = servedOrganization('fr');

	test("scripts speak the page's language, and what is not translated stays English", async ({ page }) => {
		await page.goto(`${site.url}/modules/sample/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(localNote(page)).toHaveCount(0);
		await expect(page.getByRole('region', { name: 'Comment nous faisons ici' })).toBeVisible();
		const check = page.getByRole('button', { name: 'Vérifier les réponses' });
		await check.click();
		await expect(page.getByRole('alert')).toContainText('Questions 1, 2 and 3 have no answer yet.');
		await check.click();
		await expect(page.getByRole('heading', { name: 'Pas encore réussi' })).toBeFocused();
		await expect(page.getByText('Vous avez 0 bonnes réponses sur 3 (0 %).').first()).toBeVisible();
	});
});
