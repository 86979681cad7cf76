/** The behaviour of <ct-search-shortcut> in SearchBox.astro: the markup is rendered on the server there. */
const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

class CtSearchShortcut extends HTMLElement {
	connectedCallback() {
		document.addEventListener('keydown', (event) => {
			if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
			event.preventDefault();
			// On the search page its own box is the one to type in.
			const input = document.querySelector<HTMLInputElement>('[data-primary-search]') ?? this.querySelector('input');
			input?.focus();
		});
	}
}
customElements.define('ct-search-shortcut', CtSearchShortcut);
