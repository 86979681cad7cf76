/**
 * What the test LMSs share: an HTTP server on 127.0.0.1 (a free port) that ends with the
 * test, refuses to run on past a request limit, and serves an unzipped package under a
 * nested path, as an LMS does.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';

export const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.xsd': 'application/xml',
	'.dtd': 'application/xml-dtd',
	'.json': 'application/json',
};

export interface TestServer {
	/** http://127.0.0.1:<port> */
	origin: string;
	/** The same server under another origin (http://localhost:<port>), for cross-origin frames. */
	otherOrigin: string;
	close(): Promise<void>;
}

/** A handler answers or returns false to let the server say 404. */
export type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;

/** The most requests a test may make: a runaway page cannot keep the server busy. */
const MAX_REQUESTS = 5000;

export async function startServer(handler: Handler): Promise<TestServer> {
	let requests = 0;
	const server = createServer(async (request, response) => {
		if (++requests > MAX_REQUESTS) {
			response.writeHead(503).end('request limit reached');
			return;
		}
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		try {
			if (!(await handler(request, response, url))) response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${url.pathname}`);
		} catch (error) {
			response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
		}
	});
	server.keepAliveTimeout = 1000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		otherOrigin: `http://localhost:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Sends a file's bytes with its content type. */
export function send(response: ServerResponse, path: string, body: Uint8Array | string, extra: Record<string, string> = {}): true {
	response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...extra });
	response.end(body);
	return true;
}

/** A package's files, by path inside it. */
export function readPackage(zipFile: string): Record<string, Uint8Array> {
	try {
		return unzipSync(readFileSync(zipFile));
	} catch (error) {
		throw new Error(`${zipFile} cannot be read (${(error as Error).message}); run \`npm run package\` first.`);
	}
}

/** Reads a request's body as text. */
export async function body(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}
