/**
 * Checks that the course cites current documents: a source the register
 * (content/source-status.yaml) records as withdrawn or superseded may be cited only as
 * history (`historical: true`), and `historical: true` needs the register to say why.
 */
import type { Source, SourceStatus } from '../schemas/index.ts';
import { moduleFile, termFile } from './course-checks.ts';
import { describeStatus, SOURCE_STATUS_FILE } from './sources.ts';

/** What the check needs: the sources each module and term cites, by slug. */
export interface CitingFiles {
	modules: Record<string, { sources: readonly Pick<Source, 'title' | 'url' | 'historical'>[] }>;
	terms: Record<string, { sources: readonly Pick<Source, 'title' | 'url' | 'historical'>[] }>;
}

/** Every problem with the sources and the register; an empty list means every source cited as current is current. */
export function findSourceProblems(course: CitingFiles, register: readonly SourceStatus[]): string[] {
	const problems: string[] = [];
	const statusOf = new Map<string, SourceStatus>();
	for (const entry of register) {
		if (statusOf.has(entry.url)) problems.push(`${SOURCE_STATUS_FILE}: ${entry.url} is listed twice. Keep one entry per link.`);
		statusOf.set(entry.url, entry);
	}
	for (const entry of register) {
		const successor = entry.successor && statusOf.get(entry.successor.url);
		if (successor) {
			problems.push(
				`${SOURCE_STATUS_FILE}: the successor of ${entry.url} is ${entry.successor!.url}, which this file lists as ${successor.status} too. Name the document that is current now.`,
			);
		}
	}

	const files = [
		...Object.entries(course.modules).map(([slug, module]) => [moduleFile(slug), module.sources] as const),
		...Object.entries(course.terms).map(([slug, term]) => [termFile(slug), term.sources] as const),
	];
	for (const [file, sources] of files) {
		sources.forEach((source, index) => {
			const status = statusOf.get(source.url);
			const where = `${file}: sources[${index}] "${source.title}"`;
			if (status && !source.historical) {
				const { words } = describeStatus(status);
				const successor = status.successor ? `Cite its successor, "${status.successor.title}" (${status.successor.url}), or add` : 'Add';
				problems.push(
					`${where} is ${words[0]!.toLowerCase()}${words.slice(1)}, says ${SOURCE_STATUS_FILE}. ${successor} historical: true to this source if the text cites it as history.`,
				);
			} else if (!status && source.historical) {
				problems.push(
					`${where} has historical: true, but ${SOURCE_STATUS_FILE} does not list ${source.url}. Add it there with its status (withdrawn or superseded), date and successor, or remove historical: true.`,
				);
			}
		});
	}
	return problems;
}
