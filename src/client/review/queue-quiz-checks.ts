/**
 * Puts each quiz check's missed questions (and, when it passes, a sample of the right ones)
 * in the review queue: see queue.ts. The quiz records the attempt before it announces the
 * check, so the rules read the attempt from the store.
 */
import { getProgressStore } from '../progress-store.ts';
import { QUIZ_CHECKED_EVENT, type QuizCheckedDetail } from '../quiz.ts';
import { queueCheck } from './queue.ts';

document.addEventListener(QUIZ_CHECKED_EVENT, (event) => {
	const detail = (event as CustomEvent<QuizCheckedDetail>).detail;
	if (detail?.module) getProgressStore().update(queueCheck(detail));
});
