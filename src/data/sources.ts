/**
 * Every document the course cites, once per link, with where it is cited and whether it is
 * still current; and the words the pages use for a withdrawn or superseded document.
 */
import type { Source, SourceStatus } from '../schemas/index.ts';

export const SOURCE_STATUS_FILE = 'content/source-status.yaml';

const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The month a status began, as the pages write it: "April 2025". */
export const statusSince = (status: SourceStatus): string => month.format(status.since);

/** The status as the pages say it: "Withdrawn April 2025", then (when there is a successor) "; superseded by " before its link. */
export function describeStatus(status: SourceStatus): { words: string; successorLead?: string } {
	const since = statusSince(status);
	if (status.status === 'withdrawn') return { words: `Withdrawn ${since}`, successorLead: status.successor ? '; superseded by ' : undefined };
	return { words: `Superseded ${since}`, successorLead: status.successor ? ' by ' : undefined };
}

/** The status in one plain sentence: "Withdrawn April 2025; superseded by SP 800-61 Rev. 3." */
export function statusSentence(status: SourceStatus): string {
	const { words, successorLead } = describeStatus(status);
	return `${words}${successorLead && status.successor ? `${successorLead}${status.successor.title}` : ''}.`;
}

/** A module or term and the sources it cites. */
export interface Citing {
	kind: 'module' | 'term';
	slug: string;
	/** The module's title or the term. */
	title: string;
	sources: readonly Source[];
}

/** One place a document is cited. */
export interface Citation {
	slug: string;
	title: string;
	/** How this page cites the document, when it differs from the listing's title or year: "“ITIL 4 Practice Guide”, 2020". */
	citedAs?: string;
}

/** A document the course cites, once per link. */
export interface CitedSource {
	url: string;
	/** The title, publisher and year most citations give (on a tie, the first module's). */
	title: string;
	publisher: string;
	year: number;
	/** Set when the register records the document as withdrawn or superseded. */
	status?: SourceStatus;
	/** The modules and the terms that cite it, each by title. */
	citedBy: { modules: Citation[]; terms: Citation[] };
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
/** Titles that differ only in case or spacing ("ITIL 4 Edition", "ITIL 4 edition") are the same title. */
const sameTitle = (a: string, b: string) => byName(a.replace(/\s+/g, ' '), b.replace(/\s+/g, ' ')) === 0;
const describe = (source: Pick<Source, 'title' | 'publisher' | 'year'>) => JSON.stringify([source.title.replace(/\s+/g, ' ').toLowerCase(), source.publisher, source.year]);

/** Groups every citation by link, sorted by publisher and then title. */
export function listCitedSources(citing: readonly Citing[], register: readonly SourceStatus[]): CitedSource[] {
	const statusOf = new Map(register.map((status) => [status.url, status] as const));
	const byUrl = new Map<string, { page: Citing; source: Source }[]>();
	for (const page of citing) {
		for (const source of page.sources) {
			const list = byUrl.get(source.url) ?? [];
			if (!list.some((citation) => citation.page === page)) list.push({ page, source });
			byUrl.set(source.url, list);
		}
	}
	const listed = [...byUrl].map(([url, citations]): CitedSource => {
		const counts = new Map<string, number>();
		for (const { source } of citations) counts.set(describe(source), (counts.get(describe(source)) ?? 0) + 1);
		const most = Math.max(...counts.values());
		const headline = citations.find(({ source }) => counts.get(describe(source)) === most)!.source;
		const citedBy = (kind: Citing['kind']) =>
			citations
				.filter(({ page }) => page.kind === kind)
				.map(({ page, source }): Citation => {
					// A publisher written two ways ("AXELOS", "AXELOS (PeopleCert)") is the same publisher: not worth a note.
					const differences = [!sameTitle(source.title, headline.title) ? `“${source.title}”` : '', source.year !== headline.year ? String(source.year) : ''].filter(Boolean);
					return { slug: page.slug, title: page.title, ...(differences.length ? { citedAs: differences.join(', ') } : {}) };
				})
				.sort((a, b) => byName(a.title, b.title));
		const status = statusOf.get(url);
		return {
			url,
			title: headline.title,
			publisher: headline.publisher,
			year: headline.year,
			...(status ? { status } : {}),
			citedBy: { modules: citedBy('module'), terms: citedBy('term') },
		};
	});
	return listed.sort((a, b) => byName(a.publisher, b.publisher) || byName(a.title, b.title) || a.url.localeCompare(b.url));
}
