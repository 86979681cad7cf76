/**
 * Reads the authors' files in content/ and checks each against its schema. Astro's content
 * collections read the same files with the same schemas for the pages; everything that runs
 * before or beside them (astro.config.ts, the tests, the benchmark) reads the course here.
 * The organization's files (content/site.yaml and the local notes in content/local/) are
 * read only here: astro.config.ts hands them to the pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { accentShortfalls, describeShortfall, themedColours } from './colour-contrast.ts';
import { languageFiles, stringProblems } from '../i18n/strings.ts';
import { markdownHeadings } from '../markdown/plain-text.ts';
import { sameHeading } from '../markdown/remark-local-note.ts';
import {
	DEFAULT_NOTE_PLACE,
	moduleNoteSchema,
	changelogFileSchema,
	moduleSchema,
	pathSchema,
	quizSchema,
	siteSchema,
	sourceStatusFileSchema,
	termNoteSchema,
	termSchema,
	type ModuleData,
	type PathData,
	type Quiz,
	type SiteSettings,
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

/** An organization's note on a module or glossary term: content/local/<slug>.mdx, content/local/glossary/<slug>.md. */
export interface LocalNote {
	/** The module's or term's slug. */
	slug: string;
	/** The path from the project root: "content/local/change-and-release.mdx". */
	file: string;
	/** The module heading the note goes before; undefined puts it at the end of the module's text. Module notes only. */
	placeBefore?: string;
	/** The note's Markdown, without its front matter. */
	body: string;
}

/** What the organization has made its own: its settings and its local notes. */
export interface SiteFiles {
	settings: SiteSettings;
	moduleNotes: LocalNote[];
	termNotes: LocalNote[];
	/** One line per problem, naming the file and the field. */
	problems: string[];
}

const SITE_FILE = 'content/site.yaml';
const THEME_CSS = new URL('../styles/global.css', import.meta.url);
const LANGUAGE_FOLDER = new URL('../i18n/', import.meta.url);

/**
 * Reads content/site.yaml (the defaults when there is none) and the local notes, and checks
 * them against the course read by `readCourseFiles`: the paths and modules they name must
 * exist, the accent must keep its contrast in both themes, the strings must be the interface's.
 */
export function readSiteFiles(contentDir: string | URL, course: Pick<CourseFiles, 'modules' | 'paths'>): SiteFiles {
	const root = typeof contentDir === 'string' ? contentDir : fileURLToPath(contentDir);
	const problems: string[] = [];
	const settings = readSettings(root, problems);
	checkSettings(root, settings, course, problems);
	const { moduleNotes, termNotes } = readLocalNotes(root, course, problems);
	if ((moduleNotes.length > 0 || termNotes.length > 0) && !settings.organization) {
		const first = moduleNotes[0]?.file ?? termNotes[0]!.file;
		problems.push(`${SITE_FILE}: organization: local notes (such as ${first}) show the organization's name, so expected one, found nothing.`);
	}
	return { settings, moduleNotes, termNotes, problems };
}

function readSettings(root: string, problems: string[]): SiteSettings {
	const defaults = siteSchema.parse({});
	let source: string;
	try {
		source = readFileSync(join(root, 'site.yaml'), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${SITE_FILE}: ${(error as Error).message.split('\n')[0]}`);
		return defaults;
	}
	try {
		const parsed = siteSchema.safeParse(parse(source) ?? {});
		if (parsed.success) return parsed.data;
		problems.push(...describeIssues(SITE_FILE, parsed.error));
	} catch (error) {
		problems.push(`${SITE_FILE}: ${(error as Error).message.split('\n')[0]}`);
	}
	return defaults;
}

function checkSettings(root: string, settings: SiteSettings, course: Pick<CourseFiles, 'paths'>, problems: string[]) {
	if (settings.logo) {
		const file = join(root, settings.logo);
		if (!existsSync(file) || !statSync(file).isFile()) problems.push(`${SITE_FILE}: logo: there is no file content/${settings.logo}.`);
		else if (!looksLike(readFileSync(file), settings.logo)) {
			problems.push(`${SITE_FILE}: logo: content/${settings.logo} is not ${settings.logo.toLowerCase().endsWith('.png') ? 'a PNG image' : 'an SVG image'}.`);
		}
	}

	for (const shortfall of accentShortfalls(settings.accent, themedColours(readFileSync(THEME_CSS, 'utf8')))) {
		problems.push(`${SITE_FILE}: accent.${shortfall.theme}: ${describeShortfall(shortfall)}`);
	}

	const languages = readdirSync(LANGUAGE_FOLDER)
		.filter((name) => name.endsWith('.json'))
		.map((name) => basename(name, '.json'));
	const chain = languageFiles(settings.lang, languages);
	if (!chain) {
		problems.push(
			`${SITE_FILE}: lang: the interface has no strings in "${settings.lang}". Expected one of: ${languages.join(', ')}; or add src/i18n/${settings.lang.split('-')[0]}.json (see "Add an interface language" in README.md).`,
		);
	}
	for (const language of (chain ?? []).filter((name) => name !== 'en')) {
		const file = `src/i18n/${language}.json`;
		try {
			const table = JSON.parse(readFileSync(new URL(`${language}.json`, LANGUAGE_FOLDER), 'utf8')) as Record<string, unknown>;
			for (const { key, message } of stringProblems(table)) problems.push(`${file}: "${key}": ${message}.`);
		} catch (error) {
			problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
		}
	}
	for (const { key, message } of stringProblems(settings.strings)) problems.push(`${SITE_FILE}: strings: "${key}": ${message}.`);

	const pathIds = course.paths.map((path) => path.id);
	for (const id of settings.homePaths) {
		if (!pathIds.includes(id)) problems.push(`${SITE_FILE}: homePaths names "${id}", which is not a path. Expected one of: ${pathIds.join(', ')}.`);
	}
}

/** Whether a file's first bytes are those of the image its name says. */
function looksLike(bytes: Buffer, name: string): boolean {
	if (name.toLowerCase().endsWith('.png')) return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	return /<svg[\s>]/.test(bytes.subarray(0, 4096).toString('utf8'));
}

function readLocalNotes(root: string, course: Pick<CourseFiles, 'modules'>, problems: string[]) {
	const local = join(root, 'local');
	const moduleNotes: LocalNote[] = [];
	const termNotes: LocalNote[] = [];
	if (!existsSync(local)) return { moduleNotes, termNotes };
	const exists = (folder: string, name: string) => existsSync(join(root, folder, name));
	const moduleSlugs = readdirSync(join(root, 'modules')).filter((name) => name.endsWith('.mdx')).map((name) => basename(name, '.mdx'));

	const read = (path: string, file: string, schema: typeof moduleNoteSchema | typeof termNoteSchema) => {
		const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
		const parsed = schema.safeParse(parse(frontmatter) ?? {});
		if (!parsed.success) {
			problems.push(...describeIssues(file, parsed.error));
			return undefined;
		}
		if (!body.trim()) {
			problems.push(`${file}: the note is empty. Write what your organization does here, or delete the file.`);
			return undefined;
		}
		return { data: parsed.data as { placeBefore?: string }, body };
	};

	for (const entry of readdirSync(local, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const file = `content/local/${entry.name}`;
		if (entry.isDirectory() && entry.name === 'glossary') continue;
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) {
			problems.push(`${file}: expected only notes on modules here, named <module-slug>.mdx, and notes on glossary terms in content/local/glossary/.`);
			continue;
		}
		const slug = basename(entry.name, '.mdx');
		if (!exists('modules', `${slug}.mdx`)) {
			problems.push(`${file}: there is no module "${slug}" for this note. Expected the name of a module's file in content/modules/ (without .mdx): ${moduleSlugs.join(', ')}.`);
			continue;
		}
		try {
			const note = read(join(local, entry.name), file, moduleNoteSchema);
			if (!note) continue;
			const module = course.modules.find((candidate) => candidate.id === slug);
			const headings = module ? [...new Set(markdownHeadings(module.body))] : [];
			const wanted = note.data.placeBefore;
			if (wanted !== undefined && module && !headings.some((heading) => sameHeading(heading, wanted))) {
				problems.push(`${file}: placeBefore names the heading "${wanted}", which content/modules/${slug}.mdx does not have. Expected one of: ${headings.join('; ')}.`);
				continue;
			}
			const fallback = headings.find((heading) => sameHeading(heading, DEFAULT_NOTE_PLACE));
			moduleNotes.push({ slug, file, placeBefore: wanted ?? (module ? fallback : DEFAULT_NOTE_PLACE), body: note.body });
		} catch (error) {
			problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
		}
	}

	const glossary = join(local, 'glossary');
	if (existsSync(glossary)) {
		for (const name of readdirSync(glossary).sort()) {
			const file = `content/local/glossary/${name}`;
			if (!name.endsWith('.md')) {
				problems.push(`${file}: expected only notes on glossary terms here, named <term-slug>.md.`);
				continue;
			}
			const slug = basename(name, '.md');
			if (!exists('glossary', `${slug}.yaml`)) {
				problems.push(`${file}: there is no glossary term "${slug}" for this note. Expected the name of a term's file in content/glossary/ (without .yaml).`);
				continue;
			}
			try {
				const note = read(join(glossary, name), file, termNoteSchema);
				if (note) termNotes.push({ slug, file, body: note.body });
			} catch (error) {
				problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
			}
		}
	}
	return { moduleNotes, termNotes };
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
