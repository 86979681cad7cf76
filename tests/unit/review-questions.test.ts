import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCourse } from '../../src/data/read-content.ts';
import { reviewHref, reviewQuestions } from '../../src/data/review-questions.ts';

const course = readCourse(new URL('../fixtures/course/content/', import.meta.url));
const data = reviewQuestions(
	course.modules.map((module) => ({
		slug: module.id,
		title: module.data.title,
		objectives: module.data.objectives,
		quiz: course.quizzes.find((quiz) => quiz.id === module.id)?.data,
	})),
);

test('every question of the course is there once, under its review key, with only what a review shows', () => {
	const expected = course.quizzes.flatMap((quiz) => quiz.data.questions.map((question) => `${quiz.id}/${question.id}`));
	assert.deepEqual(Object.keys(data.questions).sort(), expected.sort());
	const trueFalse = data.questions['shared-words/events-are-incidents']!;
	assert.deepEqual(trueFalse, {
		objective: 'define',
		type: 'true-false',
		prompt: 'Every event is an incident.',
		options: [
			{ text: 'True', feedback: 'Most events are routine; only some are investigated, and few become incidents.' },
			{ text: 'False', correct: true, feedback: 'Right. Most events are routine changes of state.' },
		],
		keepOrder: true,
		explanation: 'An event is any change of state that matters; an incident is something that needs a response.',
	});
	assert.equal(data.modules['shared-words']!.objectives.define, 'Define the words this module teaches.');
	assert.doesNotMatch(JSON.stringify(data), /<[a-z/]/i, 'text only, no markup');
});

test('the review link narrows to a module and an objective', () => {
	assert.equal(reviewHref(), '/review/');
	assert.equal(reviewHref('shared-words'), '/review/?module=shared-words');
	assert.equal(reviewHref('shared-words', 'define'), '/review/?module=shared-words&objective=define');
});
