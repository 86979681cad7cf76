/**
 * The strings each custom element needs in the browser, by group. The page writes a
 * group's strings once, in a JSON block (<ClientStrings group="quiz" />), and the element
 * reads them with clientStrings('quiz') from client.ts, so no string is built into a script.
 */
import type { PluralKey, StringKey } from './strings.ts';

export const CLIENT_STRINGS = {
	'module-status': ['status.notStarted', 'status.completed', 'status.tried'],
	'path-progress': ['pathProgress.completed'],
	'glossary-filter': ['glossary.matches'],
	search: ['search.unavailable', 'search.loading', 'search.none', 'search.count', 'search.top', 'search.kind.module', 'search.kind.term'],
	quiz: [
		'quiz.history',
		'quiz.historyPassed',
		'quiz.changed',
		'quiz.unanswered',
		'list.and',
		'quiz.score',
		'quiz.scorePassed',
		'quiz.scoreNotPassed',
		'quiz.passed',
		'quiz.notPassed',
		'quiz.revealed',
		'quiz.right',
		'quiz.notQuite',
		'quiz.option.right',
		'quiz.option.wrong',
		'quiz.option.missed',
		'quiz.retriedMissed',
		'quiz.retriedAll',
	],
	'progress-report': [
		'progress.none',
		'progress.summary',
		'progress.pathSummary',
		'progress.status.notStarted',
		'progress.status.completed',
		'progress.status.tried',
		'progress.best',
		'progress.deleted',
		'progress.exported',
		'progress.tooLarge',
		'progress.imported',
	],
	'onboarding-builder': ['onboarding.chooseSomething', 'onboarding.badDue', 'onboarding.badName', 'onboarding.copied', 'onboarding.copyBlocked'],
	calculator: [
		'calculator.problem.fillEvery',
		'calculator.problem.negative',
		'calculator.problem.exposureRange',
		'calculator.problem.tooLarge',
		'calculator.problem.sloRange',
		'calculator.problem.windowRange',
		'calculator.problem.negativeDowntime',
		'calculator.duration.days',
		'calculator.duration.hours',
		'calculator.duration.minutes',
		'calculator.duration.seconds',
		'calculator.duration.overspent',
		'calculator.loss.result',
		'calculator.loss.benefit',
		'calculator.loss.netCost',
		'calculator.budget.result',
		'calculator.budget.left',
		'calculator.budget.overspent',
	],
	'way-forward': [
		'wayForward.context',
		'wayForward.plan',
		'wayForward.planInSentence',
		'wayForward.pagerLabel',
		'wayForward.previous',
		'wayForward.next',
		'wayForward.backTo',
		'wayForward.backToPath',
		'wayForward.backToPlan',
		'wayForward.noPathLabel',
		'wayForward.choosePath',
		'wayForward.allModules',
		'wayForward.nextAction',
		'wayForward.finished',
		'wayForward.seeProgress',
		'wayForward.unfinished',
	],
	greeting: ['greeting.fromDue', 'greeting.due', 'greeting.from', 'greeting.plain', 'greeting.pastDue', 'greeting.saved'],
} as const satisfies Record<string, readonly (StringKey | PluralKey)[]>;

export type ClientStringGroups = typeof CLIENT_STRINGS;
export type ClientGroup = keyof ClientStringGroups;

const written = new WeakMap<object, Set<ClientGroup>>();

/** The groups already written on the page being rendered (`page` is its `Astro.request`), so each is written once. */
export function writtenGroups(page: object): Set<ClientGroup> {
	let groups = written.get(page);
	if (!groups) written.set(page, (groups = new Set()));
	return groups;
}
