import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildOnboardingLink, formatDueDate, hasOnboardingLink, inPrerequisiteOrder, isCalendarDate, missingPrerequisites, onboardingParams, parseOnboardingLink, planMinutes, senderNameProblem } from '../../src/client/onboarding.ts';

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

	test('names are names: no web addresses, digits or stacked accents, each refused with its reason', () => {
		const refused: [string, RegExp][] = [
			['IT Service Desk. Verify your login at it-verify.com today', /has a dot right before a letter, as a web address has/],
			['it-verify.com', /dot right before a letter/],
			['Sam.Lee', /dot right before a letter/],
			['J.R. Lee', /write initials as “J\. R\. Lee”/],
			['Call 4400 now', /contains digits/],
			['Sam Lee ２', /contains digits/],
			['Sam Lee ٣', /contains digits/],
			[`S${'\u0336'.repeat(56)}m`, /stacks more accents on one letter/],
			[`Sa${'\u0301'.repeat(4)}m`, /stacks more accents/],
			['\u0301Sam', /stacks more accents/],
			['- ()', /has no letters/],
			['Sam\u202eeeL', /characters a name would not/],
			['Sam@example', /characters a name would not/],
		];
		for (const [name, reason] of refused) {
			const link = parse(`from=${encodeURIComponent(name)}`);
			assert.equal(link.from, undefined, name);
			assert.match(link.notes[0]!, /^The sender’s name in this link .*, so it is not shown\.$/, name);
			assert.match(link.notes[0]!, reason, name);
		}
		for (const name of ['Sam Lee', 'J. R. R. Tolkien', 'Dr. Priya Shah', 'Sam Lee Jr.', 'Nguyễn Thị Ánh', `Nguye${'\u0323\u0302'}n`, 'Ærøskøbing-Ólafsdóttir', '李小龍', 'محمد علي', 'O’Brien (IT Service Desk)']) {
			assert.equal(senderNameProblem(name), undefined, name);
			assert.equal(parse(`from=${encodeURIComponent(name)}`).from, name);
		}
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
	test('builds path and plan links, the name and date in the fragment, that parse back to the same request', () => {
		const path = buildOnboardingLink({ pathId: 'it-staff', due: '2027-01-31', from: 'Sam Lee' });
		assert.equal(path, '/paths/it-staff/#due=2027-01-31&from=Sam+Lee');
		assert.deepEqual(parseOnboardingLink(onboardingParams(new URL(path, 'https://example.test')), modules), { from: 'Sam Lee', due: '2027-01-31', modules: [], notes: [] });
		const plan = buildOnboardingLink({ modules: ['risk-vocabulary', 'how-itsm-works'], from: ' Ana ' });
		assert.equal(plan, '/onboarding/plan/?modules=risk-vocabulary,how-itsm-works#from=Ana');
		const parsed = parseOnboardingLink(onboardingParams(new URL(plan, 'https://example.test')), modules);
		assert.deepEqual(parsed, { from: 'Ana', modules: ['risk-vocabulary', 'how-itsm-works'], notes: [] });
	});

	test('links with everything in the query, as older emails have them, read the same', () => {
		const old = new URL('/onboarding/plan/?modules=risk-vocabulary&due=2027-01-31&from=Sam%20Lee', 'https://example.test');
		assert.deepEqual(parseOnboardingLink(onboardingParams(old), modules), { from: 'Sam Lee', due: '2027-01-31', modules: ['risk-vocabulary'], notes: [] });
	});

	test('the fragment wins over the query, and an anchor fragment is no link', () => {
		const both = onboardingParams({ search: '?from=Old%20Name&due=2027-01-01', hash: '#from=New%20Name' });
		assert.equal(both.get('from'), 'New Name');
		assert.equal(both.get('due'), '2027-01-01');
		assert.equal(hasOnboardingLink(onboardingParams({ search: '', hash: '#main' })), false);
		assert.equal(hasOnboardingLink(onboardingParams({ search: '?q=x', hash: '' })), false);
		assert.equal(hasOnboardingLink(onboardingParams({ search: '', hash: '#due=2027-01-01' })), true);
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

describe('missingPrerequisites', () => {
	const prerequisites = { patching: ['risk', 'change'], change: ['risk'], risk: [], itsm: ['risk'] };

	test('names each prerequisite not chosen once, with the chosen modules that build on it', () => {
		assert.deepEqual(missingPrerequisites(['patching', 'itsm'], prerequisites), [
			{ prerequisite: 'risk', neededBy: ['patching', 'itsm'] },
			{ prerequisite: 'change', neededBy: ['patching'] },
		]);
	});

	test('nothing is missing once every prerequisite is chosen, or a module has none', () => {
		assert.deepEqual(missingPrerequisites(['patching', 'change', 'risk'], prerequisites), []);
		assert.deepEqual(missingPrerequisites(['risk', 'unknown'], prerequisites), []);
		assert.deepEqual(missingPrerequisites([], prerequisites), []);
	});

	test('offers only direct prerequisites: adding one then offers its own', () => {
		assert.deepEqual(missingPrerequisites(['change'], { change: ['risk'], risk: ['words'] }), [{ prerequisite: 'risk', neededBy: ['change'] }]);
		assert.deepEqual(missingPrerequisites(['change', 'risk'], { change: ['risk'], risk: ['words'] }), [{ prerequisite: 'words', neededBy: ['risk'] }]);
	});
});

describe('planMinutes', () => {
	test('adds up the modules’ minutes', () => {
		assert.equal(planMinutes(['a', 'b'], { a: 10, b: 12, c: 30 }), 22);
		assert.equal(planMinutes([], { a: 10 }), 0);
	});
});
