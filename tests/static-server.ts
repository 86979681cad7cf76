/**
 * A tiny static file server for a built site, on 127.0.0.1, for the tests and the
 * benchmark: like a plain static host, with no server-side redirects and no compression,
 * so what the browser fetches is exactly what is on disk. `deploy()` switches it to
 * another build, as a host does on a deployment. Extra folders can be mounted under a
 * prefix (the benchmark's own harness pages). Run directly, it serves a folder until
 * stopped: `node tests/static-server.ts <folder> <port>` (the fixture course's server).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

/** A running server and how to stop it. */
export interface StaticServer {
	/** The origin, like http://127.0.0.1:40123. */
	origin: string;
	/** Serves another build from now on. */
	deploy(siteFolder: string): void;
	close(): Promise<void>;
}

export interface StaticServerOptions {
	/** URL prefix → folder, served beside the site. */
	mounts?: Record<string, string>;
	/** The port; a free one when left out. */
	port?: number;
	/** Headers sent with every file, such as Cache-Control. */
	headers?: Record<string, string>;
	/** URL path → milliseconds to wait before answering it: a slow but working network. */
	slowPaths?: Record<string, number>;
}

/** Maps a URL path to a file under `folder`, or undefined when there is none (or it escapes the folder). */
function fileFor(folder: string, urlPath: string): string | undefined {
	const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
	const candidate = join(folder, relative);
	if (candidate !== folder && !candidate.startsWith(folder + sep)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isDirectory()) {
		const index = join(candidate, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return existsSync(candidate) ? candidate : undefined;
}

/**
 * Serves `siteFolder` at the root, and each of `mounts` (URL prefix → folder) under
 * its prefix. Unknown paths get the site's 404.html with status 404.
 */
export async function startStaticServer(siteFolder: string, { mounts = {}, port = 0, headers = {}, slowPaths = {} }: StaticServerOptions = {}): Promise<StaticServer> {
	const server: Server = createServer(async (request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (slowPaths[path]) await new Promise((resolve) => setTimeout(resolve, slowPaths[path]));
		const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
		const file = mount ? fileFor(mounts[mount]!, path.slice(mount.length)) : fileFor(siteFolder, path);
		const notFound = join(siteFolder, '404.html');
		if (!file && !existsSync(notFound)) {
			response.writeHead(404).end();
			return;
		}
		const served = file ?? notFound;
		response.writeHead(file ? 200 : 404, {
			...headers,
			'Content-Type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream',
			'Content-Length': statSync(served).size,
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(served).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		deploy: (folder) => void (siteFolder = folder),
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [folder, port] = process.argv.slice(2);
	if (!folder || !port) throw new Error('Usage: node tests/static-server.ts <folder> <port>');
	const server = await startStaticServer(resolve(folder), { port: Number(port) });
	console.log(`Serving ${folder} at ${server.origin}`);
}
