/** The cmi5 statements Crosstrain builds, checked with an xAPI validator and the cmi5 rules the test LMS enforces. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCmi5Launch } from '../../src/client/lms/cmi5-launch.ts';
import { answeredStatement, CMI5_CATEGORY, definedStatement, MOVEON_CATEGORY, uuid, type LaunchData } from '../../src/client/lms/cmi5-statements.ts';
import { checkStatement, type SessionFacts } from '../lms/cmi5-rules.ts';

const actor = { objectType: 'Agent', name: 'Sam Lee', account: { homePage: 'https://lms.example', name: 'sam.lee' } };
const launch = { endpoint: 'https://lrs.example/xapi/', fetch: 'https://lms.example/fetch/1', actor, registration: 'e3b1b0c4-7b1e-4d2b-9a33-2b6f3f0c9a11', activityId: 'https://lms.example/activities/42' };
const sessionId = '5d1e8f7a-3c2b-4a19-8e6d-0f1a2b3c4d5e';
const launchData: LaunchData = {
	contextTemplate: {
		contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://crosstrain.example/modules/risk-vocabulary/' }], category: [{ id: 'https://lms.example/category/compliance' }] },
		extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
	},
	launchMode: 'Normal',
	masteryScore: 0.8,
};
const facts = () => ({ launch, launchData, at: new Date('2026-11-30T10:00:00Z') });
const session = (verbs: string[] = []): SessionFacts => ({
	id: sessionId,
	registration: launch.registration,
	activityId: launch.activityId,
	publisherId: 'https://crosstrain.example/modules/risk-vocabulary/',
	launchMode: 'Normal',
	masteryScore: 0.8,
	readPreferences: true,
	verbs,
});

describe('cmi5 statements', () => {
	test('the launch parameters are read in any order; a launch missing one is not a cmi5 launch', () => {
		const query = new URLSearchParams({ activityId: launch.activityId, actor: JSON.stringify(actor), registration: launch.registration, fetch: launch.fetch, endpoint: 'https://lrs.example/xapi' });
		assert.deepEqual(parseCmi5Launch(`https://lms.example/content/modules/x/index.html?${query}`), launch);
		query.delete('fetch');
		assert.equal(parseCmi5Launch(`https://lms.example/content/index.html?${query}`), undefined);
		assert.equal(parseCmi5Launch('https://lms.example/content/index.html?endpoint=x&fetch=y&actor=%7Bnot&registration=r&activityId=a'), undefined);
	});

	test('each cmi5 defined statement passes the xAPI validator and the cmi5 rules, in the order a session sends them', () => {
		const sent: string[] = [];
		for (const [verb, extra] of [
			['initialized', {}],
			['passed', { score: { scaled: 0.875, percent: 87 }, durationMs: 61_000 }],
			['completed', { durationMs: 61_500 }],
			['terminated', { durationMs: 62_000 }],
		] as const) {
			const statement = definedStatement(verb, facts(), extra);
			assert.deepEqual(checkStatement(statement, session(sent), { verbs: [] }), [], verb);
			sent.push(verb);
		}
	});

	test('the context template is kept: its categories, grouping and session id, with cmi5’s categories added', () => {
		const statement = definedStatement('passed', facts(), { score: { scaled: 1, percent: 100 }, durationMs: 1000 });
		const context = statement.context as any;
		assert.deepEqual(
			context.contextActivities.category.map((activity: { id: string }) => activity.id),
			['https://lms.example/category/compliance', CMI5_CATEGORY, MOVEON_CATEGORY],
		);
		assert.equal(context.contextActivities.grouping[0].id, 'https://crosstrain.example/modules/risk-vocabulary/');
		assert.equal(context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], 0.8);
		assert.equal(context.registration, launch.registration);
		assert.deepEqual((launchData.contextTemplate as any).contextActivities.category, [{ id: 'https://lms.example/category/compliance' }], 'the template itself is not changed');
	});

	test('an answered statement describes the question, its options and the response, and is cmi5 allowed', () => {
		const statement = answeredStatement(
			{ id: 'm.q', type: 'multiple', objective: 'o', correct: false, response: [1], correctResponse: [0, 2], prompt: 'Pick two.' },
			['One', 'Two', 'Three'],
			'https://crosstrain.example/modules/m/questions/q',
			facts(),
		) as any;
		assert.deepEqual(checkStatement(statement, session(['initialized']), { verbs: ['initialized'] }), []);
		assert.equal(statement.object.definition.interactionType, 'choice');
		assert.deepEqual(statement.object.definition.correctResponsesPattern, ['a[,]c']);
		assert.equal(statement.object.definition.choices[2].description.en, 'Three');
		assert.deepEqual(statement.result, { success: false, response: 'b' });
		assert.equal(statement.context.contextActivities.parent[0].id, launch.activityId);
		assert.ok(!JSON.stringify(statement.context).includes(CMI5_CATEGORY));
	});

	test('the rules catch what an LMS must refuse', () => {
		const rule = (problems: string[], id: string) => assert.ok(problems.some((problem) => problem.startsWith(id)), `${id} in ${problems.join(' | ')}`);
		rule(checkStatement(definedStatement('passed', facts(), { score: { scaled: 0.5, percent: 50 }, durationMs: 1 }), session(['initialized']), { verbs: [] }), '9.3.4.0-2');
		rule(checkStatement(definedStatement('failed', facts(), { score: { scaled: 0.5, percent: 50 }, durationMs: 1 }), session(['initialized']), { verbs: ['passed'] }), '9.3.0.0-8');
		rule(checkStatement(definedStatement('passed', facts(), { score: { scaled: 1, percent: 100 }, durationMs: 1 }), session(['initialized', 'failed']), { verbs: [] }), '9.3.0.0-3');
		rule(checkStatement(definedStatement('initialized', facts()), session(['initialized', 'terminated']), { verbs: [] }), '9.3.0.0-5');
		rule(checkStatement(definedStatement('terminated', facts()), session(['initialized']), { verbs: [] }), '9.5.4.1-1');
		rule(checkStatement(definedStatement('completed', facts(), { durationMs: 1 }), { ...session(['initialized']), launchMode: 'Browse' }, { verbs: [] }), '10.2.2.0-9');
	});

	test('statement ids are version 4 UUIDs', () => {
		const ids = new Set(Array.from({ length: 100 }, () => uuid()));
		assert.equal(ids.size, 100);
		for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});
});
