/**
 * Onboarding links: a manager sends a new hire a path or a set of modules, a due date
 * and their name. These links live in emails for years, so parsing forgives what it can
 * and explains the rest in notes; nothing in a link is ever treated as markup.
 *
 * The name and due date travel in the fragment (`#due=…&from=…`), which browsers send to
 * no server: not to the host's logs, not in the Referer of the page's requests, and not
 * into the service worker's cache. The modules of a plan stay in the query, because they
 * are what the page shows and name no one. Links written with everything in the query, as
 * before, keep working.
 */

export const MAX_NAME_LENGTH = 60;
export const MAX_PLAN_MODULES = 30;
/** More combining marks than this on one letter is decoration, not a name (Vietnamese needs two). */
export const MAX_MARKS_PER_LETTER = 3;

/** The parameters an onboarding link uses. */
const LINK_KEYS = ['from', 'due', 'modules'] as const;

/** What an onboarding link asks for, after checking. */
export interface OnboardingLink {
	/** The sender's name, when present and acceptable. */
	from?: string;
	/** The due date as YYYY-MM-DD, when present and a real date. */
	due?: string;
	/** Known module slugs, in the link's order, without repeats (plan links only). */
	modules: string[];
	/** What was wrong with the link, in words for the learner. */
	notes: string[];
}

// Letters, marks, digits (refused next, with their own reason), spaces and the punctuation real names use.
const NAME = /^[\p{L}\p{M}\p{N} .,'’()-]+$/u;
const STACKED_MARKS = new RegExp(`^\\p{M}|\\p{M}{${MAX_MARKS_PER_LETTER + 1}}`, 'u');
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
	const match = DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Why a sender's name cannot be shown, worded to follow "Your name", or undefined when it
 * is fine. A name is shown on the organization's own site as the sender of a request, so
 * it must read as a name: no web address, no phone number or code, no stacked accents.
 */
export function senderNameProblem(name: string): string | undefined {
	if (name.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
	if (!NAME.test(name)) return 'contains characters a name would not';
	if (/\p{N}/u.test(name)) return 'contains digits, which a name would not';
	if (/\.[\p{L}\p{M}]/u.test(name)) return 'has a dot right before a letter, as a web address has (write initials as “J. R. Lee”)';
	if (STACKED_MARKS.test(name)) return 'stacks more accents on one letter than any name needs';
	if (!/\p{L}/u.test(name)) return 'has no letters';
	return undefined;
}

/**
 * The parameters of an onboarding link at `location`: the query, with anything the
 * fragment carries taking its place (the form the link builder writes).
 */
export function onboardingParams(location: { search: string; hash: string }): URLSearchParams {
	const params = new URLSearchParams(location.search);
	const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
	for (const key of LINK_KEYS) {
		const value = fragment.get(key);
		if (value !== null) params.set(key, value);
	}
	return params;
}

/** Whether `params` carry any part of an onboarding link. */
export function hasOnboardingLink(params: URLSearchParams): boolean {
	return LINK_KEYS.some((key) => params.has(key));
}

/** Shortens text that came from a URL before it is shown back in a note. */
function quoted(value: string): string {
	const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return `“${short}”`;
}

/**
 * Reads the `from`, `due` and (for plan links) `modules` parameters. `knownModules`
 * is every module slug on the site.
 */
export function parseOnboardingLink(params: URLSearchParams, knownModules: readonly string[]): OnboardingLink {
	const link: OnboardingLink = { modules: [], notes: [] };

	const from = params.get('from')?.trim().replace(/\s+/g, ' ');
	if (from) {
		const problem = senderNameProblem(from);
		if (problem) link.notes.push(`The sender’s name in this link ${problem}, so it is not shown.`);
		else link.from = from;
	}

	const due = params.get('due')?.trim();
	if (due) {
		if (isCalendarDate(due)) link.due = due;
		else link.notes.push(`The due date in this link, ${quoted(due)}, is not a real date written as YYYY-MM-DD, so no due date is shown.`);
	}

	const requested = (params.get('modules') ?? '')
		.split(',')
		.map((slug) => slug.trim())
		.filter(Boolean);
	const unknown: string[] = [];
	for (const slug of requested) {
		if (!knownModules.includes(slug)) unknown.push(slug);
		else if (!link.modules.includes(slug)) link.modules.push(slug);
	}
	if (unknown.length > 0) {
		const shown = unknown.slice(0, 3).map(quoted).join(', ');
		const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
		link.notes.push(`This link names ${unknown.length === 1 ? 'a module' : 'modules'} that this site does not have: ${shown}${more}. ${unknown.length === 1 ? 'It is' : 'They are'} left out of the plan.`);
	}
	if (link.modules.length > MAX_PLAN_MODULES) {
		link.notes.push(`This link names more than ${MAX_PLAN_MODULES} modules; only the first ${MAX_PLAN_MODULES} are shown.`);
		link.modules = link.modules.slice(0, MAX_PLAN_MODULES);
	}
	return link;
}

/** What a manager chooses in the link builder. */
export interface OnboardingRequest {
	/** A learning path id, or undefined for a custom plan of `modules`. */
	pathId?: string;
	modules?: readonly string[];
	due?: string;
	from?: string;
}

/** Builds the link a manager sends: a site-relative URL, the plan's modules in the query, the due date and name in the fragment. */
export function buildOnboardingLink(request: OnboardingRequest): string {
	const query = new URLSearchParams();
	if (!request.pathId && request.modules?.length) query.set('modules', request.modules.join(','));
	const fragment = new URLSearchParams();
	if (request.due) fragment.set('due', request.due);
	const from = request.from?.trim();
	if (from) fragment.set('from', from);
	const base = request.pathId ? `/paths/${encodeURIComponent(request.pathId)}/` : '/onboarding/plan/';
	const search = query.size > 0 ? `?${query.toString().replaceAll('%2C', ',')}` : '';
	const hash = fragment.size > 0 ? `#${fragment}` : '';
	return `${base}${search}${hash}`;
}

/** Formats YYYY-MM-DD for people, e.g. "Friday 4 December 2026", in the given locale. */
export function formatDueDate(due: string, locale?: string): string {
	const [year, month, day] = due.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(year, month - 1, day)),
	);
}

// In a module of its own, so a module page (its way forward follows a plan) pays for it alone, not for the link parser.
export { inPrerequisiteOrder } from './plan-order.ts';

/** A prerequisite missing from a plan: the module and the chosen modules that build on it. */
export interface MissingPrerequisite {
	prerequisite: string;
	neededBy: string[];
}

/**
 * The prerequisites of `chosen` modules that are not chosen, in the order the modules were
 * chosen, each once. Only direct prerequisites: once one is added, its own are offered next.
 */
export function missingPrerequisites(chosen: readonly string[], prerequisites: Readonly<Record<string, readonly string[]>>): MissingPrerequisite[] {
	const inPlan = new Set(chosen);
	const missing = new Map<string, string[]>();
	for (const slug of chosen) {
		for (const before of prerequisites[slug] ?? []) {
			if (inPlan.has(before)) continue;
			const neededBy = missing.get(before) ?? [];
			neededBy.push(slug);
			missing.set(before, neededBy);
		}
	}
	return [...missing].map(([prerequisite, neededBy]) => ({ prerequisite, neededBy }));
}

/** The minutes a plan takes in all: the sum of its modules' minutes. */
export function planMinutes(modules: readonly string[], minutes: Readonly<Record<string, number>>): number {
	return modules.reduce((total, slug) => total + (minutes[slug] ?? 0), 0);
}
