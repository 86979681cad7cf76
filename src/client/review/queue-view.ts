/** The review queue as the review page reads it: what is due now, in a scope, and when the rest comes due. */
import { time, type ProgressRecord } from '../progress/format.ts';
import { dueReviews } from '../progress-summary.ts';

/** The start of the day `at` falls in, in the learner's time zone. */
export function startOfDay(at: Date): Date {
	return new Date(at.getFullYear(), at.getMonth(), at.getDate());
}

/** The module part of a review key. */
export const moduleOfKey = (key: string): string => key.slice(0, key.indexOf('/'));

/** The queue as a page shows it: the keys due now (longest overdue first), when the next card comes due after them, and how many cards there are. */
export interface QueueView {
	due: string[];
	/** When the first card not due yet comes due (ISO timestamp), if there is one. */
	next?: string;
	size: number;
}

/** The queue at `now`, of the cards whose keys `inScope` accepts (all by default). */
export function queueView(record: ProgressRecord, now: Date, inScope: (key: string) => boolean = () => true): QueueView {
	const keys = Object.keys(record.review).filter(inScope);
	const due = dueReviews(record, now).filter(inScope);
	const later = keys
		.map((key) => record.review[key]!.due)
		.filter((at) => time(at) > now.getTime())
		.sort((a, b) => time(a) - time(b));
	return { due, ...(later[0] === undefined ? {} : { next: later[0] }), size: keys.length };
}

/** Whole calendar days from `from` to `to` in the learner's time zone: 1 for any time tomorrow. */
export function daysUntil(from: Date, to: Date): number {
	return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / 86_400_000);
}
