/** The behaviour of <ct-theme-toggle> in ThemeToggle.astro: the markup is rendered on the server there. */
import { isThemeChoice, readThemeChoice, saveTheme, THEME_KEY, type ThemeChoice } from '../client/theme';

const storage = (): Storage | undefined => {
	try {
		return localStorage;
	} catch {
		return undefined;
	}
};

/** Shows a choice at once; "system" leaves the colours to prefers-color-scheme, as theme-init.js does. */
function apply(choice: ThemeChoice) {
	if (choice === 'system') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = choice;
}

class CtThemeToggle extends HTMLElement {
	connectedCallback() {
		const select = this.querySelector('select')!;
		select.value = readThemeChoice(storage());
		select.addEventListener('change', () => {
			if (!isThemeChoice(select.value)) return;
			apply(select.value);
			// Refused storage still changes this page; the next one follows the system.
			saveTheme(storage(), select.value);
		});
		// A choice made in another tab shows here too.
		window.addEventListener('storage', (event) => {
			if (event.key !== THEME_KEY && event.key !== null) return;
			const choice = readThemeChoice(storage());
			select.value = choice;
			apply(choice);
		});
	}
}
customElements.define('ct-theme-toggle', CtThemeToggle);
