/**
 * One module's progress as a short string, for SCORM's cmi.suspend_data and the cmi5
 * State document. SCORM 1.2 allows 4,096 characters and some LMSs truncate beyond that
 * (lenient runtimes accept more, so nothing would warn): the string stays within 4,000.
 *
 * Format, ten fields separated by ";":
 *   ct1;<module slug>;<attempts>;<best %>;<last %>;<passed 0|1>;<last attempt>;<completed>;<ids right>;<ids wrong>
 * Times are milliseconds since 1970 in base 36 (completed is empty before a pass); ids are
 * the quiz's question ids (lowercase letters, digits and hyphens), separated by ",".
 */
import { parseProgress, type ModuleProgress, type ProgressRecord } from '../progress.ts';

/**
 * What suspend_data keeps of a module: the store's module progress, or its older form with a
 * plain right/wrong per question (what progress format 1 kept; decoding reads it as that).
 */
export type SuspendedProgress = Omit<ModuleProgress, 'attemptsBy' | 'questions'> & { questions: Record<string, boolean | { correct: boolean }> };

/** The most characters Crosstrain writes: within SCORM 1.2's 4,096 and 2004 2nd edition's 4,000. */
export const SUSPEND_DATA_LIMIT = 4000;

const VERSION = 'ct1';

/** Encodes a module's progress; question results are left out if they would not fit (`complete` is then false). */
export function encodeSuspendData(slug: string, progress: SuspendedProgress): { text: string; complete: boolean } {
	const time = (iso: string | undefined) => (iso ? Date.parse(iso).toString(36) : '');
	const ids = (right: boolean) =>
		Object.keys(progress.questions)
			.filter((id) => {
				const result = progress.questions[id]!;
				return (typeof result === 'boolean' ? result : result.correct) === right;
			})
			.sort()
			.join(',');
	const head = [VERSION, slug, progress.attempts, progress.bestScore, progress.lastScore, progress.passed ? 1 : 0, time(progress.lastAttemptAt), time(progress.completedAt)].join(';');
	const text = `${head};${ids(true)};${ids(false)}`;
	return text.length <= SUSPEND_DATA_LIMIT ? { text, complete: true } : { text: `${head};;`, complete: false };
}

export type DecodedSuspendData = { ok: true; progress: ModuleProgress | undefined; record?: ProgressRecord } | { ok: false; message: string };

/**
 * Reads what encodeSuspendData wrote for module `slug`. Empty data means no progress yet.
 * Anything else that is not exactly that, or that names another module, is refused with a
 * message for the learner: it is never trusted in part. The progress store's own checks
 * (parseProgress) judge the values, reading them as a format 1 record it migrates.
 */
export function decodeSuspendData(text: string, slug: string): DecodedSuspendData {
	if (text === '') return { ok: true, progress: undefined };
	const fields = text.split(';');
	const [version, module, attempts, best, last, passed, lastAt, completedAt, right, wrong] = fields;
	const ids = (value = '') => value.split(',').filter(Boolean);
	const number = (value = '') => (/^\d{1,9}$/.test(value) ? Number(value) : Number.NaN);
	const date = (value = '') => new Date(/^[0-9a-z]{1,12}$/.test(value) ? parseInt(value, 36) : Number.NaN).toJSON();
	const questions: Record<string, boolean> = Object.create(null);
	for (const id of ids(wrong)) questions[id] = false;
	for (const id of ids(right)) questions[id] = true;
	const ours = version === VERSION && module === slug && fields.length === 10 && Object.keys(questions).every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
	const parsed = ours
		? parseProgress({
				version: 1,
				modules: {
					[slug]: {
						attempts: number(attempts),
						bestScore: number(best),
						lastScore: number(last),
						passed: passed === '1' ? true : passed === '0' ? false : undefined,
						lastAttemptAt: date(lastAt),
						completedAt: completedAt ? date(completedAt) : undefined,
						questions,
					},
				},
			})
		: undefined;
	const progress = parsed?.ok ? parsed.record.modules[slug] : undefined;
	return progress && parsed?.ok
		? { ok: true, progress, record: parsed.record }
		: { ok: false, message: 'The progress your LMS kept for this module could not be read (another version or another course wrote it), so it was ignored.' };
}
