/**
 * Keeping progress in this browser: asking once for persistent storage, noting when the
 * learner last exported, and the rule for reminding them to export before a long gap.
 * Browsers may clear a site's data: under storage pressure, and Safari after seven days of
 * use without a visit to the site. What was asked and when the learner exported are facts
 * about this browser, not about the learner, so they live under their own key, apart from
 * the progress record (which travels in exports and merges across tabs and files).
 */
import type { ProgressRecord } from './progress/format.ts';

export const KEEPING_KEY = 'crosstrain:keeping';
/** Safari clears script-written storage after seven days of use without a visit: remind once an export is older than that. */
export const EXPORT_REMINDER_DAYS = 7;
const DAY_MS = 86_400_000;
/** Dispatched on the document when the learner has exported their progress. */
export const EXPORTED_EVENT = 'ct-progress-exported';

/** What this browser remembers about keeping progress. */
export interface KeepingNote {
	/** When persistent storage was asked for (ISO timestamp); it is asked once. */
	askedAt?: string;
	/** When the learner last exported their progress (ISO timestamp). */
	exportedAt?: string;
}

/** What the browser answered: it will keep progress, it may clear it, or it cannot say (no Storage API). */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

const isTimestamp = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

/** The note kept in `storage`, with anything unreadable left out. Never throws. */
export function readKeepingNote(storage: Pick<Storage, 'getItem'> | undefined): KeepingNote {
	try {
		const parsed: unknown = JSON.parse(storage?.getItem(KEEPING_KEY) ?? '{}');
		if (typeof parsed !== 'object' || parsed === null) return {};
		const { askedAt, exportedAt } = parsed as Record<string, unknown>;
		return { ...(isTimestamp(askedAt) && { askedAt }), ...(isTimestamp(exportedAt) && { exportedAt }) };
	} catch {
		return {};
	}
}

/** Adds `change` to the note in `storage`; returns false when the browser refuses. Never throws. */
export function writeKeepingNote(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, change: KeepingNote): boolean {
	try {
		if (!storage) return false;
		storage.setItem(KEEPING_KEY, JSON.stringify({ ...readKeepingNote(storage), ...change }));
		return true;
	} catch {
		return false;
	}
}

/** Whether the record holds progress worth keeping: a quiz checked at least once. */
export const hasProgress = (record: Pick<ProgressRecord, 'modules'>) => Object.keys(record.modules).length > 0;

/** When progress was last recorded (ISO timestamp of the latest quiz check), or undefined with none. */
export function lastProgressAt(record: Pick<ProgressRecord, 'modules'>): string | undefined {
	let latest: string | undefined;
	for (const module of Object.values(record.modules)) if (!latest || Date.parse(module.lastAttemptAt) > Date.parse(latest)) latest = module.lastAttemptAt;
	return latest;
}

/** Why the learner should export now, or undefined when they need not. */
export type ExportReminder = 'never-exported' | 'export-old' | undefined;

/**
 * Whether to remind the learner to export: when the browser has not promised to keep their
 * progress, there is progress, and either it was never exported, or the last export is more
 * than EXPORT_REMINDER_DAYS old and progress was recorded after it. `now` is injected.
 */
export function exportReminder(state: { persistence: Persistence; lastProgressAt?: string; exportedAt?: string; now: number }): ExportReminder {
	if (state.persistence === 'persisted' || !state.lastProgressAt) return undefined;
	if (!state.exportedAt) return 'never-exported';
	const exported = Date.parse(state.exportedAt);
	const old = state.now - exported > EXPORT_REMINDER_DAYS * DAY_MS;
	return old && Date.parse(state.lastProgressAt) > exported ? 'export-old' : undefined;
}

/** The parts of navigator.storage this uses (absent in old browsers and some webviews). */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined;

/** What the browser says now, without asking it for anything. Never throws. */
export async function currentPersistence(manager: StorageManagerLike): Promise<Persistence> {
	if (typeof manager?.persisted !== 'function') return 'unsupported';
	try {
		return (await manager.persisted()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'unsupported';
	}
}

/**
 * Asks the browser to keep this site's storage, once: not when it already does, and not
 * again after it was asked (the note's askedAt), whatever it answered. Returns its answer.
 */
export async function askToKeepOnce(manager: StorageManagerLike, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, now: number): Promise<Persistence> {
	const current = await currentPersistence(manager);
	if (current !== 'not-persisted' || typeof manager?.persist !== 'function' || readKeepingNote(storage).askedAt) return current;
	// Noted first, so a browser that prompts and is closed mid-question is not asked on every page.
	writeKeepingNote(storage, { askedAt: new Date(now).toISOString() });
	try {
		return (await manager.persist()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'not-persisted';
	}
}

/** This page's localStorage, or undefined where the browser refuses it. */
function localStore(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** In the browser: once `record` holds progress, asks to keep it (askToKeepOnce); returns what the browser says. */
export function keepProgress(record: Pick<ProgressRecord, 'modules'>): Promise<Persistence> {
	const manager = globalThis.navigator?.storage;
	return hasProgress(record) ? askToKeepOnce(manager, localStore(), Date.now()) : currentPersistence(manager);
}

/** In the browser: notes that the learner exported their progress now. */
export const noteExport = () => writeKeepingNote(localStore(), { exportedAt: new Date().toISOString() });

/** In the browser: the note of this browser (see readKeepingNote). */
export const keepingNote = () => readKeepingNote(localStore());
