import { expect, test, type Page } from '@playwright/test';

const KEY = 'crosstrain:progress';
const slug = 'risk-vocabulary';

/**
 * Runs `writes` quiz attempts through the page's own progress store (the built module the
 * site ships, found among the page's scripts as the export that hands out one shared store),
 * `gapMs` apart. Each attempt records a question id of its own, so none can hide another.
 */
async function writeAttempts(page: Page, tab: string, writes: number, gapMs: number): Promise<void> {
	await page.evaluate(
		async ({ slug, tab, writes, gapMs }) => {
			type Store = { recordAttempt(slug: string, result: { score: number; passed: boolean; questions: Record<string, boolean> }): unknown };
			const isStore = (value: unknown): value is Store => typeof (value as Store | undefined)?.recordAttempt === 'function';
			let store: Store | undefined;
			const scripts = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/_astro\/[^/]+\.js$/.test(name));
			for (const url of scripts) {
				const module: Record<string, unknown> = await import(url);
				for (const value of Object.values(module)) {
					if (typeof value !== 'function' || value.length !== 0) continue;
					try {
						const candidate: unknown = value();
						if (isStore(candidate) && candidate === value()) store = candidate;
					} catch {
						/* not the store */
					}
				}
			}
			if (!store) throw new Error('the page has no shared progress store');
			for (let index = 0; index < writes; index++) {
				store.recordAttempt(slug, { score: index % 101, passed: false, questions: { [`${tab}-${index}`]: true } });
				await new Promise((resolve) => setTimeout(resolve, gapMs));
			}
		},
		{ slug, tab, writes, gapMs },
	);
}

/** The attempts and question results stored for the module, as this page's storage holds them. */
const stored = (page: Page) =>
	page.evaluate(
		([key, slug]) => {
			const module = JSON.parse(localStorage.getItem(key!) ?? '{}').modules?.[slug!];
			return { attempts: module?.attempts ?? 0, questions: Object.keys(module?.questions ?? {}).length };
		},
		[KEY, slug],
	);

test('two tabs writing 100 attempts each, 20 ms apart, lose none', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await Promise.all([first.goto('/progress/'), second.goto('/progress/')]);
	await Promise.all([writeAttempts(first, 'a', 100, 20), writeAttempts(second, 'b', 100, 20)]);

	// The tabs repair each other's stale writes as the storage events arrive: wait for them to settle.
	await expect.poll(async () => (await stored(first)).attempts, { timeout: 5_000 }).toBe(200).catch(() => undefined);
	const seen = await Promise.all([stored(first), stored(second)]);
	const fresh = await context.newPage();
	await fresh.goto('/progress/');
	const final = await stored(fresh);
	console.log(`two tabs, 200 attempts 20 ms apart: ${200 - final.attempts} attempts lost, ${200 - final.questions} question results lost (tabs saw ${seen.map((tab) => tab.attempts).join(' and ')})`);
	expect(final).toEqual({ attempts: 200, questions: 200 });
	await expect(fresh.getByRole('row', { name: /Risk vocabulary/ }).first().getByRole('cell').nth(2)).toHaveText('200');
});

test('an unreadable record that there is no room to copy is not claimed set aside, and is kept', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	// Chromium allows about 5.2 million characters per origin: with these two values stored, a copy of the record cannot fit.
	const length = await page.evaluate((key) => {
		localStorage.setItem('filler', 'f'.repeat(2_300_000));
		localStorage.setItem(key, `{"version":2,"modules":${'x'.repeat(2_600_000)}`);
		return localStorage.getItem(key)!.length;
	}, KEY);
	await page.goto('/progress/');
	await expect(page.getByText('Your saved progress could not be read, and there is no room to set it aside. It is kept as it is')).toBeVisible();
	await expect(page.getByText('was set aside')).toHaveCount(0);
	const after = await page.evaluate((key) => ({ length: localStorage.getItem(key)?.length, copies: Object.keys(localStorage).filter((name) => name.startsWith(`${key}:`)) }), KEY);
	expect(after).toEqual({ length, copies: [] });
	expect(errors).toEqual([]);
});

test('an imported file with a crafted or a future date is refused, and progress is untouched', async ({ page }) => {
	const entry = { attempts: 1, bestScore: 100, lastScore: 100, passed: true, lastAttemptAt: '2026-11-20T10:00:00.000Z', questions: {} };
	const stored = JSON.stringify({ version: 1, modules: { [slug]: { ...entry, bestScore: 40, passed: false } } });
	await page.goto('/');
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, stored]);
	await page.goto('/progress/');
	const input = page.getByLabel('Progress file (.json)');
	const files: [string, unknown, RegExp][] = [
		['nine.json', { version: 1, modules: { [slug]: { ...entry, lastAttemptAt: '9' } } }, /“risk-vocabulary” is not a valid progress entry/],
		['future.json', { version: 1, modules: { [slug]: { ...entry, lastAttemptAt: '2999-01-01T00:00:00.000Z' } } }, /moment in the future \(2999-01-01T00:00:00\.000Z\)/],
	];
	for (const [name, content, message] of files) {
		await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
		await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
	}
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(stored);
	await expect(page.getByRole('row', { name: /Risk vocabulary/ }).first().getByRole('cell').nth(1)).toHaveText('40%');
});
