/**
 * WCAG 2.2 contrast, for the accent colour an organization chooses in content/site.yaml:
 * the build measures it against the theme's own colours, read from src/styles/global.css,
 * and fails with the ratio it found when text in that colour would be hard to read.
 */

/** A colour as red, green and blue, each 0–255. */
export interface Rgb {
	r: number;
	g: number;
	b: number;
}

/** One design token with a value per theme: `--bg: light-dark(#ffffff, #14171c)`. */
export interface ThemedColour {
	light: string;
	dark: string;
}

export type Theme = keyof ThemedColour;

/** WCAG AA: the least contrast for normal-size text (success criterion 1.4.3). */
export const AA_TEXT_RATIO = 4.5;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Whether `value` is a colour written #rgb or #rrggbb. */
export function isHexColour(value: string): boolean {
	return HEX.test(value);
}

/** Reads #rgb or #rrggbb; throws on anything else. */
export function parseHexColour(value: string): Rgb {
	if (!isHexColour(value)) throw new Error(`"${value}" is not a colour written #rrggbb`);
	const digits = value.length === 4 ? [...value.slice(1)].map((digit) => digit + digit).join('') : value.slice(1);
	const channel = (index: number) => Number.parseInt(digits.slice(index * 2, index * 2 + 2), 16);
	return { r: channel(0), g: channel(1), b: channel(2) };
}

/** Relative luminance, 0 (black) to 1 (white), as WCAG 2.2 defines it for sRGB. */
export function relativeLuminance({ r, g, b }: Rgb): number {
	const linear = (channel: number) => {
		const value = channel / 255;
		return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white); the order does not matter. */
export function contrastRatio(first: string, second: string): number {
	const [lighter, darker] = [relativeLuminance(parseHexColour(first)), relativeLuminance(parseHexColour(second))].sort((a, b) => b - a) as [
		number,
		number,
	];
	return (lighter + 0.05) / (darker + 0.05);
}

/**
 * A ratio as people quote it, rounded down to two decimals so that a colour shown as
 * "4.50:1" really does pass: 4.4999 reads "4.49:1".
 */
export function formatRatio(ratio: number): string {
	return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/**
 * The tokens of the stylesheet's first `:root` block that pair a light and a dark hex
 * colour with `light-dark()`, by name without the dashes: { bg: { light, dark }, … }.
 */
export function themedColours(css: string): Record<string, ThemedColour> {
	const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	const tokens: Record<string, ThemedColour> = {};
	for (const match of root.matchAll(/--([\w-]+)\s*:\s*light-dark\(\s*(#[0-9a-f]+)\s*,\s*(#[0-9a-f]+)\s*\)/gi)) {
		tokens[match[1]!] = { light: match[2]!, dark: match[3]! };
	}
	return tokens;
}

/** Where the accent colour appears: as text on these backgrounds, and as the background of text in `accent-contrast`. */
export const ACCENT_SURFACES = ['bg', 'bg-soft', 'bg-raised', 'note-bg'] as const;

/** One pairing of the accent with a theme colour that reads too faintly. */
export interface ContrastShortfall {
	theme: Theme;
	accent: string;
	/** The token the accent meets, and its colour in that theme. */
	token: string;
	colour: string;
	/** Whether the accent is the text (on the token's background) or the background (of the token's text). */
	accentIs: 'text' | 'background';
	ratio: number;
}

/**
 * Measures the accent, in each theme, as link and heading text on every background the
 * stylesheet puts it on, and as the background of button and skip-link text. Returns the
 * worst pairing per theme that falls below WCAG AA; an empty list means it passes.
 */
export function accentShortfalls(accent: ThemedColour, theme: Record<string, ThemedColour>): ContrastShortfall[] {
	const shortfalls: ContrastShortfall[] = [];
	for (const name of ['light', 'dark'] as const) {
		const pairings: ContrastShortfall[] = [
			...ACCENT_SURFACES.map((token) => ({ token, accentIs: 'text' as const })),
			{ token: 'accent-contrast', accentIs: 'background' as const },
		].flatMap(({ token, accentIs }) => {
			const colour = theme[token]?.[name];
			if (!colour) return [];
			return [{ theme: name, accent: accent[name], token, colour, accentIs, ratio: contrastRatio(accent[name], colour) }];
		});
		const worst = pairings.sort((a, b) => a.ratio - b.ratio)[0];
		if (worst && worst.ratio < AA_TEXT_RATIO) shortfalls.push(worst);
	}
	return shortfalls;
}

/** A shortfall in words, for the organization's author who chose the colour. */
export function describeShortfall(shortfall: ContrastShortfall): string {
	const { theme, accent, token, colour, accentIs, ratio } = shortfall;
	const pairing =
		accentIs === 'text'
			? `as text on the ${theme} theme's background --${token} (${colour})`
			: `behind the ${theme} theme's button text --${token} (${colour})`;
	const advice = theme === 'light' ? 'a darker colour' : 'a lighter colour';
	return `"${accent}" has a contrast ratio of ${formatRatio(ratio)} ${pairing}; WCAG AA needs at least ${AA_TEXT_RATIO}:1. Choose ${advice}.`;
}
