import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageTypes } from './course';
import { deploymentServer } from './deployment';


for (const [type, url] of Object.entries(pageTypes)) {
	test(`${type} page: title, description, one h1, strict CSP, skip link, no other origin, no console errors, fits 320 px`, async ({ page }) => {
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && !(type === 'not found' && message.text().includes('404'))) problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') problems.push(`request to another origin: ${request.url()}`);
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`));
		});
		await page.setViewportSize({ width: 320, height: 720 });
		await page.goto(url);
		const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) expect(policy).toContain(directive);
		expect(/script-src[^;]*/.exec(policy)?.[0]).not.toMatch(/unsafe-inline|unsafe-eval/);
		await expect(page).toHaveTitle(/\S.*Crosstrain|^Crosstrain$/);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/^.{20,}$/);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('link[rel="icon"]')).toHaveCount(1);

		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();

		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(problems).toEqual([]);
	});
}

test('a mistyped URL gets a helpful 404 page', async ({ page }) => {
	const response = await page.goto('/modules/no-such-module/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
	await page.getByRole('main').getByRole('searchbox', { name: 'Search the course' }).fill('risk');
	await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=risk/);
});

test('print hides the navigation and keeps the content', async ({ page }) => {
	await page.goto(pageTypes.module);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('every built page carries the Content-Security-Policy, the redirect pages too', () => {
	const dist = new URL('../../dist/', import.meta.url);
	const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
	const policies = new Map(pages.map((file) => [file, /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(new URL(file, dist), 'utf8'))?.[1]]));
	expect([...policies].filter(([, policy]) => !policy).map(([file]) => file)).toEqual([]);
	const redirects = pages.filter((file) => readFileSync(new URL(file, dist), 'utf8').includes('http-equiv="refresh"'));
	expect(redirects.length).toBeGreaterThan(0);
	for (const file of redirects) expect(policies.get(file)).toMatch(/^default-src 'self';.*object-src 'none'; base-uri 'self'; form-action 'self'/);
});

test('on a host that sends no headers, a page framed by another site hides itself; one framed by its own site does not', async ({ page }) => {
	const site = await deploymentServer();
	const framer = (origin: string) => `${origin}/framer.html`;
	for (const origin of ['http://other-site.test', site.url]) {
		await page.route(framer(origin), (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Framer</title><iframe src="${site.url}/progress/" title="Crosstrain"></iframe>` }));
	}
	await page.goto(framer('http://other-site.test'));
	const framed = page.frameLocator('iframe').getByRole('heading', { level: 1 });
	await expect(framed).toBeHidden();
	expect(await page.frameLocator('iframe').locator('h1').count()).toBe(1);

	await page.goto(framer(site.url));
	await expect(framed).toBeVisible();
	await site.close();
});
