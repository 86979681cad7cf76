/** The behaviour of <ct-theme-toggle> in ThemeToggle.astro: the markup is rendered on the server there. */
import { readTheme, saveTheme, type Theme } from '../client/theme';

const storage = (): Storage | undefined => {
	try {
		return localStorage;
	} catch {
		return undefined;
	}
};

class CtThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const systemDark = matchMedia('(prefers-color-scheme: dark)');
		const current = (): Theme => readTheme(storage()) ?? (systemDark.matches ? 'dark' : 'light');
		const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
		button.hidden = false;
		show();
		button.addEventListener('click', () => {
			const next: Theme = current() === 'dark' ? 'light' : 'dark';
			document.documentElement.dataset.theme = next;
			saveTheme(storage(), next);
			button.setAttribute('aria-pressed', String(next === 'dark'));
		});
		systemDark.addEventListener('change', show);
	}
}
customElements.define('ct-theme-toggle', CtThemeToggle);
