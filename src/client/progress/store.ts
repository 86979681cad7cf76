/**
 * The progress store: one record in a Storage (localStorage in the browser), read once and
 * kept in memory until storage changes. Every write merges with what is stored, and when
 * another tab's write arrives the store merges it in and writes back whatever that write
 * lacked, so no tab's write is lost. Nothing here throws. When progress cannot be saved
 * (storage refused or full, or a record that must not be overwritten), the store keeps
 * working in memory and reports why through `problem`.
 */
import type { Change } from './changes.ts';
import { dict, emptyRecord, isId, stampAfter, STORAGE_KEY, type ProgressRecord } from './format.ts';
import { addAttempt, applyRenames, mergeProgress, newWriterId, type AttemptResult } from './merge.ts';
import { parseProgress } from './parse.ts';

/**
 * Why progress cannot be saved, as a name: the words are the interface strings
 * `progressNotice.problem.<name>` (en.json), which <ct-progress-notice> shows.
 */
export type ProgressProblem = 'noStorage' | 'noRead' | 'newer' | 'setAside' | 'partSetAside' | 'noRoom' | 'partNoRoom' | 'refused';

export interface ProgressStore {
	/** The current record: parsed once, then kept until storage changes (a write here, or notifyExternalChange). */
	read(): ProgressRecord;
	/** Records one quiz attempt. */
	recordAttempt(slug: string, result: AttemptResult): ProgressRecord;
	/** Makes a change (see changes.ts: assignments, the last path, the learner's name, review cards) and saves it. */
	update(change: Change): ProgressRecord;
	/** Merges an imported record (format 1 or 2) into the current one. */
	importRecord(incoming: ProgressRecord): ProgressRecord;
	/** Deletes all progress, in every tab, and the set-aside copies. */
	reset(): void;
	/** Why progress cannot be saved, if it cannot. */
	problem(): ProgressProblem | undefined;
	/** Calls `listener` after every change, here or in another tab. Returns an unsubscribe function. */
	subscribe(listener: () => void): () => void;
	/** Tells the store that another tab changed storage: it merges that in and repairs what the write lacked. */
	notifyExternalChange(): void;
	/** How many copies of unreadable progress are set aside in this browser (reset deletes them). */
	setAsideCount(): number;
}

/** How long after another tab's write a store checks whether storage still lacks something it holds. */
export const REPAIR_DELAY_MS = 50;

export interface StoreOptions {
	/** Names this store's attempt counter; each store (each page load) needs its own. */
	writer?: string;
	/** Runs `task` after `ms` milliseconds (setTimeout in the browser). */
	later?: (task: () => void, ms: number) => void;
}

/**
 * Creates a store over a Storage. `storage` may be undefined when the browser refuses
 * access; the store then works in memory only. `renames` (former module slug → current
 * slug) carries progress over to renamed modules.
 */
export function createProgressStore(
	storage: Storage | undefined,
	now: () => Date = () => new Date(),
	renames: Readonly<Record<string, string>> = {},
	{ writer = newWriterId(), later = (task, ms) => void setTimeout(task, ms) }: StoreOptions = {},
): ProgressStore {
	const listeners = new Set<() => void>();
	let memory = emptyRecord();
	let problem: ProgressProblem | undefined = storage ? undefined : 'noStorage';
	// A record from a newer version, or one that could not be copied aside, is never overwritten.
	let readOnly = false;
	// Once this store has written, it writes back whatever another tab's write lacked.
	let wrote = false;
	// The stored text `memory` last merged; undefined until the first read.
	let seen: string | null | undefined;
	let repairDue = false;

	/** The keys of the set-aside copies. */
	const copies = (): string[] => {
		try {
			return Array.from({ length: storage!.length }, (_, index) => storage!.key(index)).filter((key): key is string => key?.startsWith(`${STORAGE_KEY}:`) ?? false);
		} catch {
			return [];
		}
	};

	const notify = () => {
		for (const listener of listeners) listener();
	};

	const write = (record: ProgressRecord) => {
		memory = record;
		if (!storage || readOnly) return;
		const text = JSON.stringify(record);
		try {
			storage.setItem(STORAGE_KEY, text);
			seen = text;
		} catch {
			problem = 'refused';
		}
	};

	/** Copies `text` under a new timestamped key, never over an earlier copy. Says whether the copy was made. */
	const setAside = (kind: string, text: string): boolean => {
		try {
			const base = `${STORAGE_KEY}:${kind}:${now().toISOString()}`;
			let key = base;
			for (let count = 1; storage!.getItem(key) !== null; count++) key = `${base}~${count}`;
			storage!.setItem(key, text);
			return true;
		} catch {
			return false;
		}
	};

	/**
	 * Merges what is stored into memory, if it changed since last time (or, to `repair`, in
	 * any case, writing back what storage lacks). Another tab's write that lacks this tab's
	 * is not repaired at once: during a burst of writes this tab's next write carries the
	 * merge anyway, and writing back at every event would set off a chain of write-backs,
	 * each overwriting the other tab's newest write. One check a little later settles it.
	 */
	const sync = (repair = false): ProgressRecord => {
		if (!storage || readOnly) return memory;
		let raw: string | null;
		try {
			raw = storage.getItem(STORAGE_KEY);
		} catch {
			problem = 'noRead';
			return memory;
		}
		if (raw === seen && !repair) return memory;
		seen = raw;
		if (raw === null) {
			if (wrote) write(memory);
			return memory;
		}
		let json: unknown;
		try {
			json = JSON.parse(raw);
		} catch {
			json = undefined;
		}
		const result = parseProgress(json);
		if (!result.ok && result.reason === 'newer-version') {
			readOnly = true;
			problem = 'newer';
		} else if (!result.ok) {
			// Unreadable data cannot be shown: keep a copy for support, then start afresh.
			if (setAside('unreadable', raw)) {
				problem = 'setAside';
				try {
					storage.removeItem(STORAGE_KEY);
					seen = null;
				} catch {
					/* the copy is made; the next write replaces the original */
				}
				if (wrote) write(memory);
			} else {
				readOnly = true;
				problem = 'noRoom';
			}
		} else {
			const stored = applyRenames(result.record, renames);
			const merged = mergeProgress(stored, memory);
			memory = merged;
			if (result.dropped) {
				let copy = raw;
				try {
					copy = JSON.stringify({ version: (json as { version: unknown }).version, dropped: result.dropped });
				} catch {
					/* too deep to serialize again: copy the whole record */
				}
				if (setAside('dropped', copy)) {
					problem = 'partSetAside';
					write(merged);
				} else {
					readOnly = true;
					problem = 'partNoRoom';
				}
			} else if (repair) {
				// Merging what storage lacks nothing keeps its keys in their order: the same text means nothing to repair.
				if (JSON.stringify(merged) !== JSON.stringify(stored)) write(merged);
			} else if (wrote && !repairDue) {
				repairDue = true;
				later(() => {
					repairDue = false;
					sync(true);
				}, REPAIR_DELAY_MS);
			}
		}
		return memory;
	};

	/** Applies `change` to the current record, saves it and tells the listeners. */
	const update = (change: Change): ProgressRecord => {
		const before = sync();
		const after = change(before, now());
		if (after === before) return before;
		wrote = true;
		write(after);
		notify();
		return memory;
	};

	return {
		read: () => (seen === undefined ? sync() : memory),
		recordAttempt: (slug, result) =>
			update((record, at) => (isId(slug) ? { ...record, modules: Object.assign(dict(), record.modules, { [slug]: addAttempt(record.modules[slug], result, at, writer) }) } : record)),
		update,
		importRecord: (incoming) =>
			update((record) => {
				const merged = mergeProgress(record, { ...applyRenames(incoming, renames), resetAt: record.resetAt });
				// A file that adds nothing leaves storage as it is (merging keeps the current record's key order).
				return JSON.stringify(merged) === JSON.stringify(record) ? record : merged;
			}),
		reset() {
			readOnly = false;
			problem = storage ? undefined : problem;
			try {
				for (const key of copies()) storage!.removeItem(key);
			} catch {
				/* storage refuses: what it keeps, it keeps */
			}
			// An empty record stamped with the moment of deletion, so other tabs drop what they hold instead of writing it back.
			wrote = true;
			write({ ...emptyRecord(), resetAt: stampAfter(now(), memory.resetAt) });
			notify();
		},
		problem: () => problem,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		notifyExternalChange() {
			sync();
			notify();
		},
		setAsideCount: () => copies().length,
	};
}
