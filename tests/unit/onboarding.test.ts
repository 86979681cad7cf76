import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildOnboardingLink, formatDueDate, isCalendarDate, inPrerequisiteOrder, parseOnboardingLink } from '../../src/client/onboarding.ts';

const modules = ['risk-vocabulary', 'how-itsm-works', 'change-and-release'];
const parse = (query: string) => parseOnboardingLink(new URLSearchParams(query), modules);

describe('parseOnboardingLink', () => {
	test('reads a good path link', () => {
		assert.deepEqual(parse('due=2027-01-31&from=Sam%20Lee'), { from: 'Sam Lee', due: '2027-01-31', modules: [], notes: [] });
	});

	test('keeps known modules in order without repeats and names the unknown ones', () => {
		const link = parse('modules=how-itsm-works,nope,risk-vocabulary,how-itsm-works');
		assert.deepEqual(link.modules, ['how-itsm-works', 'risk-vocabulary']);
		assert.equal(link.notes.length, 1);
		assert.match(link.notes[0]!, /“nope”/);
	});

	test('rejects impossible dates with a note', () => {
		for (const due of ['2027-02-30', '2027-13-01', 'tomorrow', '2027-1-5', '../../etc']) {
			const link = parse(`due=${encodeURIComponent(due)}`);
			assert.equal(link.due, undefined, due);
			assert.match(link.notes[0]!, /not a real date/, due);
		}
		assert.equal(parse('due=2028-02-29').due, '2028-02-29');
	});

	test('never passes markup or overlong names through', () => {
		const markup = parse(`from=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
		assert.equal(markup.from, undefined);
		assert.match(markup.notes[0]!, /name in this link contains characters a name would not/);
		const long = parse(`from=${'A'.repeat(500)}`);
		assert.equal(long.from, undefined);
		assert.match(long.notes[0]!, /name in this link is longer than 60 characters/);
		assert.equal(parse('from=Zoë%20O’Brien-Núñez').from, 'Zoë O’Brien-Núñez');
	});

	test('shortens what it quotes back from a very long value', () => {
		const link = parse(`modules=${'x'.repeat(5000)}`);
		assert.ok(link.notes[0]!.length < 300);
	});

	test('path traversal in module names is just an unknown module', () => {
		const link = parse('modules=../../etc/passwd,risk-vocabulary');
		assert.deepEqual(link.modules, ['risk-vocabulary']);
		assert.equal(link.notes.length, 1);
	});
});

describe('buildOnboardingLink', () => {
	test('builds path and plan links that parse back to the same request', () => {
		assert.equal(buildOnboardingLink({ pathId: 'it-staff', due: '2027-01-31', from: 'Sam Lee' }), '/paths/it-staff/?due=2027-01-31&from=Sam+Lee');
		const plan = buildOnboardingLink({ modules: ['risk-vocabulary', 'how-itsm-works'], from: ' Ana ' });
		assert.equal(plan, '/onboarding/plan/?modules=risk-vocabulary,how-itsm-works&from=Ana');
		const parsed = parseOnboardingLink(new URL(plan, 'https://example.test').searchParams, modules);
		assert.deepEqual(parsed, { from: 'Ana', modules: ['risk-vocabulary', 'how-itsm-works'], notes: [] });
	});

	test('a link with nothing but a path is the bare path URL', () => {
		assert.equal(buildOnboardingLink({ pathId: 'leaders' }), '/paths/leaders/');
	});
});

test('isCalendarDate and formatDueDate', () => {
	assert.equal(isCalendarDate('2026-11-27'), true);
	assert.equal(isCalendarDate('2026-11-31'), false);
	assert.match(formatDueDate('2026-12-04', 'en-GB'), /^Friday,? 4 December 2026$/);
});

describe('inPrerequisiteOrder', () => {
	const prerequisites = { patching: ['vocabulary'], change: ['vocabulary'], pipeline: ['change'] };

	test('a module comes after the prerequisites the plan holds', () => {
		assert.deepEqual(inPrerequisiteOrder(['patching', 'vocabulary'], prerequisites), ['vocabulary', 'patching']);
		assert.deepEqual(inPrerequisiteOrder(['pipeline', 'vocabulary', 'change'], prerequisites), ['vocabulary', 'change', 'pipeline']);
	});

	test('otherwise the order given is kept, and prerequisites outside the plan are not added', () => {
		assert.deepEqual(inPrerequisiteOrder(['change', 'patching'], prerequisites), ['change', 'patching']);
		assert.deepEqual(inPrerequisiteOrder(['x', 'y'], {}), ['x', 'y']);
	});

	test('a cycle an author slipped in does not loop or drop a module', () => {
		assert.deepEqual(inPrerequisiteOrder(['a', 'b'], { a: ['b'], b: ['a'] }).sort(), ['a', 'b']);
	});
});
