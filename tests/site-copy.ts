/**
 * The site built again in a scratch folder after an author's edits: for the build tests,
 * which check what the build says about broken content, and for end-to-end tests of what
 * learners keep when the course changes, or of a course too large to search on the page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = new URL('../', import.meta.url).pathname;

/** A built copy of the site. */
export interface SiteCopy {
	/** Whether the build succeeded, and what it printed (without colours). */
	ok: boolean;
	output: string;
	/** The built site. */
	dist: string;
	/** Deletes the copy. */
	remove(): void;
}

/**
 * Copies the site's code and a course (`content`, the real one unless given) to a scratch
 * folder, lets `edit` change the copy's content/ folder (or, through `root`, its code), and
 * builds it.
 */
export function buildCopy(edit: (content: string, root: string) => void, content = join(project, 'content')): SiteCopy {
	const root = mkdtempSync(join(tmpdir(), 'crosstrain-copy-'));
	for (const entry of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(project, entry), join(root, entry), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
	cpSync(content, join(root, 'content'), { recursive: true });
	edit(join(root, 'content'), root);
	const build = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	return {
		ok: build.status === 0,
		output: `${build.stdout}\n${build.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''),
		dist: join(root, 'dist'),
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}

/** Rewrites a file through `change`, as an author's edit. */
export function editFile(file: string, change: (text: string) => string): void {
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}
