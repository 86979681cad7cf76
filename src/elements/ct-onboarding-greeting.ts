/** The behaviour of <ct-onboarding-greeting> in OnboardingGreeting.astro: the markup is rendered on the server there. */
import { formatDueDate, hasOnboardingLink, onboardingParams, parseOnboardingLink } from '../client/onboarding';

class CtOnboardingGreeting extends HTMLElement {
	connectedCallback() {
		this.#render();
		// A link opened in a tab already showing this page changes only the fragment.
		window.addEventListener('hashchange', () => this.#render());
	}

	#render() {
		const params = onboardingParams(location);
		if (!hasOnboardingLink(params)) return;
		const link = parseOnboardingLink(params, (this.dataset.allModules ?? '').split(','));
		const welcome = this.querySelector('[data-welcome]')!;
		const subject = this.dataset.subject;
		// The name is quoted, so that whatever a link puts there reads as what someone wrote, not as the site speaking.
		const sender = link.from ? `“${link.from}” has asked you to work through ${subject}` : `You have been asked to work through ${subject}`;
		if (link.due) {
			const today = new Date().toLocaleDateString('en-CA');
			const when = formatDueDate(link.due, navigator.language);
			welcome.textContent = `Welcome! ${sender} by ${when}.${link.due < today ? ' That date has passed: start with the first module not yet completed.' : ''}`;
		} else {
			welcome.textContent = `Welcome! ${sender}.`;
		}
		welcome.textContent += ' Your progress is saved in this browser as you go.';
		const notes = this.querySelector('[data-notes]')!;
		notes.replaceChildren(
			...link.notes.map((note) => {
				const item = document.createElement('li');
				item.textContent = note;
				return item;
			}),
		);
		notes.toggleAttribute('hidden', link.notes.length === 0);
		this.querySelector<HTMLElement>('.greeting')!.hidden = false;
	}
}
customElements.define('ct-onboarding-greeting', CtOnboardingGreeting);
