/** The real course, as the smoke tests over it see it: modules are found from the paths, not by name. */
import { readTestCourse } from './read-course.ts';

export { disclosure, expectNoMarkup, literal, questionGroup, rightLabels, searchResults, wrongLabels, type QuizFile } from './read-course.ts';

export const { course, moduleSlugs, quizOf, moduleOf, termOf, pathOf, bankQuiz, checkRightAnswers } = readTestCourse(new URL('../../content/', import.meta.url));

const firstOf = (path: string) => pathOf(path).modules[0]!;

/** One URL of each page type. */
export const pageTypes = {
	home: '/',
	path: '/paths/it-staff/',
	module: `/modules/${firstOf('it-staff')}/`,
	glossary: '/glossary/',
	term: `/glossary/${course.terms.find((term) => term.data.meaningsDiffer)!.id}/`,
	search: '/search/?q=change',
	progress: '/progress/',
	record: '/record/',
	onboarding: '/onboarding/',
	plan: `/onboarding/plan/?modules=${firstOf('it-staff')},${firstOf('security-staff')}&due=2027-01-29&from=Sam%20Lee`,
	sources: '/sources/',
	"what's new": '/whats-new/',
	'not found': '/no-such-page/',
};

