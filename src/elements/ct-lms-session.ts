/**
 * The bar at the top of a module page inside an LMS (markup and words in
 * src/layouts/LmsLayout.astro): shows the sentence for the session's state, with the
 * standard, the learner's name and the LMS's pass mark filled in, says when a result
 * may not have reached the LMS, and offers Finish. Importing this module starts the
 * session, before the quiz reads progress.
 */
import { startLmsSession, type SessionView } from '../client/lms/session.ts';

const session = startLmsSession(window);

class CtLmsSession extends HTMLElement {
	connectedCallback() {
		const finish = this.querySelector<HTMLButtonElement>('[data-finish]')!;
		const problem = this.querySelector<HTMLElement>('[data-problem]')!;
		finish.addEventListener('click', () => session.finish());
		const fill = (name: string, text: string | undefined) => {
			for (const slot of this.querySelectorAll<HTMLElement>(`[data-${name}]`)) {
				slot.hidden = text === undefined;
				slot.querySelector('[data-value]')!.textContent = text ?? '';
			}
		};
		const render = ({ state, reporter, problem: why }: SessionView) => {
			const shown = state === 'connected' && reporter?.mode !== 'normal' ? 'review' : state;
			for (const sentence of this.querySelectorAll<HTMLElement>('[data-when]')) sentence.hidden = sentence.dataset.when !== shown;
			fill('standard', reporter?.standard);
			fill('learner', reporter?.learnerName);
			fill('mastery', reporter?.masteryPercent?.toString());
			finish.hidden = state !== 'connected';
			problem.hidden = !why;
			problem.textContent = why ?? '';
		};
		render(session.view());
		session.onChange(render);
	}
}
customElements.define('ct-lms-session', CtLmsSession);
