/**
 * Onboarding links: a manager sends a new hire a path or a set of modules, a due date
 * and their name. These links live in emails for years, so parsing forgives what it can
 * and explains the rest in notes; nothing in a link is ever treated as markup.
 */

export const MAX_NAME_LENGTH = 60;
export const MAX_PLAN_MODULES = 30;

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

// Letters, marks, digits, spaces and the punctuation real names use.
const NAME = /^[\p{L}\p{M}\p{N} .,'’()-]+$/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
	const match = DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why a sender's name cannot be shown, worded to follow "Your name", or undefined when it is fine. */
export function senderNameProblem(name: string): string | undefined {
	if (name.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
	if (!NAME.test(name)) return 'contains characters a name would not';
	return undefined;
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

/** Builds the link a manager sends: a site-relative URL. */
export function buildOnboardingLink(request: OnboardingRequest): string {
	const params = new URLSearchParams();
	if (!request.pathId && request.modules?.length) params.set('modules', request.modules.join(','));
	if (request.due) params.set('due', request.due);
	const from = request.from?.trim();
	if (from) params.set('from', from);
	const query = params.toString().replaceAll('%2C', ',');
	const base = request.pathId ? `/paths/${encodeURIComponent(request.pathId)}/` : '/onboarding/plan/';
	return query ? `${base}?${query}` : base;
}

/** Formats YYYY-MM-DD for people, e.g. "Friday 4 December 2026", in the given locale. */
export function formatDueDate(due: string, locale?: string): string {
	const [year, month, day] = due.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(year, month - 1, day)),
	);
}

/**
 * Orders a plan's modules so each comes after those of its prerequisites that are in the
 * plan, keeping the given order otherwise. `prerequisites` maps a slug to its prerequisites.
 */
export function inPrerequisiteOrder(modules: readonly string[], prerequisites: Readonly<Record<string, readonly string[]>>): string[] {
	const inPlan = new Set(modules);
	const placed = new Set<string>();
	const ordered: string[] = [];
	const place = (slug: string, visiting: Set<string>) => {
		if (placed.has(slug) || visiting.has(slug)) return;
		visiting.add(slug);
		for (const before of prerequisites[slug] ?? []) if (inPlan.has(before)) place(before, visiting);
		placed.add(slug);
		ordered.push(slug);
	};
	for (const slug of modules) place(slug, new Set());
	return ordered;
}
