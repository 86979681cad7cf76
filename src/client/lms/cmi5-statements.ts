/**
 * The xAPI statements a Crosstrain module sends in a cmi5 session, built as plain data
 * (cmi5 §9). "cmi5 defined" statements (initialized, passed, failed, completed,
 * terminated) are about the AU itself: object = the launch's activityId, the cmi5
 * category, and for passed/failed/completed the moveOn category. "cmi5 allowed" answered
 * statements are about one question each, with its options as an interaction definition.
 * Every statement's context starts from the LMS's contextTemplate and only adds to it.
 */
import { isoDuration, responsePattern, type Answer } from './scorm-model.ts';
import type { Cmi5Launch } from './cmi5-launch.ts';

export type Cmi5Verb = 'initialized' | 'passed' | 'failed' | 'completed' | 'terminated';

const VERB_NAMES: Record<Cmi5Verb | 'answered', string> = {
	initialized: 'initialized',
	passed: 'passed',
	failed: 'failed',
	completed: 'completed',
	terminated: 'terminated',
	answered: 'answered',
};
const verb = (name: Cmi5Verb | 'answered') => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-US': VERB_NAMES[name] } });

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** What the LMS put in the LMS.LaunchData State document (cmi5 §10.2). */
export interface LaunchData {
	contextTemplate: Record<string, unknown>;
	launchMode: 'Normal' | 'Browse' | 'Review';
	masteryScore?: number;
	moveOn?: string;
	returnURL?: string;
}

export type Statement = Record<string, unknown>;

/** A version 4 UUID from the browser's random source (crypto.randomUUID needs a secure context). */
export function uuid(random: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => void crypto.getRandomValues(bytes)): string {
	const bytes = new Uint8Array(16);
	random(bytes);
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The contextTemplate with Crosstrain's additions appended: nothing the LMS set is overwritten (§10.2.1). */
function context(launch: Cmi5Launch, data: LaunchData, categories: string[], extensions: Record<string, unknown> = {}, parent?: string): Record<string, unknown> {
	const template = structuredClone(data.contextTemplate ?? {}) as Record<string, any>;
	const activities = (template.contextActivities ??= {}) as Record<string, { id: string; objectType?: string }[]>;
	if (categories.length > 0) activities.category = [...(activities.category ?? []), ...categories.map((id) => ({ id, objectType: 'Activity' }))];
	if (parent) activities.parent = [...(activities.parent ?? []), { id: parent, objectType: 'Activity' }];
	template.extensions = { ...extensions, ...template.extensions };
	return { ...template, registration: launch.registration };
}

export interface StatementFacts {
	launch: Cmi5Launch;
	launchData: LaunchData;
	at: Date;
	id?: string;
}

/** A cmi5 defined statement. `score` only for passed and failed; `durationMs` for all but initialized. */
export function definedStatement(verbName: Cmi5Verb, facts: StatementFacts, extra: { durationMs?: number; score?: { scaled: number; percent: number } } = {}): Statement {
	const { launch, launchData, at } = facts;
	const judged = verbName === 'passed' || verbName === 'failed';
	const moveOn = judged || verbName === 'completed';
	const result: Record<string, unknown> = {};
	if (judged && extra.score) result.score = { scaled: extra.score.scaled, raw: extra.score.percent, min: 0, max: 100 };
	if (judged) result.success = verbName === 'passed';
	if (verbName === 'completed') result.completion = true;
	if (extra.durationMs !== undefined) result.duration = isoDuration(extra.durationMs);
	const extensions = judged && launchData.masteryScore !== undefined ? { [MASTERY_EXTENSION]: launchData.masteryScore } : {};
	return {
		id: facts.id ?? uuid(),
		actor: launch.actor,
		verb: verb(verbName),
		object: { objectType: 'Activity', id: launch.activityId },
		...(Object.keys(result).length > 0 ? { result } : {}),
		context: context(launch, launchData, moveOn ? [CMI5_CATEGORY, MOVEON_CATEGORY] : [CMI5_CATEGORY], extensions),
		timestamp: at.toISOString(),
	};
}

/**
 * A cmi5 allowed "answered" statement for one question. Its activity id is the question's
 * place on the hosted site, the same in every LMS, so reports can compare questions.
 */
export function answeredStatement(answer: Answer, options: string[], questionUrl: string, facts: StatementFacts): Statement {
	const definition: Record<string, unknown> = {
		type: INTERACTION_TYPE,
		name: { en: answer.prompt },
		interactionType: answer.type === 'true-false' ? 'true-false' : 'choice',
		correctResponsesPattern: [responsePattern('xapi', answer.type, answer.correctResponse)],
	};
	if (answer.type !== 'true-false') definition.choices = options.map((text, index) => ({ id: responsePattern('xapi', 'single', [index]), description: { en: text } }));
	return {
		id: facts.id ?? uuid(),
		actor: facts.launch.actor,
		verb: verb('answered'),
		object: { objectType: 'Activity', id: questionUrl, definition },
		result: { success: answer.correct, ...(answer.response.length > 0 ? { response: responsePattern('xapi', answer.type, answer.response) } : {}) },
		context: context(facts.launch, facts.launchData, [], {}, facts.launch.activityId),
		timestamp: facts.at.toISOString(),
	};
}
