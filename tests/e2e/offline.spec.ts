import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { editFile } from '../site-copy.ts';
import { literal, quizOf, rightLabels, searchResults } from './course';
import { deploymentServer } from './deployment';

test('after one visit the course keeps working offline', async ({ context, page }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// A page loaded before the worker took over is not controlled by it; the next one is.
	await page.goto('/modules/risk-vocabulary/');
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

	await context.setOffline(true);

	await page.goto('/modules/risk-vocabulary/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk vocabulary for IT staff');
	for (const question of quizOf('risk-vocabulary').questions) {
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
	await expect(page.getByRole('row', { name: /Risk vocabulary/ }).first().getByRole('cell').first()).toHaveText('Completed');

	await page.goto('/modules/backup-and-continuity/');
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
