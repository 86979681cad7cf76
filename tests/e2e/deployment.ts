/**
 * A static host for tests of deployments: it serves today's build (dist/) on one origin
 * until it is told to serve another build, as a host does on a deployment.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

const project = new URL('../../', import.meta.url).pathname;

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Serves dist/ with no server-side redirects, like a plain static host; `deploy(folder)` switches to another build.
 * `cacheControl` is what the host tells browsers about caching (GitHub Pages sends `max-age=600`);
 * `slowPaths` makes the answer for some paths wait, in milliseconds.
 */
export async function deploymentServer({ cacheControl = 'no-cache', slowPaths = {} as Record<string, number> } = {}) {
	let root = join(project, 'dist');
	const server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname);
		// A slow but working network for these paths: the answer comes after so many milliseconds.
		if (slowPaths[path]) await new Promise((resolve) => setTimeout(resolve, slowPaths[path]));
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		if (!file.startsWith(`${root}/`) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
			response.writeHead(404, { 'Content-Type': 'text/html' }).end(readFileSync(join(root, '404.html')));
			return;
		}
		response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cacheControl }).end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		deploy: (dist: string) => void (root = dist),
		// The browser may hold a connection open on which it has not sent a request yet;
		// close() alone would wait for it until the test times out.
		close: () =>
			new Promise((resolve) => {
				server.close(resolve);
				server.closeAllConnections();
			}),
	};
}
