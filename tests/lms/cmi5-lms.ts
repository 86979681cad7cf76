/**
 * A test LMS and LRS for cmi5 packages, on node:http. It imports a package (cmi5.xml and
 * its files, served under /lms/content/<id>/), launches an AU as cmi5 §8 and §10 say
 * (LMS.LaunchData written first, a launched statement, the launch URL with endpoint,
 * fetch, actor, registration and activityId), answers the one-time fetch, the State and
 * Agent Profile resources and the Statements resource, and checks every statement the AU
 * sends (cmi5-rules.ts). A statement that breaks a rule is refused, as an LMS must, and
 * the problem is kept for the test to read.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { body, readPackage, send, startServer, type TestServer } from './test-server.ts';
import { checkStatement, isDefined, requirement, verbOf, type RegistrationFacts, type SessionFacts } from './cmi5-rules.ts';

export interface Cmi5LaunchOptions {
	zip: string;
	/** The module slug of the AU to launch. */
	au: string;
	launchMode?: 'Normal' | 'Browse' | 'Review';
	/** The LMS's mastery score for this launch; else the one in cmi5.xml. */
	masteryScore?: number;
	/** Where the AU returns when it ends. */
	returnURL?: string;
	/** Launch again within this registration. */
	registration?: string;
}

export interface Cmi5Session extends SessionFacts {
	token: string;
	/** How often the fetch URL was asked for a token. */
	fetches: number;
	url: string;
}

export interface Cmi5Lms extends TestServer {
	launch(options: Cmi5LaunchOptions): Cmi5Session;
	/** The AU's statements (the LMS's own launched statements left out), in the order they were accepted. */
	statements(session?: Cmi5Session): Record<string, any>[];
	/** Every rule an AU broke, labelled with its requirement. */
	violations: string[];
	/** A state document the AU wrote, by stateId. */
	state(session: Cmi5Session, stateId: string): unknown;
}

const ACTOR = { objectType: 'Agent', name: 'Sam Lee', account: { homePage: 'https://lms.example', name: 'sam.lee' } };

export async function startCmi5Lms(): Promise<Cmi5Lms> {
	const packages = new Map<string, Record<string, Uint8Array>>();
	const sessions = new Map<string, Cmi5Session>();
	const registrations = new Map<string, RegistrationFacts>();
	const documents = new Map<string, string>();
	const accepted: { session: Cmi5Session; statement: Record<string, any> }[] = [];
	const violations: string[] = [];
	let server: TestServer;

	const stateKey = (activityId: string, agent: string, registration: string, stateId: string) => JSON.stringify([activityId, JSON.parse(agent), registration, stateId]);
	const json = (response: ServerResponse, status: number, value: unknown) => {
		response.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' }).end(JSON.stringify(value));
		return true;
	};
	const authorised = (request: IncomingMessage) => [...sessions.values()].find((session) => request.headers.authorization === `Basic ${session.token}`);

	server = await startServer(async (request, response, url) => {
		const content = /^\/lms\/content\/(\d+)\/(.+)$/.exec(url.pathname);
		if (content) {
			const file = packages.get(content[1]!)?.[decodeURIComponent(content[2]!)];
			return file ? send(response, content[2]!, file) : false;
		}
		if (url.pathname === '/lms/return') return send(response, 'return.html', '<!doctype html><html lang="en"><title>Test LMS</title><h1>Back in the test LMS</h1></html>');

		const fetch = /^\/lms\/fetch\/([\w-]+)$/.exec(url.pathname);
		if (fetch && request.method === 'POST') {
			const session = sessions.get(fetch[1]!);
			if (!session) return json(response, 200, { 'error-code': '3', 'error-text': 'General Application Error' });
			// One-time URL (§8.2.3): the token once, an error after, with HTTP 200 either way.
			if (++session.fetches > 1) return json(response, 200, { 'error-code': '1', 'error-text': 'Already in use' });
			return json(response, 200, { 'auth-token': session.token });
		}

		if (!url.pathname.startsWith('/xapi/')) return false;
		const session = authorised(request);
		if (!session) return json(response, 401, { error: 'no valid authorization token' });
		const resource = url.pathname.slice('/xapi/'.length);

		if (resource === 'activities/state') {
			const [activityId = '', agent = '', registration = '', stateId = ''] = ['activityId', 'agent', 'registration', 'stateId'].map((name) => url.searchParams.get(name) ?? '');
			if (activityId !== session.activityId || JSON.stringify(JSON.parse(agent || 'null')) !== JSON.stringify(ACTOR) || registration !== session.registration) {
				violations.push(requirement(activityId !== session.activityId ? '10.1.0.0-3' : registration !== session.registration ? '10.1.0.0-5' : '10.1.0.0-4'));
				return json(response, 400, { error: 'state parameters do not match the launch' });
			}
			const key = stateKey(activityId, agent, registration, stateId);
			if (stateId === 'LMS.LaunchData' && request.method !== 'GET') {
				violations.push(requirement('10.2.1.0-5'));
				return json(response, 403, { error: 'LMS.LaunchData is read-only' });
			}
			if (request.method === 'GET') {
				const document = documents.get(key);
				return document === undefined ? json(response, 404, { error: 'no such document' }) : send(response, 'x.json', document);
			}
			if (request.method === 'PUT' || request.method === 'POST') {
				documents.set(key, await body(request));
				response.writeHead(204).end();
				return true;
			}
			return json(response, 405, { error: 'method not allowed' });
		}

		if (resource === 'agents/profile' && request.method === 'GET') {
			if (url.searchParams.get('profileId') !== 'cmi5LearnerPreferences') return json(response, 404, {});
			if (JSON.stringify(JSON.parse(url.searchParams.get('agent') || 'null')) !== JSON.stringify(ACTOR)) {
				violations.push(requirement('11.0.0.0-1'));
				return json(response, 400, { error: 'agent does not match the launch' });
			}
			session.readPreferences = true;
			return json(response, 200, { languagePreference: 'en-US', audioPreference: 'off' });
		}

		if (resource === 'statements' && request.method === 'POST') {
			const sent = JSON.parse(await body(request)) as Record<string, any> | Record<string, any>[];
			const ids: string[] = [];
			for (const statement of Array.isArray(sent) ? sent : [sent]) {
				const registration = registrations.get(session.registration)!;
				const problems = checkStatement(statement, session, registration);
				if (problems.length > 0) {
					violations.push(...problems.map((problem) => `${verbOf(statement)}: ${problem}`));
					return json(response, 403, { error: problems.join('; ') });
				}
				session.verbs.push(verbOf(statement));
				if (isDefined(statement)) registration.verbs.push(verbOf(statement));
				accepted.push({ session, statement });
				ids.push(statement.id);
			}
			return json(response, 200, ids);
		}
		if (resource === 'about') return json(response, 200, { version: ['1.0.3'] });
		return json(response, 405, { error: 'not supported here' });
	});

	return {
		...server,
		violations,
		launch(options) {
			const id = String(200 + packages.size);
			const files = readPackage(options.zip);
			packages.set(id, files);
			const structure = new TextDecoder().decode(files['cmi5.xml']);
			const au = new RegExp(`<au id="([^"]*modules/${options.au}/)"[^>]*?moveOn="(\\w+)" masteryScore="([0-9.]+)"[\\s\\S]*?<url>([^<]+)</url>`).exec(structure);
			if (!au) throw new Error(`${options.zip}: no AU for module ${options.au}`);
			const [, publisherId, moveOn, structureMastery, auUrl] = au;
			const registration = options.registration ?? randomUUID();
			if (!registrations.has(registration)) registrations.set(registration, { verbs: [] });
			const activityId = `https://lms.example/activities/${registration}/${options.au}`;
			const masteryScore = options.masteryScore ?? Number(structureMastery);
			const session: Cmi5Session = {
				id: randomUUID(),
				registration,
				activityId,
				publisherId: publisherId!,
				launchMode: options.launchMode ?? 'Normal',
				masteryScore,
				readPreferences: false,
				verbs: [],
				token: randomUUID().replaceAll('-', ''),
				fetches: 0,
				url: '',
			};
			sessions.set(session.id, session);
			const launchData = {
				contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: publisherId }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': session.id } },
				launchMode: session.launchMode,
				launchMethod: 'AnyWindow',
				moveOn,
				masteryScore,
				...(options.returnURL ? { returnURL: new URL(options.returnURL, server.origin).href } : {}),
			};
			// §10.1: LMS.LaunchData is written before the launch.
			documents.set(stateKey(activityId, JSON.stringify(ACTOR), registration, 'LMS.LaunchData'), JSON.stringify(launchData));
			const query = new URLSearchParams({ endpoint: `${server.origin}/xapi/`, fetch: `${server.origin}/lms/fetch/${session.id}`, actor: JSON.stringify(ACTOR), registration, activityId });
			session.url = `${server.origin}/lms/content/${id}/${auUrl}?${query}`;
			return session;
		},
		statements: (session) => accepted.filter((entry) => !session || entry.session === session).map((entry) => entry.statement),
		state: (session, stateId) => {
			const document = documents.get(stateKey(session.activityId, JSON.stringify(ACTOR), session.registration, stateId));
			return document === undefined ? undefined : JSON.parse(document);
		},
	};
}
