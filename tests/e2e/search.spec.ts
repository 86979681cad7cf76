import { expect, test, type Page } from '@playwright/test';
import { course, searchResults } from './course';

/** The titles of the modules whose text contains `text`: what a search for it must offer. */
const modulesMentioning = (text: string) => new RegExp(course.modules.filter((module) => module.body.includes(text)).map((module) => module.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));


async function searchFor(page: Page, query: string) {
	await page.getByRole('searchbox', { name: 'Search modules and glossary terms' }).fill(query);
}

const firstResult = (page: Page) => searchResults(page).first();

test.describe('search finds the vocabulary people actually type', () => {
	const cases: [string, RegExp][] = [
		['MTTR', /Mean time to restore/],
		['mttr', /Mean time to restore/],
		['(mfa)', /Multi-factor authentication/],
		['zero-day', /Zero-day/],
		['CVE-2021-44228', modulesMentioning('CVE-2021-44228')],
		['DNS', modulesMentioning('DNS')],
		['authenticat', /Multi-factor authentication/],
		['vulnerabilty', /Vulnerability/],
		['RPO', /Recovery point objective/],
	];
	for (const [query, expected] of cases) {
		test(`"${query}"`, async ({ page }) => {
			await page.goto('/search/');
			await searchFor(page, query);
			await expect(searchResults(page).getByRole('link').filter({ hasText: expected }).first()).toBeVisible();
		});
	}

	test('"IT" is a query, not a stop word', async ({ page }) => {
		await page.goto('/search/?q=IT');
		await expect(firstResult(page)).toBeVisible();
		await expect(page.getByRole('status')).toHaveText(/\d+ results?\./);
	});
});

test.describe('a query that is exactly a term’s name puts that term first', () => {
	for (const [query, expected] of [
		['change', 'Change'],
		['risk', 'Risk'],
		['availability', 'Availability'],
	]) {
		test(`"${query}"`, async ({ page }) => {
			await page.goto(`/search/?q=${query}`);
			await expect(firstResult(page).getByRole('link')).toHaveText(expected!);
		});
	}
});

test('when there are more results than it shows, the status says "Top 20"', async ({ page }) => {
	await page.goto('/search/?q=change');
	await expect(searchResults(page)).toHaveCount(20);
	await expect(page.getByRole('status')).toHaveText(/^Top 20 of \d+ results\.$/);
});

test('results say what they are, highlight the match, and keep the query in the URL', async ({ page }) => {
	await page.goto('/search/');
	await searchFor(page, 'error budget');
	const term = searchResults(page).filter({ has: page.getByRole('link', { name: 'Error budget', exact: true }) });
	await expect(term).toContainText('Glossary term');
	await expect(searchResults(page).filter({ hasText: 'Module' }).first()).toBeVisible();
	await expect(term.getByRole('link').locator('mark')).toHaveText(['Error', 'budget']);
	await expect(term.getByRole('paragraph').locator('mark').first()).toHaveText(/^(error|budget)/i);
	await expect(page).toHaveURL(/\?q=error\+budget$/);
	await page.reload();
	await expect(page.getByRole('searchbox', { name: 'Search modules and glossary terms' })).toHaveValue('error budget');
	await expect(term).toBeVisible();
});

test('Back from a result opened straight after typing returns to the query', async ({ page }) => {
	await page.goto('/search/');
	// The index is loaded by the first search, so the second one answers at once.
	await searchFor(page, 'incident');
	await expect(firstResult(page)).toBeVisible();
	await searchFor(page, 'mttr');
	await searchResults(page).getByRole('link', { name: /MTTR/ }).first().click();
	await expect(page).not.toHaveURL(/\/search\//);
	await page.goBack();
	await expect(page).toHaveURL(/\/search\/\?q=mttr$/);
	await expect(page.getByRole('searchbox', { name: 'Search modules and glossary terms' })).toHaveValue('mttr');
	await expect(firstResult(page)).toBeVisible();
});

test('results are reachable and openable from the keyboard', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Search the course' })).toBeFocused();
	await page.keyboard.type('incident');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=incident/);
	const box = page.getByRole('searchbox', { name: 'Search modules and glossary terms' });
	await expect(firstResult(page)).toBeVisible();
	await box.focus();
	await page.keyboard.press('ArrowDown');
	const first = firstResult(page).getByRole('link');
	await expect(first).toBeFocused();
	const href = await first.getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('no input breaks search or renders as markup', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('dialog', (dialog) => {
		errors.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.goto('/search/');
	const inputs = [
		':', '~', '^', '+', '-', '*', 'title:risk', 'risk~2', 'risk^10', '+risk -change', 'ri*k', '"change freeze"', "'", '\\',
		'<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '😀🔥', 'Ωmega ünïcode', 'a'.repeat(5000), '   ',
	];
	for (const input of inputs) {
		await searchFor(page, input);
		await expect(page.getByRole('status')).not.toHaveText('Loading the search index…');
	}
	await expect(page.getByRole('list', { name: 'Search results' }).locator('img, script')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test.describe('when the search index cannot be fetched', () => {
	// Without the offline cache, every fetch of the index reaches the network (and the route below).
	test.use({ serviceWorkers: 'block' });

	test('search says so, then works as soon as the index can be fetched again', async ({ page }) => {
		let refuse = true;
		await page.context().route('**/search-index.ndjson', (route) => (refuse ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
		await page.goto('/search/');
		await searchFor(page, 'incident');
		await expect(page.getByRole('status')).toHaveText(/Search is not available right now/);
		await expect(searchResults(page)).toHaveCount(0);

		refuse = false;
		await searchFor(page, 'incidents');
		await expect(firstResult(page)).toBeVisible();
		await expect(page.getByRole('status')).toHaveText(/\d+ results?\./);
	});
});

test('today’s course is searched on the page itself, so a policy that forbids workers does not matter', async ({ page }) => {
	// As a proxy or host that adds its own stricter Content-Security-Policy header would.
	// A course too large for that is searched in a worker: see search-worker.spec.ts.
	await page.route('**/search/**', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "worker-src 'none'" } });
	});
	await page.goto('/search/?q=incident');
	await expect(firstResult(page)).toBeVisible();
	await searchFor(page, 'change');
	await expect(page.getByRole('status')).toHaveText(/\d+ results?\./);
	expect(page.workers()).toEqual([]);
});
