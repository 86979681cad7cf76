/** The parts of a glossary term that decide where it is mentioned in prose. */
export interface TermNames {
	/** The term's slug: its file name in content/glossary/. */
	slug: string;
	/** The term as displayed, matched without regard to case. */
	term: string;
	/** Abbreviations, matched case-sensitively so "IT" never matches "it". */
	abbreviations: readonly string[];
	/** Other names for the term, matched without regard to case. */
	aliases: readonly string[];
}

/** One mention of a term found in a piece of text. */
export interface TermMention {
	slug: string;
	/** Offset of the mention's first character in the text. */
	start: number;
	/** Offset just past the mention's last character. */
	end: number;
}

/** Finds every mention of any known term in a piece of text. */
export type TermMatcher = (text: string) => TermMention[];

// Letters and digits on either side mean we are inside a longer word.
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
// A plural is still a mention: "SLOs", "risks", "patches".
const PLURAL = '(?:s|es)?';

function escapeForRegExp(name: string): string {
	return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function normalizeSpace(name: string): string {
	return name.trim().replace(/\s+/g, ' ');
}

function buildRegExp(names: string[], flags: string): RegExp | undefined {
	if (names.length === 0) return undefined;
	// Longest first, so "change advisory board" wins over "change".
	const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeForRegExp);
	return new RegExp(`${WORD_START}(${alternatives.join('|')})${PLURAL}${WORD_END}`, flags);
}

/**
 * Builds a matcher for the given terms. Term names and aliases match in any case;
 * abbreviations match only as written. Where mentions overlap, the earliest and
 * then the longest wins.
 */
export function createTermMatcher(terms: readonly TermNames[]): TermMatcher {
	const exact = new Map<string, string>();
	const folded = new Map<string, string>();
	for (const { slug, term, abbreviations, aliases } of terms) {
		for (const abbreviation of abbreviations) exact.set(normalizeSpace(abbreviation), slug);
		for (const name of [term, ...aliases]) folded.set(normalizeSpace(name).toLowerCase(), slug);
	}
	const exactPattern = buildRegExp([...exact.keys()], 'gu');
	const foldedPattern = buildRegExp([...folded.keys()], 'giu');

	return (text) => {
		const found: TermMention[] = [];
		for (const [pattern, names, fold] of [
			[exactPattern, exact, false],
			[foldedPattern, folded, true],
		] as const) {
			if (!pattern) continue;
			for (const match of text.matchAll(pattern)) {
				const name = normalizeSpace(match[1]!);
				const slug = names.get(fold ? name.toLowerCase() : name);
				if (slug) found.push({ slug, start: match.index, end: match.index + match[0].length });
			}
		}
		found.sort((a, b) => a.start - b.start || b.end - a.end);
		const mentions: TermMention[] = [];
		for (const mention of found) {
			const previous = mentions.at(-1);
			if (!previous || mention.start >= previous.end) mentions.push(mention);
		}
		return mentions;
	};
}
