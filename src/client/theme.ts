/** The learner's theme choice, kept apart from progress so it can be read before first paint. */

export const THEME_KEY = 'crosstrain:theme';
export type Theme = 'light' | 'dark';

/** The saved choice, or undefined to follow the system. Never throws. */
export function readTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme | undefined {
	try {
		const theme = storage?.getItem(THEME_KEY);
		return theme === 'light' || theme === 'dark' ? theme : undefined;
	} catch {
		return undefined;
	}
}

/** Saves the choice; returns false when the browser refuses. */
export function saveTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme): boolean {
	try {
		storage?.setItem(THEME_KEY, theme);
		return Boolean(storage);
	} catch {
		return false;
	}
}
