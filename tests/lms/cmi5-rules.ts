/**
 * The cmi5 rules an LMS enforces on what an AU sends, checked statement by statement in
 * the order they arrive. Each problem names the requirement it breaks, by its id in ADL's
 * @cmi5/requirements list, with the requirement's own words.
 */
import { createRequire } from 'node:module';
import xapiValidation from '@learninglocker/xapi-validation';

// A CommonJS module: under Node's ES module loader its function arrives as `default` of the default.
const validateStatement = ((xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation) as (statement: unknown) => { path: string[]; typeName?: string; message: string }[];
const requirements = createRequire(import.meta.url)('@cmi5/requirements/requirements.json') as Record<string, { txt: string }>;

/** "9.3.0.0-4 The "Initialized" verb MUST be the first statement…" */
export function requirement(id: string): string {
	const text = requirements[id]?.txt;
	if (!text) throw new Error(`no cmi5 requirement ${id}`);
	return `${id} ${text}`;
}

export const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export interface SessionFacts {
	id: string;
	registration: string;
	activityId: string;
	publisherId: string;
	launchMode: 'Normal' | 'Browse' | 'Review';
	masteryScore?: number;
	/** Whether the AU read cmi5LearnerPreferences in this session. */
	readPreferences: boolean;
	/** Verbs of the AU's statements in this session, in order. */
	verbs: string[];
}

export interface RegistrationFacts {
	/** cmi5 defined verbs recorded for the registration so far, any session. */
	verbs: string[];
}

type Statement = Record<string, any>;

/** Everything wrong with one statement, given what came before. An empty list accepts it. */
export function checkStatement(statement: Statement, session: SessionFacts, registration: RegistrationFacts): string[] {
	const problems = validateStatement(statement).map((warning) => `xAPI: ${warning.path.join('.')} ${warning.typeName ?? warning.message}`);
	const verbId = String(statement.verb?.id ?? '');
	const verb = verbId.startsWith(VERB('')) ? verbId.slice(VERB('').length) : verbId;
	const context = statement.context ?? {};
	const categories = ((context.contextActivities?.category ?? []) as { id: string }[]).map((activity) => activity.id);
	const defined = categories.includes(CMI5);
	const result = statement.result ?? {};
	const fail = (id: string) => problems.push(requirement(id));

	if (!UUID.test(String(statement.id ?? ''))) fail('9.1.0.0-1');
	if (typeof statement.timestamp !== 'string') fail('9.7.0.0-1');
	else if (!/(Z|[+-]00:00)$/.test(statement.timestamp)) fail('9.7.0.0-2');
	if (context.registration !== session.registration) fail('9.6.1.0-1');
	if (context.extensions?.[SESSION] !== session.id) fail('9.6.3.1-4');
	if (!((context.contextActivities?.grouping ?? []) as { id: string }[]).some((activity) => activity.id === session.publisherId)) fail('10.2.1.0-7');

	// Order within the session.
	if (session.verbs.length === 0 && verb !== 'initialized') fail('9.3.0.0-4');
	if (session.verbs.includes('terminated')) fail('9.3.0.0-5');
	if (verb === 'initialized' && !session.readPreferences) fail('11.0.0.0-3');
	if (defined && session.verbs.includes(verb)) fail('9.3.0.0-2');
	if ((verb === 'passed' || verb === 'failed') && (session.verbs.includes('passed') || session.verbs.includes('failed'))) fail('9.3.0.0-3');

	if (defined) {
		if (!DEFINED.includes(verb)) fail('9.3.0.0-1');
		if (statement.object?.id !== session.activityId) fail('9.4.0.0-2');
		// Across the registration.
		if (verb === 'completed' && registration.verbs.includes('completed')) fail('9.3.0.0-6');
		if (verb === 'passed' && registration.verbs.includes('passed')) fail('9.3.0.0-7');
		if (verb === 'failed' && registration.verbs.includes('passed')) fail('9.3.0.0-8');
		// Results.
		const scaled = result.score?.scaled;
		if (result.score && verb !== 'passed' && verb !== 'failed') fail('9.5.1.0-2');
		if (result.score?.raw !== undefined && (result.score.min === undefined || result.score.max === undefined)) fail('9.5.1.0-3');
		if (verb === 'passed' && result.success !== true) fail('9.5.2.0-1');
		if (verb === 'failed' && result.success !== false) fail('9.5.2.0-2');
		if (!['passed', 'failed'].includes(verb) && 'success' in result) fail('9.5.2.0-3');
		if (verb === 'completed' && result.completion !== true) fail('9.5.3.0-1');
		if (verb !== 'completed' && 'completion' in result) fail('9.5.3.0-2');
		if (verb === 'terminated' && !result.duration) fail('9.5.4.1-1');
		if (verb === 'completed' && !result.duration) fail('9.5.4.1-2');
		if (verb === 'passed' && !result.duration) fail('9.5.4.1-3');
		if (verb === 'failed' && !result.duration) fail('9.5.4.1-4');
		if (session.masteryScore !== undefined && typeof scaled === 'number') {
			if (verb === 'passed' && scaled < session.masteryScore) fail('9.3.4.0-2');
			if (verb === 'failed' && scaled >= session.masteryScore) fail('9.3.5.0-2');
			if ((verb === 'passed' || verb === 'failed') && context.extensions?.[MASTERY] !== session.masteryScore) fail('9.6.3.2-2');
		}
		const judged = 'success' in result || 'completion' in result;
		if (judged && !categories.includes(MOVEON)) fail('9.6.2.2-1');
	}
	if (categories.includes(MOVEON) && !(defined && ('success' in result || 'completion' in result))) fail('9.6.2.2-2');

	// Browse and Review record nothing about satisfaction; Crosstrain sends only initialized and terminated then.
	if (session.launchMode !== 'Normal') {
		if (['passed', 'failed', 'completed'].includes(verb)) fail(session.launchMode === 'Browse' ? '10.2.2.0-9' : '10.2.2.0-11');
		else if (verb !== 'initialized' && verb !== 'terminated') problems.push(`${requirement('10.2.2.0-5')} (Crosstrain sends only initialized and terminated in ${session.launchMode} mode; this was "${verb}".)`);
	}
	return problems;
}

/** The verb of a statement, short: "initialized", "answered". */
export const verbOf = (statement: Statement) => String(statement.verb?.id ?? '').replace(VERB(''), '');
/** Whether the statement is cmi5 defined (it carries the cmi5 category). */
export const isDefined = (statement: Statement) => ((statement.context?.contextActivities?.category ?? []) as { id: string }[]).some((activity) => activity.id === CMI5);
export { SESSION as SESSION_EXTENSION, MASTERY as MASTERY_EXTENSION };
