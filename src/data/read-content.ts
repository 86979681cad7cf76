/**
 * Reads the authors' files in content/ and checks each against its schema. Astro's content
 * collections read the same files with the same schemas for the pages; everything that runs
 * before or beside them (astro.config.ts, the tests, the benchmark) reads the course here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
	changelogFileSchema,
	moduleSchema,
	pathSchema,
	quizSchema,
	sourceStatusFileSchema,
	termSchema,
	type ModuleData,
	type PathData,
	type Quiz,
	type Release,
	type SourceStatus,
	type Term,
} from '../schemas/index.ts';

/** One file of the course, checked. */
export interface ContentEntry<T> {
	/** The file name without its extension: the slug or id other files refer to. */
	id: string;
	/** The path from the project root, as error messages name it: "content/modules/x.mdx". */
	file: string;
	data: T;
}

export interface CourseFiles {
	modules: (ContentEntry<ModuleData> & { body: string })[];
	quizzes: ContentEntry<Quiz>[];
	terms: ContentEntry<Term>[];
	paths: ContentEntry<PathData>[];
	sourceStatus: SourceStatus[];
	/** content/changelog.yaml: the releases, newest first (empty only when the file has problems). */
	changelog: Release[];
	/** One line per file that could not be read or does not match its schema, naming file and field. */
	problems: string[];
}

/** The front matter and body of an MDX file. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	return match ? { frontmatter: match[1]!, body: source.slice(match[0].length) } : { frontmatter: '', body: source };
}

function describeIssues(file: string, error: z.ZodError): string[] {
	return error.issues.map((issue) => `${file}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
}

/**
 * Reads the course under `contentDir` (the folder holding modules/, quizzes/, glossary/,
 * paths/). Files with problems are left out of the lists and described in `problems`.
 */
export function readCourseFiles(contentDir: string | URL): CourseFiles {
	const root = typeof contentDir === 'string' ? contentDir : fileURLToPath(contentDir);
	const problems: string[] = [];
	const filesIn = (folder: string, extension: string) => {
		try {
			return readdirSync(join(root, folder))
				.filter((name) => name.endsWith(extension))
				.sort();
		} catch {
			return [];
		}
	};
	const readEach = <S extends z.ZodType, Extra>(folder: string, extension: string, schema: S, split: (text: string) => { yaml: string } & Extra) =>
		filesIn(folder, extension).flatMap((name) => {
			const file = `content/${folder}/${name}`;
			try {
				const { yaml, ...extra } = split(readFileSync(join(root, folder, name), 'utf8'));
				const parsed = schema.safeParse(parse(yaml) ?? {});
				if (!parsed.success) {
					problems.push(...describeIssues(file, parsed.error));
					return [];
				}
				return [{ id: basename(name, extension), file, data: parsed.data as z.output<S>, ...(extra as Extra) }];
			} catch (error) {
				problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
				return [];
			}
		});
	const whole = (text: string) => ({ yaml: text });

	const modules = readEach('modules', '.mdx', moduleSchema, (text) => {
		const { frontmatter, body } = splitFrontmatter(text);
		return { yaml: frontmatter, body };
	});
	const quizzes = readEach('quizzes', '.yaml', quizSchema, whole);
	const terms = readEach('glossary', '.yaml', termSchema, whole);
	const paths = readEach('paths', '.yaml', pathSchema, whole);
	const records = readCourseRecords(root);
	problems.push(...records.problems);
	return { modules, quizzes, terms, paths, sourceStatus: records.sourceStatus, changelog: records.changelog, problems };
}

/**
 * Reads the two course-wide files: the register of withdrawn and superseded sources
 * (content/source-status.yaml, optional) and the changelog (content/changelog.yaml, required:
 * its newest release is the course's version). The pages get them through loadCourse, the
 * build hooks (LMS packages) through readCourse; both read them here.
 */
export function readCourseRecords(contentDir: string | URL): Pick<CourseFiles, 'sourceStatus' | 'changelog' | 'problems'> {
	const root = typeof contentDir === 'string' ? contentDir : fileURLToPath(contentDir);
	const problems: string[] = [];
	const readList = <S extends z.ZodType>(name: string, schema: S, whenMissing?: string): z.output<S> | undefined => {
		const file = `content/${name}`;
		let text: string;
		try {
			text = readFileSync(join(root, name), 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
			else if (whenMissing) problems.push(`${file}: the file is missing. ${whenMissing}`);
			return undefined;
		}
		try {
			const parsed = schema.safeParse(parse(text) ?? []);
			if (parsed.success) return parsed.data as z.output<S>;
			problems.push(...describeIssues(file, parsed.error));
		} catch (error) {
			problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
		}
		return undefined;
	};
	const sourceStatus: SourceStatus[] = readList('source-status.yaml', sourceStatusFileSchema) ?? [];
	const changelog: Release[] =
		readList('changelog.yaml', changelogFileSchema, 'Expected a list of releases, newest first: its first version is the course version.') ?? [];
	return { sourceStatus, changelog, problems };
}

/** Reads the course and throws, listing every problem, unless every file is sound. */
export function readCourse(contentDir: string | URL): Omit<CourseFiles, 'problems'> {
	const { problems, ...course } = readCourseFiles(contentDir);
	if (problems.length > 0) throw new Error(`The course has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	return course;
}

/** The names of the diagrams in content/diagrams/, without ".svg". */
export function diagramNames(contentDir: string): string[] {
	try {
		return readdirSync(join(contentDir, 'diagrams'))
			.filter((name) => name.endsWith('.svg'))
			.map((name) => basename(name, '.svg'))
			.sort();
	} catch {
		return [];
	}
}

/** The text of content/diagrams/<name>.svg, or undefined when there is no such diagram. */
export function readDiagram(contentDir: string, name: string): string | undefined {
	return diagramNames(contentDir).includes(name) ? readFileSync(join(contentDir, 'diagrams', `${name}.svg`), 'utf8') : undefined;
}
