/** The learner's theme choice, kept apart from progress so it can be read before first paint. */

export const THEME_KEY = 'crosstrain:theme';
export type Theme = 'light' | 'dark';
/** What the learner can choose: a theme, or to follow the system's light or dark setting. */
export type ThemeChoice = Theme | 'system';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** The saved choice, or undefined to follow the system. Never throws. */
export function readTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme | undefined {
	try {
		const theme = storage?.getItem(THEME_KEY);
		return theme === 'light' || theme === 'dark' ? theme : undefined;
	} catch {
		return undefined;
	}
}

/** The choice to show: the saved theme, else "system". Never throws. */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
	return readTheme(storage) ?? 'system';
}

/** Whether a value (from a form control, say) is one of the choices. */
export function isThemeChoice(value: unknown): value is ThemeChoice {
	return THEME_CHOICES.includes(value as ThemeChoice);
}

/** Saves the choice ("system" forgets any saved theme); returns false when the browser refuses. */
export function saveTheme(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, choice: ThemeChoice): boolean {
	try {
		if (choice === 'system') storage?.removeItem(THEME_KEY);
		else storage?.setItem(THEME_KEY, choice);
		return Boolean(storage);
	} catch {
		return false;
	}
}
