/**
 * What the browser answers when asked to keep the site's storage: an input to the site, set
 * before any page script runs. Counts the times persist() is asked, in localStorage, so a
 * test can see it is asked once across page loads.
 */
import type { Page } from '@playwright/test';

export const PERSIST_CALLS = 'test:persist-calls';

export async function browserAnswers(page: Page, answer: { persisted: boolean; grants: boolean }) {
	await page.addInitScript(({ persisted, grants, key }) => {
		let kept = persisted;
		Object.assign(navigator.storage, {
			persisted: async () => kept,
			persist: async () => {
				localStorage.setItem(key, String(Number(localStorage.getItem(key) ?? 0) + 1));
				kept = kept || grants;
				return kept;
			},
		});
	}, { ...answer, key: PERSIST_CALLS });
}
