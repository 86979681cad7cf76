/**
 * The learner's progress, kept in the browser as one versioned record. Every read is
 * validated; nothing here throws. When progress cannot be saved (storage refused or
 * full, or a record written by a newer version that must not be overwritten), the store
 * keeps working in memory and reports why through `problem`.
 */
export const PROGRESS_VERSION = 1;
export const STORAGE_KEY = 'crosstrain:progress';

/** One module's quiz history. */
export interface ModuleProgress {
	/** How many times the quiz was checked. */
	attempts: number;
	/** The best score, in percent. */
	bestScore: number;
	/** The latest score, in percent. */
	lastScore: number;
	/** Whether the quiz has ever been passed: the module is then completed. */
	passed: boolean;
	/** When the quiz was last checked, as an ISO date. */
	lastAttemptAt: string;
	/** When the quiz was first passed. */
	completedAt?: string;
	/** The latest result per question id: answered right or not. */
	questions: Record<string, boolean>;
}

// Hand-written checks rather than a schema library: this module loads on every page, and
// zod/mini alone weighed 7.8 KB gzipped, nearly the whole 8 KB budget of a page's scripts.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isPercent = (value: unknown): value is number => isCount(value) && value <= 100;
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** A module's stored history if it has the right shape, else undefined. Unknown fields are dropped. */
function readModuleProgress(value: unknown): ModuleProgress | undefined {
	if (!isObject(value)) return undefined;
	const { attempts, bestScore, lastScore, passed, lastAttemptAt, completedAt, questions } = value;
	if (!isCount(attempts) || !isPercent(bestScore) || !isPercent(lastScore) || typeof passed !== 'boolean' || !isDate(lastAttemptAt)) return undefined;
	if (completedAt !== undefined && !isDate(completedAt)) return undefined;
	if (!isObject(questions) || !Object.values(questions).every((result) => typeof result === 'boolean')) return undefined;
	return {
		attempts,
		bestScore,
		lastScore,
		passed,
		lastAttemptAt,
		...(completedAt === undefined ? {} : { completedAt }),
		questions: Object.assign(Object.create(null), questions as Record<string, boolean>),
	};
}

/** Everything Crosstrain remembers about a learner. */
export interface ProgressRecord {
	version: typeof PROGRESS_VERSION;
	modules: Record<string, ModuleProgress>;
}

/** The outcome of checking a quiz once. */
export interface AttemptResult {
	score: number;
	passed: boolean;
	/** Right or wrong, per question id. */
	questions: Record<string, boolean>;
}

export type ReadResult =
	| { ok: true; record: ProgressRecord }
	| { ok: false; reason: 'newer-version' | 'invalid'; message: string };

const emptyRecord = (): ProgressRecord => ({ version: PROGRESS_VERSION, modules: Object.create(null) });

/**
 * Reads a progress record from parsed JSON. Module entries that are malformed are
 * dropped one by one, so one bad entry never costs the rest. Keys are copied into a
 * prototype-less object, so "__proto__" is just another (unknown) module name.
 */
export function parseProgress(value: unknown): ReadResult {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { ok: false, reason: 'invalid', message: 'expected a JSON object.' };
	}
	const { version, modules } = value as { version?: unknown; modules?: unknown };
	if (typeof version === 'number' && version > PROGRESS_VERSION) {
		return { ok: false, reason: 'newer-version', message: `it was written by a newer version of Crosstrain (format ${version}).` };
	}
	if (version !== PROGRESS_VERSION) {
		return { ok: false, reason: 'invalid', message: `expected "version": ${PROGRESS_VERSION}.` };
	}
	if (typeof modules !== 'object' || modules === null || Array.isArray(modules)) {
		return { ok: false, reason: 'invalid', message: 'expected "modules" to be an object.' };
	}
	const record = emptyRecord();
	for (const slug of Object.keys(modules)) {
		const progress = readModuleProgress((modules as Record<string, unknown>)[slug]);
		if (progress) record.modules[slug] = progress;
	}
	return { ok: true, record };
}

/** The largest progress file import accepts: a real record is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * Reads a progress file a learner imports. Stricter than reading storage: any entry that
 * is not valid rejects the whole file, with a message saying what is wrong.
 */
export function parseImport(text: string): { ok: true; record: ProgressRecord } | { ok: false; message: string } {
	const reject = (why: string) => ({ ok: false as const, message: `This file cannot be imported: ${why} Your current progress is unchanged.` });
	if (text.length > MAX_IMPORT_BYTES) return reject('it is far larger than a Crosstrain progress file.');
	if (text.trim() === '') return reject('it is empty.');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return reject('it is not a JSON file.');
	}
	const result = parseProgress(json);
	if (!result.ok) return reject(result.message);
	const modules = (json as { modules: Record<string, unknown> }).modules;
	const bad = Object.keys(modules).find((slug) => !(slug in result.record.modules));
	if (bad !== undefined) return reject(`the entry for module “${bad.slice(0, 60)}” is not a valid progress entry.`);
	return result;
}

/** Adds one quiz attempt to a module's history. */
export function addAttempt(previous: ModuleProgress | undefined, result: AttemptResult, at: Date): ModuleProgress {
	const when = at.toISOString();
	const passed = (previous?.passed ?? false) || result.passed;
	return {
		attempts: (previous?.attempts ?? 0) + 1,
		bestScore: Math.max(previous?.bestScore ?? 0, result.score),
		lastScore: result.score,
		passed,
		lastAttemptAt: when,
		completedAt: previous?.completedAt ?? (result.passed ? when : undefined),
		questions: Object.assign(Object.create(null), previous?.questions, result.questions),
	};
}

/** Combines two records, keeping the better history of each module: used by import. */
export function mergeProgress(current: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
	const merged = emptyRecord();
	for (const record of [current, incoming]) {
		for (const [slug, progress] of Object.entries(record.modules)) {
			const other = merged.modules[slug];
			if (!other) {
				merged.modules[slug] = progress;
				continue;
			}
			const [older, newer] = other.lastAttemptAt <= progress.lastAttemptAt ? [other, progress] : [progress, other];
			const completions = [older.completedAt, newer.completedAt].filter((date): date is string => Boolean(date)).sort();
			merged.modules[slug] = {
				attempts: Math.max(older.attempts, newer.attempts),
				bestScore: Math.max(older.bestScore, newer.bestScore),
				lastScore: newer.lastScore,
				passed: older.passed || newer.passed,
				lastAttemptAt: newer.lastAttemptAt,
				completedAt: completions[0],
				questions: Object.assign(Object.create(null), older.questions, newer.questions),
			};
		}
	}
	return merged;
}

/**
 * Moves progress recorded under a renamed module's former slug to its current slug,
 * merging it with any progress already there. `renames` maps former slug → current slug.
 */
export function applyRenames(record: ProgressRecord, renames: Readonly<Record<string, string>>): ProgressRecord {
	const moved = Object.keys(renames).filter((former) => former in record.modules);
	if (moved.length === 0) return record;
	const modules: Record<string, ModuleProgress> = Object.assign(Object.create(null), record.modules);
	for (const former of moved) {
		const current = renames[former]!;
		const earlier = modules[former]!;
		delete modules[former];
		modules[current] = modules[current]
			? mergeProgress({ version: PROGRESS_VERSION, modules: { [current]: modules[current] } }, { version: PROGRESS_VERSION, modules: { [current]: earlier } }).modules[current]!
			: earlier;
	}
	return { version: PROGRESS_VERSION, modules };
}

/** Why progress cannot be saved, in words for the learner. */
export type ProgressProblem = string;

export interface ProgressStore {
	/** The current record, read fresh from storage so other tabs' writes are seen. */
	read(): ProgressRecord;
	/** Records one quiz attempt; re-reads first so a write from another tab is kept. */
	recordAttempt(slug: string, result: AttemptResult): ProgressRecord;
	/** Merges an imported record into the current one. */
	importRecord(incoming: ProgressRecord): ProgressRecord;
	/** Deletes all progress. */
	reset(): void;
	/** Why progress cannot be saved, if it cannot. */
	problem(): ProgressProblem | undefined;
	/** Calls `listener` after every change, here or in another tab. Returns an unsubscribe function. */
	subscribe(listener: () => void): () => void;
	/** Tells the store that another tab changed storage. */
	notifyExternalChange(): void;
}

/**
 * Creates a store over a Storage (localStorage in the browser). `storage` may be
 * undefined when the browser refuses access; the store then works in memory only.
 * `renames` (former module slug → current slug) carries progress over to renamed modules.
 */
export function createProgressStore(
	storage: Storage | undefined,
	now: () => Date = () => new Date(),
	renames: Readonly<Record<string, string>> = {},
): ProgressStore {
	const listeners = new Set<() => void>();
	let memory = emptyRecord();
	let problem: ProgressProblem | undefined = storage ? undefined : 'This browser does not allow the site to store data, so progress will be lost when you close the page.';
	// A record from a newer version is the learner's real progress: never overwrite it.
	let readOnly = false;
	// After a refused write, memory holds attempts that storage does not: reads must not drop them.
	let unsaved = false;

	const notify = () => {
		for (const listener of listeners) listener();
	};

	const load = (): ProgressRecord => {
		if (!storage || readOnly) return memory;
		let raw: string | null;
		try {
			raw = storage.getItem(STORAGE_KEY);
		} catch {
			problem = 'This browser does not allow the site to read stored data, so progress will not be saved.';
			return memory;
		}
		if (raw === null) return memory;
		let json: unknown;
		try {
			json = JSON.parse(raw);
		} catch {
			json = undefined;
		}
		const result = parseProgress(json);
		if (result.ok) {
			const stored = applyRenames(result.record, renames);
			memory = unsaved ? mergeProgress(stored, memory) : stored;
		} else if (result.reason === 'newer-version') {
			readOnly = true;
			problem = 'Your saved progress was written by a newer version of Crosstrain. It is kept as it is, and progress made here will not be saved.';
		} else {
			// Unreadable data cannot be shown; keep a copy for support, then start afresh.
			try {
				storage.setItem(`${STORAGE_KEY}:unreadable`, raw);
				storage.removeItem(STORAGE_KEY);
			} catch {
				/* the copy is a courtesy; the learner can still go on */
			}
			problem = 'Your saved progress could not be read and was set aside. New progress will be saved as usual.';
		}
		return memory;
	};

	const save = (record: ProgressRecord) => {
		memory = record;
		if (storage && !readOnly) {
			try {
				storage.setItem(STORAGE_KEY, JSON.stringify(record));
				unsaved = false;
			} catch {
				unsaved = true;
				problem = 'Your browser refused to save progress (storage may be full or disabled). Progress made now will be lost when you close the page.';
			}
		}
		notify();
		return record;
	};

	return {
		read: load,
		recordAttempt(slug, result) {
			const record = load();
			const modules = Object.assign(Object.create(null), record.modules);
			modules[slug] = addAttempt(record.modules[slug], result, now());
			return save({ version: PROGRESS_VERSION, modules });
		},
		importRecord(incoming) {
			return save(mergeProgress(load(), incoming));
		},
		reset() {
			readOnly = false;
			problem = storage ? undefined : problem;
			save(emptyRecord());
			if (storage) {
				try {
					storage.removeItem(STORAGE_KEY);
				} catch {
					/* already reported by save */
				}
			}
		},
		problem: () => problem,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		notifyExternalChange: notify,
	};
}

let shared: ProgressStore | undefined;

/** The id of the JSON block in each page that lists renamed modules (former slug → current slug). */
export const RENAMES_ELEMENT_ID = 'crosstrain-renames';

function renamesFromPage(): Record<string, string> {
	try {
		const renames: unknown = JSON.parse(globalThis.document?.getElementById(RENAMES_ELEMENT_ID)?.textContent ?? '{}');
		return typeof renames === 'object' && renames !== null ? (renames as Record<string, string>) : {};
	} catch {
		return {};
	}
}

/**
 * Makes the page's one store work over `storage` instead of localStorage: inside an LMS,
 * progress lives in the LMS (src/client/lms/session.ts). Call before any element reads progress.
 */
export function useProgressStorage(storage: Storage): ProgressStore {
	shared = createProgressStore(storage, undefined, renamesFromPage());
	return shared;
}

/** The browser's one progress store, over localStorage, kept in step with other tabs. */
export function getProgressStore(): ProgressStore {
	if (shared) return shared;
	let storage: Storage | undefined;
	try {
		storage = globalThis.localStorage ?? undefined;
	} catch {
		storage = undefined;
	}
	const store = createProgressStore(storage, undefined, renamesFromPage());
	globalThis.addEventListener?.('storage', (event: StorageEvent) => {
		if (event.key === STORAGE_KEY || event.key === null) store.notifyExternalChange();
	});
	shared = store;
	return store;
}
