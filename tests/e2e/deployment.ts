/**
 * The next deployment, for tests of what learners keep when authors change the course: a copy
 * of the site built after an author's edits, and a static server that serves today's build
 * (dist/) on one origin until it is told to serve the copy, as a host does on a deployment.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const project = new URL('../../', import.meta.url).pathname;

/** Builds a copy of the site after `edit` has changed its content/ folder. */
export function buildEditedSite(edit: (content: string) => void): { dist: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'crosstrain-next-'));
	for (const entry of ['src', 'public', 'content', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(project, entry), join(root, entry), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
	edit(join(root, 'content'));
	const build = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8' });
	if (build.status !== 0) throw new Error(`The edited site did not build:\n${`${build.stdout}\n${build.stderr}`.slice(-3000)}`);
	return { dist: join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves dist/ with no server-side redirects, like a plain static host; `deploy(folder)` switches to another build. */
export async function deploymentServer() {
	let root = join(project, 'dist');
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname);
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		if (!file.startsWith(`${root}/`) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
			response.writeHead(404, { 'Content-Type': 'text/html' }).end(readFileSync(join(root, '404.html')));
			return;
		}
		response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		deploy: (dist: string) => void (root = dist),
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}
