/**
 * A static host for tests of deployments: it serves a build (dist/ unless told) on one origin
 * until it is told to serve another build, as a host does on a deployment.
 */
import { join } from 'node:path';
import { startStaticServer } from '../static-server.ts';

const project = new URL('../../', import.meta.url).pathname;

/** The fixture course, and where `npm run build:fixture` builds it. */
export const FIXTURE_CONTENT = join(project, 'tests/fixtures/course/content');
export const FIXTURE_DIST = join(project, 'dist-fixture');

/**
 * Serves `dist` (dist/ unless told) with no server-side redirects, like a plain static host;
 * `deploy(folder)` switches to another build. `cacheControl` is what the host tells browsers
 * about caching (GitHub Pages sends `max-age=600`); `slowPaths` makes the answer for some
 * paths wait, in milliseconds: a slow but working network.
 */
export async function deploymentServer({ dist = join(project, 'dist'), cacheControl = 'no-cache', slowPaths = {} as Record<string, number> } = {}) {
	const server = await startStaticServer(dist, { headers: { 'Cache-Control': cacheControl }, slowPaths });
	return { url: server.origin, deploy: server.deploy, close: server.close };
}
