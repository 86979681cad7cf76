/**
 * The progress record, format 2: what Crosstrain remembers about a learner, and the checks
 * every stored or imported value passes. The record is convergent: two tabs' copies, or a
 * copy and an imported file, merge to the same result in any order (see merge.ts), so a
 * write made in one tab is never lost to another's.
 */
export const PROGRESS_VERSION = 2;
export const STORAGE_KEY = 'crosstrain:progress';

/** Upper bounds on counts: a real learner stays far below them; beyond them an entry is refused. */
export const MAX_ATTEMPTS = 10_000;
/** The longest learner's name kept for a completion record, in characters. */
export const MAX_NAME_LENGTH = 80;
/** The longest sender's name kept with an assignment (an onboarding link's limit). */
export const MAX_SENDER_LENGTH = 60;
/** The longest module slug, question id, path id or assignment id. */
export const MAX_ID_LENGTH = 200;
/** The most modules a plan assignment holds. */
export const MAX_PLAN_MODULES = 100;
const MAX_DAYS = 36_500;

/** The latest answer to one question, from a quiz attempt or a review. */
export interface QuestionResult {
	correct: boolean;
	/** When it was answered (ISO timestamp): the newest answer wins a merge. */
	at: string;
}

/** One module's quiz history. */
export interface ModuleProgress {
	/** How many times the quiz was checked: the sum of `attemptsBy`, at most MAX_ATTEMPTS. */
	attempts: number;
	/** Attempts per writer (one id per page load that recorded any): a grow-only counter, merged by maximum per writer. */
	attemptsBy: Record<string, number>;
	/** The best score, in percent. */
	bestScore: number;
	/** The latest score, in percent. */
	lastScore: number;
	/** Whether the quiz has ever been passed: the module is then completed. */
	passed: boolean;
	/** When the quiz was last checked (ISO timestamp). */
	lastAttemptAt: string;
	/** When the quiz was first passed. */
	completedAt?: string;
	/** The latest result per question id. */
	questions: Record<string, QuestionResult>;
}

/** What an onboarding link asked of the learner, as the store keeps it. */
export interface AssignmentLink {
	/** A whole path, or a plan of chosen modules. */
	kind: 'path' | 'plan';
	/** The path's id (kind "path"). */
	path?: string;
	/** The plan's module slugs, in the link's order (kind "plan"). */
	modules?: string[];
	/** The due date, YYYY-MM-DD. */
	due?: string;
	/** Who sent the link, as plain text. */
	from?: string;
}

export interface Assignment extends AssignmentLink {
	/** The same for the same link (see assignmentId), so opening a link twice keeps one assignment. */
	id: string;
	/** When the learner opened the link (ISO timestamp). */
	openedAt: string;
}

/** A spaced-review card: the fields of ts-fsrs 5's Card, with dates as ISO timestamps. */
export interface ReviewCard {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	last_review?: string;
	/** When the store saved this card: the newest card wins a merge. */
	savedAt: string;
}

/** A card as the scheduler hands it over: dates may be Date objects. */
export type ReviewCardInput = Omit<ReviewCard, 'due' | 'last_review' | 'savedAt'> & { due: Date | string; last_review?: Date | string | null };

/** A value with the time it was set: the newest wins a merge. */
export interface Stamped {
	at: string;
}

/** Everything Crosstrain remembers about a learner. */
export interface ProgressRecord {
	version: typeof PROGRESS_VERSION;
	/** Quiz history per module slug. */
	modules: Record<string, ModuleProgress>;
	/** Assignments from onboarding links, newest first. */
	assignments: Assignment[];
	/** Review cards keyed by `<module>/<question>` (see reviewKey). */
	review: Record<string, ReviewCard>;
	/** When an assignment or review card was removed, by key, so a merge does not bring it back. */
	removed: { assignments: Record<string, string>; review: Record<string, string> };
	/** The path the learner last visited. */
	lastPath?: Stamped & { id: string };
	/** The name the learner typed for a completion record ("" once cleared). */
	learnerName?: Stamped & { text: string };
	/** When all progress was last deleted: a record from before it never merges back in. */
	resetAt?: string;
}

export const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export const emptyRecord = (): ProgressRecord => ({
	version: PROGRESS_VERSION,
	modules: dict(),
	assignments: [],
	review: dict(),
	removed: { assignments: dict(), review: dict() },
});

// Hand-written checks rather than a schema library: this module loads on every page, and
// zod/mini alone weighed 7.8 KB gzipped, nearly the whole 8 KB budget of a page's scripts.
// A check returns the value to keep, or undefined to refuse it.
type Check<T = unknown> = (value: unknown) => T | undefined;

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const when =
	<T>(test: (value: unknown) => boolean): Check<T> =>
	(value) =>
		test(value) ? (value as T) : undefined;
export const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
const count = (max: number) => when<number>((value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max);
const amount = (max: number) => when<number>((value) => typeof value === 'number' && value >= 0 && value <= max);
const boolean = when<boolean>((value) => typeof value === 'boolean');
const id = when<string>(isId);

/** Milliseconds since 1970 of an ISO timestamp; -Infinity for none, so anything is newer. */
export const time = (iso: string | undefined): number => (iso === undefined ? -Infinity : Date.parse(iso));

/** `at` as a timestamp, or just after the latest of `previous` when the clock lags behind it, so a change made now wins a merge. */
export const stampAfter = (at: Date, ...previous: (string | undefined)[]): string => new Date(Math.max(at.getTime(), ...previous.map((moment) => time(moment) + 1))).toISOString();

// Timestamps already checked: the answers of one attempt share one, so a record holds few distinct ones.
const checked = new Set<string>();

/** Only what toISOString() writes: "9" or "2026-02-30…" would otherwise win or lose merges at random. */
export function isTimestamp(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	if (checked.has(value)) return true;
	if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value) || new Date(Date.parse(value) || 0).toISOString() !== value) return false;
	if (checked.size > 5_000) checked.clear();
	checked.add(value);
	return true;
}
const timestamp = when<string>(isTimestamp);

/** A calendar date written YYYY-MM-DD. */
export const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && isTimestamp(`${value}T00:00:00.000Z`);

// Control characters and the bidirectional overrides that can make a name read backwards.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text as a name is kept: one line, no control characters, spaces collapsed, at most `max` characters. */
export function plainText(value: string, max: number): string {
	return [...value.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim()].slice(0, max).join('').trim();
}

const text = (max: number) => when<string>((value) => typeof value === 'string' && plainText(value, max) === value);

/** Accepts undefined as well as what `check` accepts; an undefined field is left out. */
const optional =
	<T>(check: Check<T>): Check<T | null> =>
	(value) =>
		value === undefined ? null : check(value);

/** An object with exactly these fields (unknown ones dropped), in this order. */
function shape<T>(fields: Record<string, Check>): Check<T> {
	const checks = Object.entries(fields);
	return (value) => {
		if (!isObject(value)) return undefined;
		const kept: Record<string, unknown> = {};
		for (const [field, check] of checks) {
			const read = check(value[field]);
			if (read === undefined) return undefined;
			if (read !== null) kept[field] = read;
		}
		return kept as T;
	};
}

/** An object of entries, every key and value checked, in a prototype-less object so "__proto__" is just a key. */
function entries<T>(key: (key: string) => boolean, check: Check<T>): Check<Record<string, T>> {
	return (value) => {
		if (!isObject(value)) return undefined;
		const kept = dict<T>();
		for (const [name, entry] of Object.entries(value)) {
			const read = key(name) ? check(entry) : undefined;
			if (read === undefined) return undefined;
			kept[name] = read;
		}
		return kept;
	};
}

/** The review key of a question: `<module>/<question>`. */
export const reviewKey = (module: string, question: string): string => `${module}/${question}`;
export const isReviewKey = (key: string): boolean => key.length <= 2 * MAX_ID_LENGTH + 1 && /^[^/]+\/./.test(key);

/** The sum of a grow-only counter, within MAX_ATTEMPTS. */
export const total = (counts: Record<string, number>): number => Math.min(MAX_ATTEMPTS, Object.values(counts).reduce((sum, each) => sum + each, 0));

/** A module entry with its fields in their usual order, `attempts` summed from `attemptsBy`. */
export const moduleEntry = ({ attemptsBy, bestScore, lastScore, passed, lastAttemptAt, completedAt, questions }: Omit<ModuleProgress, 'attempts'>): ModuleProgress => ({
	attempts: total(attemptsBy),
	attemptsBy,
	bestScore,
	lastScore,
	passed,
	lastAttemptAt,
	...(completedAt === undefined ? {} : { completedAt }),
	questions,
});

const moduleFields = { bestScore: count(100), lastScore: count(100), passed: boolean, lastAttemptAt: timestamp, completedAt: optional(timestamp) };
const readV2Module = shape<Omit<ModuleProgress, 'attempts'>>({
	attemptsBy: entries(isId, count(MAX_ATTEMPTS)),
	...moduleFields,
	questions: entries(isId, shape<QuestionResult>({ correct: boolean, at: timestamp })),
});
const readV1Module = shape<Omit<ModuleProgress, 'attemptsBy'>>({
	attempts: count(MAX_ATTEMPTS),
	...moduleFields,
	// Format 1 kept right or wrong per question; the answer's time is the module's last attempt (set below).
	questions: entries(isId, (correct) => (typeof correct === 'boolean' ? { correct, at: '' } : undefined)),
});

/** One module's entry of a format 1 (`legacy`) or format 2 record, or undefined when any field is out of shape or bounds. */
export function readModule(value: unknown, legacy: boolean): ModuleProgress | undefined {
	if (!legacy) {
		const entry = readV2Module(value);
		return entry && moduleEntry(entry);
	}
	const entry = readV1Module(value);
	if (!entry) return undefined;
	for (const result of Object.values(entry.questions)) result.at = entry.lastAttemptAt;
	// Format 1 kept one count: it becomes one writer's, the same in every copy migrated from it.
	return moduleEntry({ ...entry, attemptsBy: Object.assign(dict<number>(), entry.attempts > 0 ? { v1: entry.attempts } : {}) });
}

const readAssignmentFields = shape<Assignment>({
	id,
	kind: when((value) => value === 'path' || value === 'plan'),
	path: optional(id),
	modules: optional(when<string[]>((value) => Array.isArray(value) && value.length > 0 && value.length <= MAX_PLAN_MODULES && value.every(isId) && new Set(value).size === value.length)),
	due: optional(when(isDay)),
	from: optional(when<string>((value) => text(MAX_SENDER_LENGTH)(value) !== undefined && value !== '')),
	openedAt: timestamp,
});

/** An assignment if every field has the right shape (a path, or a plan's modules, never both), else undefined. */
export function readAssignment(value: unknown): Assignment | undefined {
	const assignment = readAssignmentFields(value);
	return assignment && (assignment.kind === 'path' ? assignment.path !== undefined && !assignment.modules : assignment.path === undefined && assignment.modules) ? assignment : undefined;
}

const readCardFields = shape<ReviewCard>({
	due: timestamp,
	stability: amount(1e6),
	difficulty: amount(10),
	elapsed_days: count(MAX_DAYS),
	scheduled_days: count(MAX_DAYS),
	learning_steps: count(100),
	reps: count(MAX_ATTEMPTS),
	lapses: count(MAX_ATTEMPTS),
	state: count(3),
	last_review: optional(timestamp),
	savedAt: timestamp,
});

/** A review card under `key` if every field has the right shape and bounds, else undefined. */
export const readCard = (value: unknown, key: string): ReviewCard | undefined => (isReviewKey(key) ? readCardFields(value) : undefined);

/** The last path visited, if it has the right shape. */
export const readLastPath = shape<Stamped & { id: string }>({ id, at: timestamp });
/** The learner's name, if it has the right shape. */
export const readLearnerName = shape<Stamped & { text: string }>({ text: text(MAX_NAME_LENGTH), at: timestamp });
/** A removal time, if it is one. */
export const readRemoval = timestamp;
