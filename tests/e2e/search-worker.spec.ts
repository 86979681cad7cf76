/**
 * Search on a course whose index is too large to search on the page: the page hands
 * loading and searching to a worker. Today's course is far below that size, so a copy is
 * built with the limit lowered to nothing, and served like any deployment.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildCopy, editFile, type SiteCopy } from '../site-copy.ts';
import { searchResults } from './course';
import { deploymentServer } from './deployment';

test.describe.configure({ mode: 'default' });
// Without the offline cache, every fetch of the index reaches the network (and the routes below).
test.use({ serviceWorkers: 'block' });

let copy: SiteCopy;
let site: Awaited<ReturnType<typeof deploymentServer>>;
test.beforeAll(async () => {
	test.setTimeout(120_000);
	copy = buildCopy((_content, root) =>
		editFile(join(root, 'src/client/search.ts'), (text) => {
			const lowered = text.replace(/^export const PAGE_SEARCH_MAX_BYTES = .*$/m, 'export const PAGE_SEARCH_MAX_BYTES = 0;');
			if (lowered === text) throw new Error('src/client/search.ts no longer declares PAGE_SEARCH_MAX_BYTES on one line: update this test.');
			return lowered;
		}),
	);
	if (!copy.ok) throw new Error(`The copy did not build:\n${copy.output.slice(-3000)}`);
	site = await deploymentServer();
	site.deploy(copy.dist);
});
test.afterAll(async () => {
	await site?.close();
	copy?.remove();
});

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search modules and glossary terms' });

test('search runs in a worker and finds, ranks and highlights as on the page', async ({ page }) => {
	await page.goto(`${site.url}/search/`);
	await searchBox(page).fill('error budget');
	const term = searchResults(page).filter({ has: page.getByRole('link', { name: 'Error budget', exact: true }) });
	await expect(term.getByRole('link').locator('mark')).toHaveText(['Error', 'budget']);
	await searchBox(page).fill('mttr');
	await expect(searchResults(page).first().getByRole('link')).toHaveText(/Mean time to restore/);
	await expect(page.getByRole('status')).toHaveText(/\d+ results?\./);
	expect(page.workers()).toHaveLength(1);
});

test('when the index cannot be fetched, the worker says so, then works once it can', async ({ page }) => {
	let refuse = true;
	await page.context().route('**/search-index.ndjson', (route) => (refuse ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
	await page.goto(`${site.url}/search/`);
	await searchBox(page).fill('incident');
	await expect(page.getByRole('status')).toHaveText(/Search is not available right now/);
	await expect(searchResults(page)).toHaveCount(0);

	refuse = false;
	await searchBox(page).fill('incidents');
	await expect(searchResults(page).first()).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(/\d+ results?\./);
});

test('where a policy forbids workers, search says it is unavailable instead of loading forever', async ({ page }) => {
	// As a proxy or host that adds its own stricter Content-Security-Policy header would.
	await page.route('**/search/**', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "worker-src 'none'" } });
	});
	await page.goto(`${site.url}/search/?q=incident`);
	await expect(page.getByRole('status')).toHaveText(/Search is not available right now/);
	await searchBox(page).fill('change');
	await expect(page.getByRole('status')).toHaveText(/Search is not available right now/);
	await expect(searchResults(page)).toHaveCount(0);
});
