import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { editFile } from '../site-copy.ts';
import { literal, moduleOf, moduleSlugs, pathOf, quizOf, rightLabels, searchResults } from './course';
import { deploymentServer } from './deployment';

/** A module the first test visits: the first of the IT staff path. */
const visited = pathOf('it-staff').modules[0]!;

/**
 * Opens `origin`'s home page, waits for its service worker, then loads `path` (the home page
 * again unless told): a page loaded before the worker took over is not controlled by it; the next one is.
 */
async function underWorker(page: Page, origin = '', path?: string) {
	await page.goto(`${origin}/`);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (path) await page.goto(`${origin}${path}`);
	else await page.reload();
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after one visit the course keeps working offline', async ({ context, page }) => {
	await underWorker(page, '', `/modules/${visited}/`);

	await context.setOffline(true);

	await page.goto(`/modules/${visited}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(moduleOf(visited).title);
	for (const question of quizOf(visited).questions) {
		const group = page.getByRole('group', { name: literal(question.prompt.trim().replace(/\s+/g, ' ').slice(0, 60)) });
		for (const label of rightLabels(question)) await group.getByLabel(label, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();

	await page.goto('/glossary/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	await page.goto('/search/?q=incident');
	await expect(searchResults(page).first()).toBeVisible();
	await page.goto('/progress/');
	await expect(page.getByRole('row', { name: moduleOf(visited).title }).first().getByRole('cell').first()).toHaveText('Completed');

	await page.goto(`/modules/${moduleSlugs.find((slug) => slug !== visited)}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	await context.setOffline(false);
});

/** Today's build with a new service-worker version, as the next deployment would bring. */
function nextDeployment(): { dist: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'crosstrain-next-'));
	cpSync(new URL('../../dist/', import.meta.url).pathname, root, { recursive: true });
	editFile(join(root, 'sw.js'), (text) => text.replace(/^const VERSION = "[^"]+";/, 'const VERSION = "deployment-2";'));
	return { dist: root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

test('a new deployment waits for the old pages to close instead of mixing versions', async ({ context }) => {
	const site = await deploymentServer();
	const next = nextDeployment();
	const page = await context.newPage();
	await page.goto(`${site.url}/`);
	const firstCache = await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		return (await caches.keys()).find((name) => name.startsWith('crosstrain-'))!;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

	site.deploy(next.dist);
	const waiting = await page.evaluate(async () => {
		const registration = (await navigator.serviceWorker.getRegistration())!;
		await registration.update();
		const worker = registration.installing ?? registration.waiting;
		if (worker && worker.state === 'installing') {
			await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'installed' && resolve()));
		}
		return Boolean(registration.waiting);
	});
	// The new worker is ready but does not take over the open page, whose cache stays whole.
	expect(waiting).toBe(true);
	expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([firstCache, 'crosstrain-deployment-2']));
	await page.goto(`${site.url}/glossary/`);
	expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(true);

	// Once no page of the old version is open, the new one takes over and clears the old cache.
	// The browser activates it a moment after the last old page is gone; a page opened in that
	// moment is still the old worker's, so look with short-lived pages until it has happened.
	await page.close();
	let cacheNames: string[] = [];
	for (let look = 0; look < 20 && cacheNames.join() !== 'crosstrain-deployment-2'; look++) {
		await new Promise((resolve) => setTimeout(resolve, 250));
		const fresh = await context.newPage();
		await fresh.goto(`${site.url}/offline/`);
		cacheNames = await fresh.evaluate(async () => {
			await navigator.serviceWorker.ready;
			return caches.keys();
		});
		await fresh.close();
	}
	expect(cacheNames).toEqual(['crosstrain-deployment-2']);
	await site.close();
	next.remove();
});

/** Every URL in this origin's Cache Storage. */
const cachedUrls = (page: Page) =>
	page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls;
	});

test('the worker keeps pages by path: no name, search or tracker tag reaches Cache Storage, and repeat visits add nothing', async ({ context, page }) => {
	await underWorker(page, '', '/glossary/');
	const before = (await cachedUrls(page)).length;

	// An onboarding link in the older, query form (the worst case), a search and a glossary filter.
	await page.goto('/paths/it-staff/?due=2027-01-31&from=Sam%20Lee');
	await page.goto('/search/?q=my%20salary%20dispute%20with%20Sam');
	await page.goto('/glossary/?filter=private%20note');
	// A mail tracker adds a new query string to every link.
	for (let campaign = 0; campaign < 20; campaign++) await page.goto(`/?utm_campaign=${campaign}`);

	// The copy is stored after the page has its answer.
	await expect.poll(async () => (await cachedUrls(page)).map((url) => new URL(url).pathname)).toContain('/paths/it-staff/');
	const urls = await cachedUrls(page);
	expect(urls.filter((url) => new URL(url).search !== '')).toEqual([]);
	expect(urls.join('\n')).not.toMatch(/Sam|salary|private|utm/);
	expect(urls.length).toBe(before + 1);

	// Offline, the link still opens from the copy kept under its path, and greets from the address.
	await context.setOffline(true);
	await page.goto('/paths/it-staff/?due=2027-01-31&from=Sam%20Lee');
	await expect(page.getByText(/^Welcome! “Sam Lee” has asked you/)).toBeVisible();
	await context.setOffline(false);
});

test('a new deployment precaches its own files even where the HTTP cache still holds the previous deployment’s', async ({ context }) => {
	// GitHub Pages lets browsers keep every file for ten minutes.
	const site = await deploymentServer({ cacheControl: 'max-age=600' });
	const next = nextDeployment();
	editFile(join(next.dist, 'offline/index.html'), (html) => html.replace('</main>', '<p>From deployment 2.</p></main>'));
	const page = await context.newPage();
	await page.goto(`${site.url}/`);
	// The first worker's install fetched the shell, so the HTTP cache now holds deployment 1's offline page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});

	site.deploy(next.dist);
	const offlinePage = await page.evaluate(async () => {
		const registration = (await navigator.serviceWorker.getRegistration())!;
		await registration.update();
		const worker = registration.installing ?? registration.waiting;
		if (worker && worker.state === 'installing') {
			await new Promise<void>((resolve) => worker.addEventListener('statechange', () => ['installed', 'redundant'].includes(worker.state) && resolve()));
		}
		return (await (await caches.open('crosstrain-deployment-2')).match('/offline/'))?.text();
	});
	expect(offlinePage).toContain('From deployment 2.');
	await page.close();
	await site.close();
	next.remove();
});

test('on a slow but working network a page never visited still arrives, not the offline page', async ({ context }) => {
	const slowPage = `/modules/${moduleSlugs[0]}/`;
	const site = await deploymentServer({ slowPaths: { [slowPage]: 4500 } });
	const page = await context.newPage();
	await underWorker(page, site.url);

	await page.goto(`${site.url}${slowPage}`, { timeout: 15_000 });
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('You are offline');
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await page.close();
	await site.close();
});

test('when storage is full, the worker makes room among visited pages and keeps the shell', async ({ context }) => {
	const site = await deploymentServer();
	const page = await context.newPage();
	await underWorker(page, site.url);
	const shell = await cachedUrls(page);

	// Room for about two more module pages (each is 70 to 90 KB).
	const session = await context.newCDPSession(page);
	const { usage } = await page.evaluate(() => navigator.storage.estimate());
	await session.send('Storage.overrideQuotaForOrigin', { origin: site.url, quotaSize: (usage ?? 0) + 200_000 });
	const visited = moduleSlugs.slice(0, 6).map((slug) => `/modules/${slug}/`);
	for (const path of visited) await page.goto(`${site.url}${path}`);

	const last = visited.at(-1)!;
	await expect.poll(async () => (await cachedUrls(page)).map((url) => new URL(url).pathname)).toContain(last);
	const kept = (await cachedUrls(page)).map((url) => new URL(url).pathname);
	expect(kept).toEqual(expect.arrayContaining(shell.map((url) => new URL(url).pathname)));
	expect(kept.filter((path) => visited.includes(path)).length).toBeLessThan(visited.length);
	await session.send('Storage.overrideQuotaForOrigin', { origin: site.url });
	await page.close();
	await site.close();
});
