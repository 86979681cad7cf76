/** The behaviour of <ct-search-shortcut> in SearchBox.astro: the markup is rendered on the server there. */
import { noteHeaderSearch } from '../client/search-handoff';

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

class CtSearchShortcut extends HTMLElement {
	connectedCallback() {
		// The search page then hands the focus to the results.
		this.querySelector('form')?.addEventListener('submit', () => noteHeaderSearch());
		document.addEventListener('keydown', (event) => {
			if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
			event.preventDefault();
			// On the search page its own box is the one to type in.
			const input = document.querySelector<HTMLInputElement>('[data-primary-search]') ?? this.querySelector('input');
			// On a narrow screen the header shows a link instead of the box: open the search page.
			if (!input || input.getClientRects().length === 0) location.assign('/search/');
			else input.focus();
		});
	}
}
customElements.define('ct-search-shortcut', CtSearchShortcut);
