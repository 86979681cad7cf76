import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
	accentShortfalls,
	contrastRatio,
	describeShortfall,
	formatRatio,
	parseHexColour,
	relativeLuminance,
	themedColours,
} from '../../src/data/colour-contrast.ts';

test('colours are read as #rgb or #rrggbb, in either case', () => {
	assert.deepEqual(parseHexColour('#0B5CAD'), { r: 11, g: 92, b: 173 });
	assert.deepEqual(parseHexColour('#fff'), { r: 255, g: 255, b: 255 });
	assert.throws(() => parseHexColour('blue'), /not a colour/);
	assert.throws(() => parseHexColour('#12345'), /not a colour/);
});

test('luminance and contrast follow WCAG 2.2', () => {
	assert.equal(relativeLuminance(parseHexColour('#000000')), 0);
	assert.equal(relativeLuminance(parseHexColour('#ffffff')), 1);
	assert.equal(contrastRatio('#000', '#fff'), 21);
	assert.equal(contrastRatio('#fff', '#000'), 21);
	assert.equal(contrastRatio('#0b5cad', '#0b5cad'), 1);
	// The well-known limits: #767676 is the lightest grey that passes AA on white, #777777 fails.
	assert.equal(formatRatio(contrastRatio('#767676', '#ffffff')), '4.54:1');
	assert.equal(formatRatio(contrastRatio('#777777', '#ffffff')), '4.47:1');
});

test('ratios are rounded down, so a ratio shown as passing does pass', () => {
	assert.equal(formatRatio(4.4999), '4.49:1');
	assert.equal(formatRatio(21), '21.00:1');
});

const css = `
:root {
	color-scheme: light dark;
	--bg: light-dark(#ffffff, #14171c);
	--bg-soft: light-dark(#f3f5f8, #1d2128);
	--accent-contrast: light-dark(#ffffff, #0d1620);
	--radius: 0.4rem;
}
:root[data-theme='light'] { --bg: light-dark(#000000, #000000); }
`;

test('the theme colours are read from the first :root block of the stylesheet', () => {
	assert.deepEqual(themedColours(css), {
		bg: { light: '#ffffff', dark: '#14171c' },
		'bg-soft': { light: '#f3f5f8', dark: '#1d2128' },
		'accent-contrast': { light: '#ffffff', dark: '#0d1620' },
	});
});

test('an accent that reads well in both themes passes', () => {
	assert.deepEqual(accentShortfalls({ light: '#0b5cad', dark: '#7db7f5' }, themedColours(css)), []);
});

test('an accent too faint in one theme is reported for that theme, with its worst pairing and ratio', () => {
	const [shortfall, ...rest] = accentShortfalls({ light: '#7db7f5', dark: '#7db7f5' }, themedColours(css));
	assert.equal(rest.length, 0);
	assert.equal(shortfall!.theme, 'light');
	assert.equal(shortfall!.token, 'bg-soft');
	assert.match(describeShortfall(shortfall!), /^"#7db7f5" has a contrast ratio of 1\.\d\d:1 as text on the light theme's background --bg-soft \(#f3f5f8\); WCAG AA needs at least 4\.5:1\. Choose a darker colour\.$/);
});

test('an accent too dark for the dark theme says so, and asks for a lighter colour', () => {
	const shortfalls = accentShortfalls({ light: '#0b5cad', dark: '#0b5cad' }, themedColours(css));
	assert.deepEqual(
		shortfalls.map((shortfall) => shortfall.theme),
		['dark'],
	);
	assert.match(describeShortfall(shortfalls[0]!), /dark theme.*Choose a lighter colour/);
});

test('button text on the accent is measured too', () => {
	// Mid-grey text on the accent: fine as text on white and on near-black, but not under white button text.
	const theme = { bg: { light: '#000000', dark: '#000000' }, 'accent-contrast': { light: '#ffffff', dark: '#ffffff' } };
	const [shortfall] = accentShortfalls({ light: '#9a9a9a', dark: '#9a9a9a' }, theme);
	assert.equal(shortfall!.accentIs, 'background');
	assert.match(describeShortfall(shortfall!), /behind the light theme's button text --accent-contrast \(#ffffff\)/);
});

test("today's accent passes against today's stylesheet", () => {
	const theme = themedColours(readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8'));
	assert.ok(theme.bg && theme['bg-soft'] && theme['bg-raised'] && theme['note-bg'] && theme['accent-contrast'], 'global.css still defines the tokens the check reads');
	assert.deepEqual(accentShortfalls(theme.accent!, theme), []);
});
