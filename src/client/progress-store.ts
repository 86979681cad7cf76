/**
 * The browser's one progress store, over localStorage, kept in step with other tabs. Renamed
 * modules (former slug → current slug) come from the build, in virtual:crosstrain/renames.
 */
import renames from 'virtual:crosstrain/renames';
import { STORAGE_KEY } from './progress/format.ts';
import { createProgressStore, type ProgressStore } from './progress/store.ts';

let shared: ProgressStore | undefined;

export function getProgressStore(): ProgressStore {
	if (shared) return shared;
	let storage: Storage | undefined;
	try {
		storage = globalThis.localStorage ?? undefined;
	} catch {
		storage = undefined;
	}
	const store = createProgressStore(storage, undefined, renames);
	globalThis.addEventListener?.('storage', (event: StorageEvent) => {
		if (event.key === STORAGE_KEY || event.key === null) store.notifyExternalChange();
	});
	shared = store;
	return store;
}

/**
 * Makes the page's one store work over `storage` instead of localStorage: inside an LMS,
 * progress lives in the LMS (src/client/lms/session.ts). Call before any element reads progress.
 */
export function useProgressStorage(storage: Storage): ProgressStore {
	shared = createProgressStore(storage, undefined, renames);
	return shared;
}
