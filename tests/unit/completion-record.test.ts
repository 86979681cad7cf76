import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { completionRecord, recordText, scopeFromQuery, scopeQuery, subjectName, type RecordCourse } from '../../src/client/completion-record.ts';
import { moduleOutline } from '../../src/client/mastery.ts';
import { addAssignment, assignmentId, createProgressStore, setLearnerName, type ProgressStore } from '../../src/client/progress.ts';
import { ENGLISH, translator } from '../../src/i18n/strings.ts';
import { FakeStorage } from '../fixtures/progress/storage.ts';

const translate = translator(ENGLISH, 'en', { title: 'Crosstrain' });
const strings = { t: translate, plural: translate.plural };
const locale = 'en-GB';
// Noon UTC: the same calendar day in every time zone a test machine is likely to use.
const now = new Date('2026-12-14T12:00:00.000Z');

const three = [
	{ id: 'define', text: 'Define the words.' },
	{ id: 'explain', text: 'Explain them.' },
	{ id: 'apply', text: 'Apply them.' },
];
const quiz = (prefix: string) => ({ questions: three.map((objective) => ({ id: `${prefix}-${objective.id}`, objective: objective.id })) });
const course: RecordCourse = {
	version: '2026.12',
	siteUrl: 'https://learning.example',
	modules: {
		words: moduleOutline({ title: 'Shared words', objectives: three }, quiz('words')),
		patching: moduleOutline({ title: 'Patching basics', objectives: three }, quiz('patching')),
		budgets: moduleOutline({ title: 'Error budgets', objectives: three }, quiz('budgets')),
	},
	paths: [
		{ id: 'it-staff', title: 'IT operations staff', modules: ['words', 'patching', 'budgets'] },
		{ id: 'leaders', title: 'Leaders', modules: ['budgets'] },
	],
};

/** A learner who passed words (all right), tried patching (one right) and never opened budgets. */
function learner(): ProgressStore {
	const days = ['2026-12-10T12:00:00.000Z', '2026-12-11T12:00:00.000Z', '2026-12-12T12:00:00.000Z'];
	const progress = createProgressStore(new FakeStorage(), () => new Date(days.length > 1 ? days.shift()! : days[0]!), {}, { writer: 'test' });
	progress.recordAttempt('words', { score: 100, passed: true, questions: { 'words-define': true, 'words-explain': true, 'words-apply': true } });
	progress.recordAttempt('patching', { score: 33, passed: false, questions: { 'patching-define': true, 'patching-explain': false, 'patching-apply': false } });
	progress.update(setLearnerName('  Jane   Doe '));
	return progress;
}

describe('scopes', () => {
	test('the query names the record; an assignment wins over a path', () => {
		assert.deepEqual(scopeFromQuery(new URLSearchParams('')), { kind: 'course' });
		assert.deepEqual(scopeFromQuery(new URLSearchParams('path=it-staff')), { kind: 'path', id: 'it-staff' });
		assert.deepEqual(scopeFromQuery(new URLSearchParams('assignment=path-x&path=it-staff')), { kind: 'assignment', id: 'path-x' });
		assert.equal(scopeQuery({ kind: 'path', id: 'it-staff' }), '?path=it-staff');
		assert.equal(scopeQuery({ kind: 'course' }), '');
	});
});

describe('completionRecord', () => {
	test('a path: each module with its completion date, best score and objectives shown', () => {
		const model = completionRecord(learner().read(), course, { kind: 'path', id: 'it-staff' }, now);
		assert.deepEqual(model.subject, { kind: 'path', title: 'IT operations staff' });
		assert.equal(model.learnerName, 'Jane Doe');
		assert.deepEqual(
			model.modules.map(({ slug, completedAt, bestScore, shown }) => ({ slug, completedAt, bestScore, shown })),
			[
				{ slug: 'words', completedAt: '2026-12-10T12:00:00.000Z', bestScore: 100, shown: 3 },
				{ slug: 'patching', completedAt: undefined, bestScore: 33, shown: 1 },
				{ slug: 'budgets', completedAt: undefined, bestScore: undefined, shown: 0 },
			],
		);
		assert.equal(model.completed, 1);
		assert.deepEqual(model.mastery, { shown: 4, revisit: 2, untried: 3, total: 9 });
		assert.equal(model.generatedAt, now.toISOString());
	});

	test('an assignment: its modules, sender and due date; an unknown one gives the whole course and says so', () => {
		const progress = learner();
		const link = { kind: 'plan' as const, modules: ['budgets', 'words'], due: '2027-01-29', from: 'Sam Lee' };
		progress.update(addAssignment(link));
		const model = completionRecord(progress.read(), course, { kind: 'assignment', id: assignmentId(link) }, now);
		assert.deepEqual(model.subject, { kind: 'assignment', moduleCount: 2, from: 'Sam Lee', due: '2027-01-29' });
		assert.deepEqual(
			model.modules.map((line) => line.slug),
			['budgets', 'words'],
		);
		const unknown = completionRecord(progress.read(), course, { kind: 'assignment', id: 'plan-nope' }, now);
		assert.deepEqual(unknown.notFound, { kind: 'assignment', id: 'plan-nope' });
		assert.deepEqual(unknown.subject, { kind: 'course' });
		assert.equal(unknown.modules.length, 3);
		assert.deepEqual(completionRecord(progress.read(), course, { kind: 'path', id: 'nope' }, now).notFound, { kind: 'path', id: 'nope' });
	});
});

describe('recordText', () => {
	test('the path record as plain text, with the same figures as the page', () => {
		const text = recordText(completionRecord(learner().read(), course, { kind: 'path', id: 'it-staff' }, now), strings, locale);
		assert.equal(
			text,
			[
				'Crosstrain: completion record',
				'',
				'Record for: Path: IT operations staff',
				'Learner (name typed by the learner): Jane Doe',
				'',
				'1 of 3 modules completed',
				'- Shared words — Completed: 10 Dec 2026 · Best score: 100% · Objectives shown: 3 of 3',
				'- Patching basics — Not completed · Best score: 33% · Objectives shown: 1 of 3',
				'- Error budgets — Not completed · Best score: None · Objectives shown: 0 of 3',
				'',
				'Objectives shown: 4 of 9',
				'Shared words:',
				'- Define the words.',
				'- Explain them.',
				'- Apply them.',
				'Patching basics:',
				'- Define the words.',
				'',
				'Course version: 2026.12',
				'Site: https://learning.example',
				'Generated: 14 Dec 2026',
				'',
				'This record is self-reported: it was made from the progress kept in this browser, and it is not proof of completion.',
				"When you take this course in your organization's LMS, the LMS's own record is the proof of completion.",
			].join('\n'),
		);
	});

	test("an assignment's record names who sent it and when it is due, for the email back", () => {
		const progress = learner();
		const link = { kind: 'path' as const, path: 'leaders', due: '2027-01-29', from: 'Sam Lee' };
		progress.update(addAssignment(link));
		const text = recordText(completionRecord(progress.read(), course, { kind: 'assignment', id: assignmentId(link) }, now), strings, locale);
		assert.match(text, /^Record for: Assignment: Leaders$/m);
		// Where the sender is not written beside it (the page's choice of records), the name carries it.
		assert.equal(subjectName(completionRecord(progress.read(), course, { kind: 'assignment', id: assignmentId(link) }, now).subject, strings, true), 'Assignment: Leaders, from Sam Lee');
		assert.match(text, /^Sent by: Sam Lee$/m);
		assert.match(text, /^Due: 29 Jan 2027$/m);
		assert.match(text, /^0 of 1 module completed$/m);
		assert.match(text, /^Objectives shown: 0 of 3\nNone yet\.$/m);
	});

	test('no name typed says so; a name is kept as the learner typed it, as text', () => {
		const progress = learner();
		progress.update(setLearnerName(''));
		assert.match(recordText(completionRecord(progress.read(), course, { kind: 'course' }, now), strings, locale), /^Learner \(name typed by the learner\): No name given$/m);
		progress.update(setLearnerName('<img src=x onerror=alert(1)>\u202eevil'));
		assert.match(recordText(completionRecord(progress.read(), course, { kind: 'course' }, now), strings, locale), /^Learner \(name typed by the learner\): <img src=x onerror=alert\(1\)> evil$/m);
	});
});
