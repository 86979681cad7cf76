/**
 * Synthetic courses for the benchmark: the real course at 1×, and bigger ones made of
 * copies of it, so build time, page weight and search can be measured as the course
 * grows. A copy has to pass the same build checks as real content (unique glossary
 * names, existing prerequisites, terms and diagrams), and its text is varied a little
 * so the search index grows the way a real course's would rather than by exact repeats.
 *
 * Everything is written under os.tmpdir(), never inside the repository.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';

/** The files a scratch project needs besides content/; node_modules is linked, not copied. */
const PROJECT_FILES = ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

/** Where every scratch project of this benchmark lives. */
export const SCRATCH_ROOT = join(tmpdir(), 'crosstrain-bench');

/** What was generated for one scale. */
export interface SyntheticCourse {
	scale: number;
	/** The scratch project's root folder, ready for `astro build`. */
	root: string;
	modules: number;
	terms: number;
	paths: number;
}

// Light, deterministic rewording per copy: each copy swaps a different subset of these.
const WORD_SWAPS: [string, string][] = [
	['staff', 'people'],
	['company', 'organization'],
	['server', 'host'],
	['quickly', 'fast'],
	['usually', 'often'],
	['important', 'essential'],
	['problem', 'issue'],
	['weekly', 'every week'],
	['customers', 'clients'],
	['manager', 'lead'],
];

// Fictional settings for the copies, so each adds some vocabulary of its own.
const PLACE_PARTS = ['Amber', 'Birch', 'Cobalt', 'Dune', 'Elm', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lumen'];
const PLACE_ENDS = ['vale', 'wick', 'ford', 'mere', 'stone', 'field', 'haven', 'crest'];
const SECTORS = ['freight', 'insurance', 'hospital', 'retail', 'utility', 'university', 'bank', 'logistics', 'manufacturing', 'media'];

function fictionalSetting(copy: number): string {
	const name = `${PLACE_PARTS[copy % PLACE_PARTS.length]}${PLACE_ENDS[Math.floor(copy / PLACE_PARTS.length) % PLACE_ENDS.length]}`;
	return `${name} ${SECTORS[copy % SECTORS.length]}`;
}

/** Rewords prose lines only: lines that hold MDX components or attributes are left alone. */
function varyProse(text: string, copy: number): string {
	const swaps = WORD_SWAPS.filter((_, index) => ((copy >> index % 5) + index) % 3 === 0);
	return text
		.split('\n')
		.map((line) => {
			if (/^\s*</.test(line) || line.includes('="')) return line;
			let varied = line;
			for (const [from, to] of swaps) {
				varied = varied.replace(new RegExp(`(?<![\\w/-])${from}(?![\\w/-])`, 'g'), to);
			}
			return varied;
		})
		.join('\n');
}

const copySlug = (slug: string, copy: number) => `${slug}-copy-${copy}`;

/** Copies one module, its links to other modules and its prerequisites pointing at the same copy set. */
function copyModule(source: string, copy: number): string {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error('A module without YAML frontmatter cannot be copied.');
	const frontmatter = parseDocument(match[1]!);
	frontmatter.set('title', `${frontmatter.get('title')} (variant ${copy})`);
	frontmatter.set('summary', varyProse(String(frontmatter.get('summary')), copy));
	const prerequisites = (frontmatter.toJS().prerequisites ?? []) as string[];
	frontmatter.set('prerequisites', prerequisites.map((slug) => copySlug(slug, copy)));
	const setting = fictionalSetting(copy);
	const intro = `This variant (${copy}) of the module is set at ${setting}, a fictional firm.`;
	const body = varyProse(match[2]!, copy).replace(/\]\(\/modules\/([a-z0-9-]+)\//g, (_, slug: string) => `](/modules/${copySlug(slug, copy)}/`);
	return `---\n${frontmatter.toString().trimEnd()}\n---\n\n${intro}\n${body}`;
}

/** Copies one glossary term with names no other term claims: "Incident 7", "MTTR7". */
function copyTerm(source: string, copy: number): string {
	const term = parse(source) as Record<string, unknown> & { term: string; abbreviations?: string[]; aliases?: string[]; related?: string[] };
	// An abbreviation ending in a digit gets a hyphen, so "X1" + 23 and "X12" + 3 stay apart.
	const suffixed = (abbreviation: string) => (/\d$/.test(abbreviation) ? `${abbreviation}-${copy}` : `${abbreviation}${copy}`);
	return stringify({
		...term,
		term: `${term.term} ${copy}`,
		abbreviations: (term.abbreviations ?? []).map(suffixed),
		aliases: (term.aliases ?? []).map((alias) => `${alias} ${copy}`),
		definition: varyProse(String(term.definition), copy),
		operations: varyProse(String(term.operations), copy),
		security: varyProse(String(term.security), copy),
		related: (term.related ?? []).map((slug) => copySlug(slug, copy)),
	});
}

/** Copies one learning path onto the same copy set. */
function copyPath(source: string, copy: number): string {
	const path = parse(source) as { title: string; modules: string[] };
	return stringify({ ...path, title: `${path.title} (variant ${copy})`, modules: path.modules.map((slug) => copySlug(slug, copy)) });
}

const filesIn = (folder: string, extension: string) => readdirSync(folder).filter((name) => extname(name) === extension).sort();

/**
 * Fails early, naming the clash, if two terms claim the same name: the build would
 * reject it anyway, but only after minutes at 50×. Mirrors src/data/course-checks.ts.
 */
function checkUniqueNames(glossaryFolder: string): void {
	const claimedBy = new Map<string, string>();
	for (const name of filesIn(glossaryFolder, '.yaml')) {
		const term = parse(readFileSync(join(glossaryFolder, name), 'utf8')) as { term: string; aliases?: string[]; abbreviations?: string[] };
		const keys = [...[term.term, ...(term.aliases ?? [])].map((key) => key.trim().toLowerCase()), ...(term.abbreviations ?? []).map((key) => key.trim())];
		for (const key of keys) {
			const owner = claimedBy.get(key);
			if (owner && owner !== name) throw new Error(`Synthetic glossary: "${key}" is claimed by ${owner} and ${name}.`);
			claimedBy.set(key, name);
		}
	}
}

/**
 * Writes a scratch project holding the course at `scale` × its real size, from the
 * project at `projectRoot`. Scale 1 is the real content/ as is.
 */
export function generateCourse(projectRoot: string, scale: number): SyntheticCourse {
	const root = join(SCRATCH_ROOT, `scale-${scale}`);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const file of PROJECT_FILES) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });

	const content = join(root, 'content');
	const kinds = [
		{ folder: 'modules', extension: '.mdx', copy: copyModule },
		{ folder: 'quizzes', extension: '.yaml', copy: (source: string) => source },
		{ folder: 'glossary', extension: '.yaml', copy: copyTerm },
		{ folder: 'paths', extension: '.yaml', copy: copyPath },
	];
	for (const { folder, extension, copy } of kinds) {
		const originals = filesIn(join(projectRoot, 'content', folder), extension);
		for (let copyNumber = 2; copyNumber <= scale; copyNumber++) {
			for (const name of originals) {
				const source = readFileSync(join(projectRoot, 'content', folder, name), 'utf8');
				const target = `${copySlug(basename(name, extension), copyNumber)}${extension}`;
				writeFileSync(join(content, folder, target), copy(source, copyNumber));
			}
		}
	}
	checkUniqueNames(join(content, 'glossary'));

	return {
		scale,
		root,
		modules: filesIn(join(content, 'modules'), '.mdx').length,
		terms: filesIn(join(content, 'glossary'), '.yaml').length,
		paths: filesIn(join(content, 'paths'), '.yaml').length,
	};
}
