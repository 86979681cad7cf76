/**
 * What Crosstrain writes to and reads from the SCORM data model, for each version, as
 * element/value pairs that the runtime (scorm-api.ts) sends. SCORM 1.2 and 2004 name the
 * same ideas differently; this is the one place that knows both vocabularies.
 *
 * Status: a module is done when its quiz is passed, as on the site. Until then SCORM 1.2
 * says "incomplete", then "failed"; SCORM 2004 says completion "incomplete" with success
 * "unknown", then "failed"; and exit is "suspend", so the LMS keeps suspend_data for the
 * next launch (2004 discards it on any other exit). A pass is "passed" (2004: completed
 * and passed) and exit becomes normal. The score is the best attempt's: a later, lower
 * attempt never overwrites a pass.
 */
import type { ScormVersion } from './scorm-api.ts';

export type Pairs = [string, string][];

/** What the LMS says about this launch. */
export interface Launch {
	mode: 'normal' | 'browse' | 'review';
	/** The LMS's pass mark in percent, when it sets one: it overrides the quiz's. */
	masteryPercent: number | undefined;
	/** The learner's name as "First Last", when the LMS gives one. */
	learnerName: string | undefined;
	suspendData: string;
	/** Whether this SCO was launched before: its status is more than "not attempted". */
	attempted: boolean;
}

/** The element names that differ between the versions: [SCORM 1.2, SCORM 2004]. */
const NAMES = {
	mode: ['cmi.core.lesson_mode', 'cmi.mode'],
	mastery: ['cmi.student_data.mastery_score', 'cmi.scaled_passing_score'],
	name: ['cmi.core.student_name', 'cmi.learner_name'],
	status: ['cmi.core.lesson_status', 'cmi.completion_status'],
	exit: ['cmi.core.exit', 'cmi.exit'],
	score: ['cmi.core.score.', 'cmi.score.'],
	sessionTime: ['cmi.core.session_time', 'cmi.session_time'],
	response: ['student_response', 'learner_response'],
} as const;
const name = (version: ScormVersion, key: keyof typeof NAMES) => NAMES[key][version === '1.2' ? 0 : 1];

/** Reads the launch through `get`, which returns "" for anything the LMS does not have. */
export function readLaunch(version: ScormVersion, get: (element: string) => string): Launch {
	const mode = get(name(version, 'mode'));
	const mastery = get(name(version, 'mastery')).trim();
	const percent = Math.round(Number(mastery) * (version === '1.2' ? 1000 : 100000)) / 1000;
	const learner = get(name(version, 'name')).trim();
	const status = get(name(version, 'status'));
	return {
		mode: mode === 'browse' || mode === 'review' ? mode : 'normal',
		masteryPercent: mastery !== '' && percent >= 0 && percent <= 100 ? percent : undefined,
		learnerName: learner ? displayName(learner) : undefined,
		suspendData: get('cmi.suspend_data'),
		attempted: !['', 'not attempted', 'unknown'].includes(status),
	};
}

/** LMSs send "Last, First" (SCORM's convention); people read "First Last". */
export function displayName(full: string): string {
	const [last, first, ...more] = full.split(',').map((part) => part.trim());
	return first && last && more.length === 0 ? `${first} ${last}` : full;
}

const exitValue = (version: ScormVersion, passed: boolean): [string, string] => [name(version, 'exit'), passed ? (version === '1.2' ? '' : 'normal') : 'suspend'];

/** On launch: incomplete the first time, and exit "suspend" so an abrupt close keeps the data. */
export function launchValues(version: ScormVersion, launch: Launch, passed: boolean): Pairs {
	return [...(launch.attempted ? [] : [[name(version, 'status'), 'incomplete'] as [string, string]]), exitValue(version, passed)];
}

/** A score: `percent` whole, `scaled` exact (right answers / questions), so it agrees with the pass decision. */
export interface Score {
	percent: number;
	scaled: number;
	passed: boolean;
}

/** The status and score of the best attempt so far. */
export function scoreValues(version: ScormVersion, { percent, scaled, passed }: Score): Pairs {
	const score = name(version, 'score');
	const pairs: Pairs = [
		[`${score}raw`, String(percent)],
		[`${score}min`, '0'],
		[`${score}max`, '100'],
	];
	if (version === '1.2') pairs.push(['cmi.core.lesson_status', passed ? 'passed' : 'failed']);
	else pairs.push([`${score}scaled`, String(Math.floor(scaled * 1e7) / 1e7)], ['cmi.success_status', passed ? 'passed' : 'failed'], ['cmi.completion_status', passed ? 'completed' : 'incomplete']);
	return [...pairs, exitValue(version, passed)];
}

/** One answered question, ready to record as an interaction. */
export interface Answer {
	/** Unique within the SCO: `<module slug>.<question id>`. */
	id: string;
	type: 'single' | 'multiple' | 'true-false';
	objective: string;
	correct: boolean;
	/** Chosen and right options as indexes in the written order (true-false: 0 is True). */
	response: number[];
	correctResponse: number[];
	prompt: string;
}

/**
 * How a response is written: choices as letters a, b, c… in the written order ("a,c" in
 * 1.2, "a[,]c" in 2004); true-false as t/f (1.2) or true/false (2004).
 */
export function responsePattern(version: ScormVersion | 'xapi', type: Answer['type'], indexes: number[]): string {
	if (type === 'true-false') return version === '1.2' ? 'tf'[indexes[0]!]! : indexes[0] === 0 ? 'true' : 'false';
	return indexes.map((index) => String.fromCharCode(97 + index)).join(version === '1.2' ? ',' : '[,]');
}

/** The interaction record `index` for one answer. Each check adds records; none is overwritten. */
export function interactionValues(version: ScormVersion, index: number, answer: Answer): Pairs {
	const prefix = `cmi.interactions.${index}.`;
	const pairs: Pairs = [
		[`${prefix}id`, answer.id],
		[`${prefix}type`, answer.type === 'true-false' ? 'true-false' : 'choice'],
		[`${prefix}objectives.0.id`, answer.objective],
	];
	if (version === '2004') pairs.push([`${prefix}description`, `{lang=en}${answer.prompt.slice(0, 240)}`]);
	if (answer.correctResponse.length > 0) pairs.push([`${prefix}correct_responses.0.pattern`, responsePattern(version, answer.type, answer.correctResponse)]);
	if (answer.response.length > 0) pairs.push([prefix + name(version, 'response'), responsePattern(version, answer.type, answer.response)]);
	pairs.push([`${prefix}result`, answer.correct ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect']);
	return pairs;
}

/** SCORM 2004 requires LMSs to keep at least 250 interactions; journaling stops there. */
export const MAX_INTERACTIONS = 250;

/** When the session ends: how long it took, and the exit that keeps or closes the attempt. */
export function finishValues(version: ScormVersion, passed: boolean, sessionMs: number): Pairs {
	return [[name(version, 'sessionTime'), version === '1.2' ? timespan12(sessionMs) : isoDuration(sessionMs)], exitValue(version, passed)];
}

const two = (value: number) => String(value).padStart(2, '0');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function timespan12(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const seconds = Math.floor(centis / 100);
	return `${String(Math.floor(seconds / 3600)).padStart(4, '0')}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.${two(centis % 100)}`;
}

/** An ISO 8601 duration with hundredths of a second (SCORM 2004 timeinterval, xAPI duration): PT1H2M3.45S. */
export function isoDuration(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.floor(centis / 360000);
	const minutes = Math.floor(centis / 6000) % 60;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${(centis % 6000) / 100}S`;
}
