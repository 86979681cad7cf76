import { z } from 'astro/zod';
import { array, authorMessage, fields, found, slug, text } from './author-errors.ts';

const FIELDS = 'src/schemas/site.ts';

/** An address on the web that starts with https://. */
const httpsUrl = text.superRefine((value, ctx) => {
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		// Reported below.
	}
	if (url?.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: `expected an address starting with https://, found ${found(value)}` });
});

/**
 * Where the site is served from: https, and at the root of its host, because every link
 * the site writes starts at "/".
 */
const publicUrl = httpsUrl.superRefine((value, ctx) => {
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (url?.protocol !== 'https:') return;
	if (url.pathname !== '/' || url.search || url.hash) {
		ctx.addIssue({
			code: 'custom',
			message: `expected the address of the host's root, like "https://${url.host}", found ${found(value)}: the site cannot be served from a folder`,
		});
	}
});

const email = text.regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, 'expected an email address, like "learning@example.com"');

/** A colour written as #rrggbb. */
const colour = text.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'expected a colour written as #rrggbb, like "#0b5cad"');

/** A language tag such as "en", "en-GB" or "fr". */
const languageTag = text.superRefine((value, ctx) => {
	try {
		if (Intl.getCanonicalLocales(value).length === 1) return;
	} catch {
		// Reported below.
	}
	ctx.addIssue({ code: 'custom', message: `expected a language tag like "en", "en-GB" or "fr", found ${found(value)}` });
});

/** The accent colours of today's site, kept when content/site.yaml chooses none. */
export const DEFAULT_ACCENT = { light: '#0b5cad', dark: '#7db7f5' } as const;

/** The public paths, in the order the home page offers them when content/site.yaml does not say. */
export const DEFAULT_HOME_PATHS = ['it-staff', 'security-staff', 'leaders'] as const;

/** Who answers learners' questions about the course. */
export const contactSchema = fields(
	{
		/** A person, team or service desk: "The Learning team". */
		name: text,
		/** An email address to write to. Give this or `url`. */
		email: email.optional(),
		/** An https page to go to instead (a ticket form, an intranet page). Give this or `email`. */
		url: httpsUrl.optional(),
	},
	FIELDS,
).superRefine((contact, ctx) => {
	if ((contact.email === undefined) === (contact.url === undefined)) {
		ctx.addIssue({ code: 'custom', message: 'expected either an email or a url for the contact, not both and not neither' });
	}
});

/**
 * The organization's settings: content/site.yaml. Every field is optional; a file that
 * sets nothing (or no file) gives the site as the project ships it.
 */
export const siteSchema = fields(
	{
		/** The site's name, in the header, in every page title and in the footer. */
		title: text.default('Crosstrain'),
		/** One or two sentences about the site: the home page's description for search engines and link previews. */
		description: text.default(
			'A short, practical course that gives IT operations and information security staff a shared vocabulary and a shared way of working.',
		),
		/** The organization's name, as the site shows it: "Northwind Health". Needed for local notes ("How we do it here"). */
		organization: text.optional(),
		/**
		 * The public address the site is served from, https and the root of its host: "https://learning.example.com".
		 * Used for canonical links, onboarding links and the LMS packages.
		 */
		url: publicUrl.optional(),
		/** Who answers questions about the course; shown in the footer and on the page-not-found page. */
		contact: contactSchema.optional(),
		/** A logo shown before the title in the header: an .svg or .png file in content/, named from there: "logo.svg". */
		logo: text
			.regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+\.(?:svg|png)$/i, 'expected the name of an .svg or .png file in content/, like "logo.svg"')
			.optional(),
		/**
		 * The accent colour of links, buttons and highlights, one for each theme. Each must keep WCAG AA
		 * contrast (4.5:1) with the theme's backgrounds; the build measures it.
		 */
		accent: fields(
			{
				/** The accent in the light theme: a dark colour. */
				light: colour.default(DEFAULT_ACCENT.light),
				/** The accent in the dark theme: a light colour. */
				dark: colour.default(DEFAULT_ACCENT.dark),
			},
			FIELDS,
		).default({ ...DEFAULT_ACCENT }),
		/**
		 * The language of the site and its interface, as a language tag: "en", "en-GB", "fr". Dates and
		 * numbers are written the way this language writes them (in the reader's own variant of it, if
		 * their browser names one). The interface's words come from src/i18n/<language>.json.
		 */
		lang: languageTag.default('en'),
		/** The learning paths the home page offers first, in this order; any others follow by name. */
		homePaths: array(slug).default([...DEFAULT_HOME_PATHS]),
		/**
		 * Interface words to change, by key from src/i18n/en.json: `"nav.progress": "My record"`. A
		 * {placeholder} in a string must be one the original has.
		 */
		strings: z.record(z.string(), text, { error: (issue) => authorMessage(issue) }).default({}),
	},
	FIELDS,
);

export type SiteSettings = z.output<typeof siteSchema>;
export type Contact = z.output<typeof contactSchema>;
