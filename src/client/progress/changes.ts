/**
 * Changes to a progress record beyond quiz attempts, as pure functions for the store's
 * `update`: `store.update(addAssignment(link))`. They live apart from the store so that a
 * page pays for the ones it uses, not for all of them: the store ships on every page.
 * Each returns the record itself when nothing changes, and the store then writes nothing.
 */
import {
	dict,
	isId,
	MAX_NAME_LENGTH,
	MAX_SENDER_LENGTH,
	plainText,
	readAssignment,
	readCard,
	reviewKey,
	stampAfter,
	type AssignmentLink,
	type ProgressRecord,
	type ReviewCardInput,
} from './format.ts';
import { joinAssignments } from './merge.ts';

/** The same id for the same link, so a link opened twice, in two tabs or two browsers, is one assignment. */
export function assignmentId(link: AssignmentLink): string {
	const json = JSON.stringify([link.kind, link.path ?? link.modules, link.due, link.from]);
	let hash = 0x811c9dc5;
	for (let index = 0; index < json.length; index++) hash = Math.imul(hash ^ json.charCodeAt(index), 0x01000193);
	return `${link.kind}-${(hash >>> 0).toString(36)}`;
}

/** A change to make to the current record at moment `at`. */
export type Change = (record: ProgressRecord, at: Date) => ProgressRecord;

/** Stores the assignment an onboarding link made; opening the same link again changes nothing. A link out of shape is not stored. */
export function addAssignment(link: AssignmentLink): Change {
	const from = plainText(link.from ?? '', MAX_SENDER_LENGTH);
	const clean: AssignmentLink = {
		kind: link.kind,
		...(link.kind === 'path' ? { path: link.path } : { modules: [...new Set(link.modules)] }),
		...(link.due ? { due: link.due } : {}),
		...(from ? { from } : {}),
	};
	const id = assignmentId(clean);
	return (record, at) => {
		if (record.assignments.some((assignment) => assignment.id === id)) return record;
		const assignment = readAssignment({ ...clean, id, openedAt: stampAfter(at, record.removed.assignments[id]) });
		return assignment ? { ...record, assignments: joinAssignments([assignment, ...record.assignments], record.removed.assignments) } : record;
	};
}

/** Removes an assignment, in every tab. */
export function removeAssignment(id: string): Change {
	return (record, at) => {
		const assignment = record.assignments.find((kept) => kept.id === id);
		if (!assignment) return record;
		const removed = Object.assign(dict<string>(), record.removed.assignments, { [id]: stampAfter(at, assignment.openedAt) });
		return { ...record, assignments: record.assignments.filter((kept) => kept !== assignment), removed: { ...record.removed, assignments: removed } };
	};
}

/** Remembers the path the learner is visiting. */
export function visitPath(pathId: string): Change {
	return (record, at) => (!isId(pathId) || record.lastPath?.id === pathId ? record : { ...record, lastPath: { id: pathId, at: stampAfter(at, record.lastPath?.at) } });
}

/** Keeps the name the learner typed for a completion record, as plain text of at most MAX_NAME_LENGTH characters ("" clears it). */
export function setLearnerName(name: string): Change {
	const text = plainText(name, MAX_NAME_LENGTH);
	return (record, at) => ((record.learnerName?.text ?? '') === text ? record : { ...record, learnerName: { text, at: stampAfter(at, record.learnerName?.at) } });
}

const withCard = (record: ProgressRecord, key: string, input: ReviewCardInput, at: Date): ProgressRecord => {
	const iso = (date: Date | string | null | undefined) => (date instanceof Date ? (Number.isNaN(date.getTime()) ? '' : date.toISOString()) : (date ?? undefined));
	const savedAt = stampAfter(at, record.review[key]?.savedAt, record.removed.review[key]);
	const card = readCard({ ...input, due: iso(input.due), last_review: iso(input.last_review), savedAt }, key);
	return card ? { ...record, review: Object.assign(dict(), record.review, { [key]: card }) } : record;
};

const withoutCards = (record: ProgressRecord, keys: string[], at: Date): ProgressRecord => {
	if (keys.length === 0) return record;
	const review = Object.assign(dict(), record.review);
	const removed = Object.assign(dict<string>(), record.removed.review);
	for (const key of keys) {
		removed[key] = stampAfter(at, review[key]!.savedAt);
		delete review[key];
	}
	return { ...record, review, removed: { ...record.removed, review: removed } };
};

/** Stores a question's review card, as ts-fsrs hands it over (a card out of shape is not stored). */
export function putReviewCard(module: string, question: string, card: ReviewCardInput): Change {
	return (record, at) => withCard(record, reviewKey(module, question), card, at);
}

/**
 * Records a review answer in one write: the question's latest result, which mastery reads,
 * and its rescheduled card. A review is not a quiz attempt: attempts and scores stay.
 */
export function recordReview(module: string, question: string, correct: boolean, card: ReviewCardInput): Change {
	return (record, at) => {
		const progress = record.modules[module];
		const result = { correct, at: stampAfter(at, progress?.questions[question]?.at) };
		const modules = progress ? Object.assign(dict(), record.modules, { [module]: { ...progress, questions: Object.assign(dict(), progress.questions, { [question]: result }) } }) : record.modules;
		return withCard({ ...record, modules }, reviewKey(module, question), card, at);
	};
}

/** Takes a question out of the review queue, in every tab. */
export function removeReviewCard(module: string, question: string): Change {
	const key = reviewKey(module, question);
	return (record, at) => withoutCards(record, key in record.review ? [key] : [], at);
}

/** Takes out of the queue every card whose question is not among `questions` (review keys): questions an author changed or removed. */
export function pruneReviewCards(questions: Iterable<string>): Change {
	const keep = new Set(questions);
	return (record, at) => withoutCards(record, Object.keys(record.review).filter((key) => !keep.has(key)), at);
}
