/** What the mastery views (ct-objective-mastery, ct-path-mastery) share: how a state is shown and where review is. */
import type { ObjectiveState } from '../client/mastery';
import type { clientStrings } from '../i18n/client';

/** Marks beside each state's word, so the state reads without colour; the word carries the meaning. */
export const STATE_MARKS: Readonly<Record<ObjectiveState, string>> = { shown: '✓', revisit: '↺', untried: '○' };

/** Fills `label` with a state's mark and word. */
export function showState(label: HTMLElement, state: ObjectiveState, strings: ReturnType<typeof clientStrings<'mastery'>>): void {
	const mark = document.createElement('span');
	mark.setAttribute('aria-hidden', 'true');
	mark.textContent = STATE_MARKS[state];
	label.replaceChildren(mark, ` ${strings.t(`mastery.state.${state}`)}`);
	label.dataset.state = state;
	label.hidden = false;
}

/** The review page for one objective's questions. */
export const reviewUrl = (module: string, objective: string): string => `/review/?${new URLSearchParams({ module, objective })}`;
