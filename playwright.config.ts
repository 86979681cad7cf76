import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.ts';

const port = Number(process.env.PORT ?? 4321);
const fixturePort = port + 1;

/**
 * Two sites: the behaviour tests (tests/e2e/behaviour/) run on the fixture course, a small
 * course made for them (tests/fixtures/course/, built into dist-fixture/), so rewording the
 * real course cannot turn them red; the rest run on the real course (dist/). Both are served
 * as a plain static host serves them (tests/static-server.ts), with no server-side redirects.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
	},
	projects: [
		{ name: 'course', testIgnore: 'behaviour/**', use: { baseURL: `http://127.0.0.1:${port}` } },
		{ name: 'fixture', testMatch: 'behaviour/**/*.spec.ts', use: { baseURL: `http://127.0.0.1:${fixturePort}` } },
	],
	webServer: [
		{
			command: `node tests/static-server.ts dist ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			command: `node tests/static-server.ts dist-fixture ${fixturePort}`,
			url: `http://127.0.0.1:${fixturePort}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
	],
});
