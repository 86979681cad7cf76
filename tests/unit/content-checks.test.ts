import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findCourseProblems, findUnreachedTerms, type CourseOutline } from '../../src/data/course-checks.ts';
import { moduleSchema, quizSchema, termSchema } from '../../src/schemas/index.ts';

const source = { title: 'Guide', publisher: 'NIST', year: 2020, url: 'https://doi.org/10.6028/NIST.SP.800-30r1' };
const goodModule = {
	title: 'A module',
	summary: 'What it teaches.',
	track: 'joint',
	audience: 'Everyone',
	minutes: 10,
	objectives: [
		{ id: 'one', text: 'Define one.' },
		{ id: 'two', text: 'Explain two.' },
		{ id: 'three', text: 'Apply three.' },
	],
	prerequisites: [],
	sources: [source, source, source],
	lastReviewed: '2026-11-27',
};
const option = (text: string, correct = false) => ({ text, correct, feedback: `Because ${text}.` });

/** The messages zod gives for a value, as "path: message" lines. */
function errors(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('module frontmatter', () => {
	test('a good module passes', () => assert.deepEqual(errors(moduleSchema, goodModule), []));

	test('each broken field is named, with what was found and expected', () => {
		const cases: [object, RegExp][] = [
			[{ track: 'security' }, /^track: expected one of "security-for-it", "it-ops-for-security", "joint", found "security"/],
			[{ titel: 'x' }, /unknown field "titel"/],
			[{ minutes: 'ten' }, /^minutes: expected number, found "ten"/],
			[{ objectives: goodModule.objectives.slice(0, 2) }, /^objectives: expected at least 3 objectives/],
			[{ objectives: [...goodModule.objectives, { id: 'one', text: 'Again.' }] }, /^objectives.3.id: objective id "one" is used twice/],
			[{ sources: [source, source] }, /^sources: expected at least 3 sources/],
			[{ sources: [source, source, { ...source, url: 'http://example.com' }] }, /^sources.2.url: expected an https:\/\/ link, found "http:\/\/example.com"/],
			[{ sources: [source, source, { title: 'No link', publisher: 'X', year: 2020 }] }, /^sources.2.url: expected an https:\/\/ link, found nothing/],
			[{ lastReviewed: 'last week' }, /^lastReviewed: expected a date written as YYYY-MM-DD/],
			[{ prerequisites: ['Not A Slug'] }, /^prerequisites.0: expected a lowercase name with hyphens/],
		];
		for (const [change, message] of cases) {
			const found = errors(moduleSchema, { ...goodModule, ...change });
			assert.ok(found.some((line) => message.test(line)), `${JSON.stringify(change)} gave: ${found.join(' | ')}`);
		}
	});
});

describe('quiz files', () => {
	const single = { id: 'q1', type: 'single', objective: 'one', prompt: 'Which?', options: [option('a', true), option('b')], explanation: 'Because.' };
	const trueFalse = { id: 'q2', type: 'true-false', objective: 'two', prompt: 'Is it?', answer: false, feedback: { true: 'No.', false: 'Right.' }, explanation: 'Because.' };

	test('true/false questions become True and False options in that order', () => {
		const quiz = quizSchema.parse({ questions: [single, trueFalse] });
		assert.equal(quiz.passMark, 80);
		assert.deepEqual(quiz.questions[1]!.options.map((o) => [o.text, o.correct]), [
			['True', false],
			['False', true],
		]);
		assert.equal(quiz.questions[1]!.keepOrder, true);
	});

	test('each authoring mistake is named', () => {
		const cases: [object, RegExp][] = [
			[{ questions: [{ ...single, options: [option('a'), option('b')] }] }, /^questions.0.options: question "q1" has no option marked "correct: true"/],
			[{ questions: [{ ...single, options: [option('a', true), option('b', true)] }] }, /^questions.0.options: single-choice question "q1" has 2 correct options/],
			[{ questions: [single, single] }, /^questions.1.id: question id "q1" is used twice/],
			[{ questions: [{ ...single, options: [{ text: 'a', correct: true }, option('b')] }] }, /^questions.0.options.0.feedback: expected string, found nothing/],
			[{ questions: [{ ...single, type: 'essay' }] }, /^questions.0.type: expected "type" to be one of .*found "essay"/],
			[{ questions: [{ ...trueFalse, feedback: { true: 'x' } }] }, /^questions.0.feedback.false: expected string/],
			[{ passMark: 120, questions: [single] }, /^passMark: /],
			[{ draw: 3, questions: [single, trueFalse] }, /^draw: the quiz draws 3 questions but holds only 2/],
		];
		for (const [quiz, message] of cases) {
			const found = errors(quizSchema, quiz);
			assert.ok(found.some((line) => message.test(line)), `${JSON.stringify(quiz).slice(0, 80)} gave: ${found.join(' | ')}`);
		}
	});
});

describe('glossary terms', () => {
	const term = { term: 'Risk', definition: 'd', operations: 'o', security: 's', whyItMatters: 'w', sources: [source], lastReviewed: '2026-12-01' };
	test('a term needs a source and its fields', () => {
		assert.deepEqual(errors(termSchema, term), []);
		assert.ok(errors(termSchema, { ...term, sources: [] }).some((line) => /^sources: expected at least 1 source/.test(line)));
		assert.ok(errors(termSchema, { ...term, definition: '  ' }).some((line) => /^definition: expected some text/.test(line)));
	});
});

describe('findCourseProblems', () => {
	const course = (): CourseOutline => ({
		modules: {
			a: { prerequisites: [], objectives: [{ id: 'one' }, { id: 'two' }] },
			b: { prerequisites: ['a'], objectives: [{ id: 'one' }] },
		},
		quizzes: {
			a: { questions: [{ id: 'q1', objective: 'one' }, { id: 'q2', objective: 'two' }] },
			b: { questions: [{ id: 'q1', objective: 'one' }] },
		},
		terms: {
			risk: { term: 'Risk', abbreviations: [], aliases: [], related: ['threat'] },
			threat: { term: 'Threat', abbreviations: [], aliases: [], related: [] },
		},
		paths: { 'it-staff': { modules: ['a', 'b'] }, 'security-staff': { modules: ['b'] }, leaders: { modules: ['a'] } },
	});

	test('a consistent course has no problems', () => assert.deepEqual(findCourseProblems(course()), []));

	test('each broken reference is named with its file and field', () => {
		const cases: [(c: CourseOutline) => void, RegExp][] = [
			[(c) => void (c.modules.b!.prerequisites = ['nope']), /^content\/modules\/b\.mdx: prerequisites names "nope", which is not a module\. Expected one of: a, b\./],
			[(c) => void (c.modules.b!.prerequisites = ['b']), /^content\/modules\/b\.mdx: prerequisites lists the module itself/],
			[(c) => void delete c.quizzes.b, /^content\/modules\/b\.mdx: the module has no quiz\. Expected a file content\/quizzes\/b\.yaml/],
			[(c) => void (c.quizzes.orphan = { questions: [] }), /^content\/quizzes\/orphan\.yaml: there is no module/],
			[(c) => void (c.quizzes.a!.questions = [{ id: 'q1', objective: 'one' }, { id: 'q2', objective: 'too' }]), /question "q2" has objective "too", which the module does not define/],
			[(c) => void (c.quizzes.a!.questions = [{ id: 'q1', objective: 'one' }]), /^content\/quizzes\/a\.yaml: no question checks objective "two"/],
			[(c) => void (c.terms.risk!.related = ['nope']), /^content\/glossary\/risk\.yaml: related names "nope", which is not a glossary term/],
			[(c) => void (c.terms.threat!.aliases = ['risk']), /^content\/glossary\/threat\.yaml: term or aliases "risk" is already defined by content\/glossary\/risk\.yaml/],
			[(c) => void (c.paths.leaders!.modules = ['a', 'x']), /^content\/paths\/leaders\.yaml: modules\[1\] is "x", which is not a module/],
			[(c) => void (c.paths.leaders!.modules = ['a', 'a']), /^content\/paths\/leaders\.yaml: modules lists "a" twice/],
			[(c) => void delete c.paths.leaders, /^content\/paths\/leaders\.yaml: this path is missing/],
			[(c) => void (c.paths.leaders!.modules = ['b', 'a']), /^content\/paths\/leaders\.yaml: "b" comes before its prerequisite "a"/],
			[(c) => void (c.modules.b!.formerSlugs = ['a']), /^content\/modules\/b\.mdx: formerSlugs names "a", which is a current module/],
			[
				(c) => {
					c.modules.a!.formerSlugs = ['old'];
					c.modules.b!.formerSlugs = ['old'];
				},
				/^content\/modules\/b\.mdx: formerSlugs names "old", which content\/modules\/a\.mdx also claims/,
			],
		];
		for (const [breakIt, message] of cases) {
			const broken = course();
			breakIt(broken);
			const problems = findCourseProblems(broken);
			assert.ok(problems.some((problem) => message.test(problem)), `expected ${message}, got: ${problems.join(' | ')}`);
		}
	});
});

test('findUnreachedTerms names terms no module uses and no other term relates to', () => {
	const terms = {
		risk: { term: 'Risk', abbreviations: [], aliases: [], related: ['threat', 'risk'] },
		threat: { term: 'Threat', abbreviations: [], aliases: [], related: [] },
		orphan: { term: 'Orphan', abbreviations: [], aliases: [], related: ['orphan'] },
		used: { term: 'Used', abbreviations: [], aliases: [], related: [] },
	};
	assert.deepEqual(findUnreachedTerms(terms, new Set(['used'])), ['risk', 'orphan']);
});
