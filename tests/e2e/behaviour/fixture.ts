/** The fixture course (tests/fixtures/course/), which the behaviour tests run on. */
import { readTestCourse } from '../read-course.ts';

export { disclosure, expectNoMarkup, literal, questionGroup, rightLabels, searchResults, wrongLabels, type QuizFile } from '../read-course.ts';

export const { course, moduleSlugs, quizOf, moduleOf, termOf, pathOf, bankQuiz, checkRightAnswers } = readTestCourse(
	new URL('../../fixtures/course/content/', import.meta.url),
);
