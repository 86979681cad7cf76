/**
 * A static host for tests of deployments: it serves today's build (dist/) on one origin
 * until it is told to serve another build, as a host does on a deployment.
 */
import { join } from 'node:path';
import { startStaticServer } from '../static-server.ts';

const project = new URL('../../', import.meta.url).pathname;

/** The fixture course, and where `npm run build:fixture` builds it. */
export const FIXTURE_CONTENT = join(project, 'tests/fixtures/course/content');
export const FIXTURE_DIST = join(project, 'dist-fixture');

/** Serves a build (dist/ unless told) with no server-side redirects, like a plain static host; `deploy(folder)` switches to another build. */
export async function deploymentServer(first = join(project, 'dist')) {
	const server = await startStaticServer(first, { headers: { 'Cache-Control': 'no-cache' } });
	return { url: server.origin, deploy: server.deploy, close: server.close };
}
