/**
 * The completion record (/record/): what a learner can print or paste into an email to show
 * what they did, for the whole course, one path, or one assignment. Pure functions: the
 * record page builds its view from `completionRecord`, and "Copy as text" writes
 * `recordText` of the same value, so the page and the email say the same.
 */
import type { CourseOutline } from './course-outline.ts';
import { countStates, moduleMastery, type MasteryCounts, type ObjectiveMastery } from './mastery.ts';
import type { Assignment, ProgressRecord } from './progress/format.ts';
import type { ClientStringGroups } from '../i18n/client-strings.ts';
import type { PluralKey, StringKey } from '../i18n/strings.ts';

/** Which record: the whole course, a path by id, or an assignment by id. */
export type RecordScope = { kind: 'course' } | { kind: 'path'; id: string } | { kind: 'assignment'; id: string };

/**
 * What the record needs to know about the course: its outline, with `siteUrl` the site's
 * address (content/site.yaml's `url`, else the address the page was served from). The
 * whole-course record lists the modules in the outline's order.
 */
export type RecordCourse = CourseOutline;

/** What the record is for, as it is named. */
export type RecordSubject =
	| { kind: 'course' }
	| { kind: 'path'; title: string }
	| { kind: 'assignment'; pathTitle?: string; moduleCount: number; from?: string; due?: string };

/** One module's line of the record. */
export interface RecordModule {
	slug: string;
	title: string;
	/** When the quiz was first passed; undefined when it never was. */
	completedAt?: string;
	/** The best score in percent; undefined when the quiz was never checked. */
	bestScore?: number;
	objectives: ObjectiveMastery[];
	/** How many of its objectives are shown. */
	shown: number;
}

export interface CompletionRecord {
	subject: RecordSubject;
	/** Set when the path or assignment asked for is unknown, so the record is the whole course's. */
	notFound?: { kind: 'path' | 'assignment'; id: string };
	/** The name the learner typed; "" when none. */
	learnerName: string;
	modules: RecordModule[];
	/** How many of the modules are completed. */
	completed: number;
	mastery: MasteryCounts;
	version: string;
	siteUrl: string;
	/** When the record was made (ISO timestamp). */
	generatedAt: string;
}

/** The scope a record page's query asks for: `?path=<id>`, `?assignment=<id>`, else the whole course. */
export function scopeFromQuery(query: URLSearchParams): RecordScope {
	const assignment = query.get('assignment');
	if (assignment) return { kind: 'assignment', id: assignment };
	const path = query.get('path');
	return path ? { kind: 'path', id: path } : { kind: 'course' };
}

/** The query that asks for `scope`: "", "?path=it-staff" or "?assignment=path-1x2y". */
export function scopeQuery(scope: RecordScope): string {
	return scope.kind === 'course' ? '' : `?${new URLSearchParams({ [scope.kind]: scope.id })}`;
}

/** What an assignment is, for naming it. */
export function assignmentSubject(assignment: Assignment, course: RecordCourse): RecordSubject & { kind: 'assignment' } {
	const path = course.paths.find((candidate) => candidate.id === assignment.path);
	const modules = assignmentModules(assignment, course);
	return {
		kind: 'assignment',
		...(path ? { pathTitle: path.title } : {}),
		moduleCount: modules.length,
		...(assignment.from ? { from: assignment.from } : {}),
		...(assignment.due ? { due: assignment.due } : {}),
	};
}

/** The modules an assignment asks for that the course still has, in its order. */
function assignmentModules(assignment: Assignment, course: RecordCourse): string[] {
	const modules = assignment.kind === 'path' ? (course.paths.find((path) => path.id === assignment.path)?.modules ?? []) : (assignment.modules ?? []);
	return modules.filter((slug) => slug in course.modules);
}

/** The record of `scope` at moment `now`; an unknown path or assignment gives the whole course's, saying so. */
export function completionRecord(record: ProgressRecord, course: RecordCourse, scope: RecordScope, now: Date): CompletionRecord {
	let subject: RecordSubject = { kind: 'course' };
	let modules = Object.keys(course.modules);
	let notFound: CompletionRecord['notFound'];
	if (scope.kind === 'path') {
		const path = course.paths.find((candidate) => candidate.id === scope.id);
		if (path) {
			subject = { kind: 'path', title: path.title };
			modules = path.modules.filter((slug) => slug in course.modules);
		} else notFound = { kind: 'path', id: scope.id };
	} else if (scope.kind === 'assignment') {
		const assignment = record.assignments.find((candidate) => candidate.id === scope.id);
		const named = assignment && assignmentSubject(assignment, course);
		if (assignment && named && named.moduleCount > 0) {
			subject = named;
			modules = assignmentModules(assignment, course);
		} else notFound = { kind: 'assignment', id: scope.id };
	}
	const lines = [...new Set(modules)].map((slug): RecordModule => {
		const progress = record.modules[slug];
		const objectives = moduleMastery(record, slug, course.modules);
		return {
			slug,
			title: course.modules[slug]!.title,
			...(progress?.completedAt ? { completedAt: progress.completedAt } : {}),
			...(progress ? { bestScore: progress.bestScore } : {}),
			objectives,
			shown: objectives.filter((objective) => objective.state === 'shown').length,
		};
	});
	return {
		subject,
		...(notFound ? { notFound } : {}),
		learnerName: record.learnerName?.text ?? '',
		modules: lines,
		completed: lines.filter((line) => line.completedAt !== undefined).length,
		mastery: countStates(lines.flatMap((line) => line.objectives)),
		version: course.version,
		siteUrl: course.siteUrl,
		generatedAt: now.toISOString(),
	};
}

type RecordKey = ClientStringGroups['record'][number];

/** The record page's strings (clientStrings('record') in the browser, the translator in tests). */
export interface RecordStrings {
	t(key: Extract<RecordKey, StringKey>, values?: Record<string, string | number>): string;
	plural(key: Extract<RecordKey, PluralKey>, count: number, values?: Record<string, string | number>): string;
}

/** A moment as a day in the reader's time zone: "12 Dec 2026". */
export const formatDay = (iso: string, locale: string): string => new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });

/** A due date (YYYY-MM-DD) as written, whatever the reader's time zone. */
export const formatDue = (due: string, locale: string): string =>
	new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${due}T00:00:00.000Z`));

/**
 * The name of a record's subject: "The whole course", "Path: IT operations staff", "Assignment:
 * a plan of 3 modules". `withSender` adds who sent an assignment (", from Sam Lee"), to tell
 * assignments apart where the sender is not written beside it.
 */
export function subjectName(subject: RecordSubject, { t, plural }: RecordStrings, withSender = false): string {
	if (subject.kind === 'course') return t('record.scope.course');
	if (subject.kind === 'path') return t('record.scope.path', { path: subject.title });
	const scope = subject.pathTitle ? t('record.scope.assignmentPath', { path: subject.pathTitle }) : plural('record.scope.assignmentPlan', subject.moduleCount);
	return withSender && subject.from ? t('record.scope.from', { scope, from: subject.from }) : scope;
}

/** A module's figures as the record shows them: completion date, best score and objectives shown. */
export function moduleFigures(line: RecordModule, { t }: RecordStrings, locale: string) {
	return {
		completed: line.completedAt ? formatDay(line.completedAt, locale) : t('record.notCompleted'),
		best: line.bestScore === undefined ? t('record.noScore') : t('record.best', { score: line.bestScore }),
		objectives: t('record.objectiveCount', { shown: line.shown, total: line.objectives.length }),
	};
}

/** The lines that name the record: what it is for, who took it, who sent it and by when. */
export function headerFields(model: CompletionRecord, strings: RecordStrings, locale: string): [label: string, value: string][] {
	const { t } = strings;
	const { subject } = model;
	return [
		[t('record.for'), subjectName(subject, strings)],
		[t('record.learner'), model.learnerName || t('record.noName')],
		...(subject.kind === 'assignment' && subject.from ? [[t('record.sentBy'), subject.from] as [string, string]] : []),
		...(subject.kind === 'assignment' && subject.due ? [[t('record.due'), formatDue(subject.due, locale)] as [string, string]] : []),
	];
}

/** The lines that place the record: the course version, the site and when it was made. */
export function footerFields(model: CompletionRecord, { t }: RecordStrings, locale: string): [label: string, value: string][] {
	return [
		[t('record.version'), model.version],
		[t('record.site'), model.siteUrl],
		[t('record.generated'), formatDay(model.generatedAt, locale)],
	];
}

/** The record as plain text, to paste into an email: the same figures as the page. */
export function recordText(model: CompletionRecord, strings: RecordStrings, locale: string): string {
	const { t, plural } = strings;
	const field = ([label, value]: [string, string]) => t('record.field', { label, value });
	const shownModules = model.modules.filter((line) => line.shown > 0);
	return [
		t('record.heading'),
		'',
		...headerFields(model, strings, locale).map(field),
		'',
		plural('record.modules', model.modules.length, { done: model.completed }),
		...model.modules.map((line) => {
			const figures = moduleFigures(line, strings, locale);
			return `- ${t('record.textModule', {
				module: line.title,
				completed: line.completedAt ? field([t('record.column.completed'), figures.completed]) : figures.completed,
				best: field([t('record.column.best'), figures.best]),
				objectives: field([t('record.column.objectives'), figures.objectives]),
			})}`;
		}),
		'',
		field([t('record.column.objectives'), t('record.objectiveCount', { shown: model.mastery.shown, total: model.mastery.total })]),
		...(shownModules.length === 0
			? [t('record.noObjectives')]
			: shownModules.flatMap((line) => [
					`${line.title}:`,
					...line.objectives.filter((objective) => objective.state === 'shown').map((objective) => `- ${objective.text}`),
				])),
		'',
		...footerFields(model, strings, locale).map(field),
		'',
		t('record.selfReported'),
		t('record.lms'),
	].join('\n');
}
