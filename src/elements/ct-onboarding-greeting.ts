/** The behaviour of <ct-onboarding-greeting> in OnboardingGreeting.astro: the markup is rendered on the server there. */
import { formatDueDate, parseOnboardingLink } from '../client/onboarding';

class CtOnboardingGreeting extends HTMLElement {
	connectedCallback() {
		const params = new URLSearchParams(location.search);
		if (![...params.keys()].some((key) => ['from', 'due', 'modules'].includes(key))) return;
		const link = parseOnboardingLink(params, (this.dataset.allModules ?? '').split(','));
		const welcome = this.querySelector('[data-welcome]')!;
		const subject = this.dataset.subject;
		const sender = link.from ? `${link.from} has asked you to work through ${subject}` : `You have been asked to work through ${subject}`;
		if (link.due) {
			const today = new Date().toLocaleDateString('en-CA');
			const when = formatDueDate(link.due, navigator.language);
			welcome.textContent = `Welcome! ${sender} by ${when}.${link.due < today ? ' That date has passed: start with the first module not yet completed.' : ''}`;
		} else {
			welcome.textContent = `Welcome! ${sender}.`;
		}
		welcome.textContent += ' Your progress is saved in this browser as you go.';
		const notes = this.querySelector('[data-notes]')!;
		for (const note of link.notes) {
			const item = document.createElement('li');
			item.textContent = note;
			notes.append(item);
		}
		notes.toggleAttribute('hidden', link.notes.length === 0);
		this.querySelector<HTMLElement>('.greeting')!.hidden = false;
	}
}
customElements.define('ct-onboarding-greeting', CtOnboardingGreeting);
