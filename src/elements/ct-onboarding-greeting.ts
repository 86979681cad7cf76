/** The behaviour of <ct-onboarding-greeting> in OnboardingGreeting.astro: the markup is rendered on the server there. */
import { formatDueDate, hasOnboardingLink, onboardingParams, parseOnboardingLink, type OnboardingLink } from '../client/onboarding';
import { addAssignment } from '../client/progress/changes';
import { getProgressStore } from '../client/progress-store';
import { clientStrings, pageLocale } from '../i18n/client';

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
		this.#remember(link);
		const { t } = clientStrings('greeting');
		const welcome = this.querySelector('[data-welcome]')!;
		const values = { subject: this.dataset.subject ?? '', from: link.from ?? '', due: link.due ? formatDueDate(link.due, pageLocale()) : '' };
		const sentences = [t(link.from ? (link.due ? 'greeting.fromDue' : 'greeting.from') : link.due ? 'greeting.due' : 'greeting.plain', values)];
		if (link.due && link.due < new Date().toLocaleDateString('en-CA')) sentences.push(t('greeting.pastDue'));
		sentences.push(t('greeting.saved'));
		welcome.textContent = sentences.join(' ');
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

	/** Keeps what the link asks in the progress record, so the site remembers it without the link (the same link twice is one assignment). */
	#remember(link: OnboardingLink) {
		const { due, from } = link;
		const path = this.dataset.path;
		if (path) getProgressStore().update(addAssignment({ kind: 'path', path, due, from }));
		else if (link.modules.length > 0) getProgressStore().update(addAssignment({ kind: 'plan', modules: link.modules, due, from }));
	}
}
customElements.define('ct-onboarding-greeting', CtOnboardingGreeting);
