/**
 * The cmi5 side of a module page (an "AU"), loaded only when the page was launched by a
 * cmi5 LMS. It keeps the launch contract (cmi5 §7, §8, §10, §11): fetch the token once,
 * read LMS.LaunchData and the learner preferences, send initialized, then per quiz check
 * answered statements and, in Normal mode, passed + completed (once per registration) or,
 * at the end of the session, failed; terminated last, with the session's duration; then
 * follow returnURL. Browse and Review send only initialized and terminated.
 *
 * A session can have one of passed/failed (§9.3.0.0-3), so a fail is held back until the
 * session ends: a learner who fails, retries and passes in one session sends passed.
 *
 * The token and what was sent are kept in sessionStorage (Best Practice #17), so a reload
 * never fetches again nor repeats a once-only statement. A reload fires pagehide like a
 * close does, and the page cannot tell them apart, so the session has ended by then; the
 * reloaded page says so instead of sending statements the LMS must reject.
 */
import { exactScore, toAnswer } from './answers.ts';
import { parseCmi5Launch } from './cmi5-launch.ts';
import { answeredStatement, definedStatement, type Cmi5Verb, type LaunchData, type Statement } from './cmi5-statements.ts';
import type { LmsPageData } from './page-data.ts';
import type { Problem, Reporter } from './reporter.ts';

/** What survives a reload of the page, per launch. */
interface StoredSession {
	token: string;
	startedAt: number;
	/** cmi5 defined verbs sent in this session. */
	sent: Cmi5Verb[];
}

/** Crosstrain's own State document, per registration: the module's progress and what was reported for good. */
interface ProgressDocument {
	progress: string;
	/** Set once passed / completed reached the LRS: each is sent once per registration. */
	passed?: boolean;
	completed?: boolean;
}

const STATE_ID = 'crosstrain.progress';
const XAPI_VERSION = '1.0.3';
/** Browsers cap the bodies of requests that outlive the page at 64 KiB in all. */
const KEEPALIVE_LIMIT = 60_000;

const readStored = (storage: Storage | undefined, key: string): StoredSession | undefined => {
	try {
		const stored = JSON.parse(storage?.getItem(key) ?? 'null') as StoredSession | null;
		return stored && typeof stored.token === 'string' && Array.isArray(stored.sent) ? stored : undefined;
	} catch {
		return undefined;
	}
};

/** Starts the AU's session with the LMS; undefined when it cannot (the problem says why). */
export async function startCmi5(win: Window, page: LmsPageData, problem: Problem): Promise<Reporter | undefined> {
	const launch = parseCmi5Launch(win.location.href);
	if (!launch) {
		problem('The address your LMS opened this module with is incomplete, so your result cannot be recorded. The quiz still works here.');
		return undefined;
	}
	// The fetch URL is new for each launch (it is one-time), and the same when the page reloads.
	const key = `crosstrain:cmi5:${launch.fetch}`;
	let storage: Storage | undefined;
	try {
		storage = win.sessionStorage;
	} catch {
		storage = undefined;
	}
	let stored = readStored(storage, key);
	const persist = () => {
		try {
			storage?.setItem(key, JSON.stringify(stored));
		} catch {
			// Without sessionStorage a reload cannot resume; everything else works.
		}
	};
	const ended = () =>
		problem('This session with your LMS has ended (the page was closed or reloaded). The quiz still works here, but to record more, open the module from your LMS again.');
	if (stored?.sent.includes('terminated')) {
		ended();
		return undefined;
	}

	if (!stored) {
		// The fetch URL answers once (§8.2.3): keep the token before anything else can fail.
		let body: { 'auth-token'?: string; 'error-code'?: string; 'error-text'?: string };
		try {
			body = await (await win.fetch(launch.fetch, { method: 'POST' })).json();
		} catch {
			body = {};
		}
		if (typeof body['auth-token'] !== 'string') {
			problem(
				`Your LMS did not let this module record your results${body['error-text'] ? ` (“${body['error-text']}”)` : ''}. The quiz still works here; to record it, open the module from your LMS again.`,
			);
			return undefined;
		}
		stored = { token: body['auth-token'], startedAt: Date.now(), sent: [] };
		persist();
	}
	const session = stored;

	const request = async (path: string, init: RequestInit = {}, params: Record<string, string> = {}): Promise<Response> => {
		const url = new URL(path, launch.endpoint);
		for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
		return win.fetch(url, {
			...init,
			headers: { Authorization: `Basic ${session.token}`, 'X-Experience-API-Version': XAPI_VERSION, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
		});
	};
	const stateParams = (stateId: string) => ({ stateId, activityId: launch.activityId, agent: JSON.stringify(launch.actor), registration: launch.registration });
	const tellFailed = (what: string, status?: number) =>
		problem(`Your LMS did not accept ${what}${status ? ` (HTTP ${status})` : ''}, so it may not have been recorded. Your answers still count here.`);

	let launchData: LaunchData;
	try {
		const response = await request('activities/state', {}, stateParams('LMS.LaunchData'));
		if (!response.ok) throw new Error(String(response.status));
		launchData = (await response.json()) as LaunchData;
		if (typeof launchData?.contextTemplate !== 'object') throw new Error('no contextTemplate');
	} catch {
		problem('Your LMS did not send this module its launch settings, so your result cannot be recorded. The quiz still works here; open the module from your LMS again.');
		return undefined;
	}
	// Read on every start as §11 asks; Crosstrain is English-only and has no audio, so nothing changes.
	await request('agents/profile', {}, { agent: JSON.stringify(launch.actor), profileId: 'cmi5LearnerPreferences' }).catch(() => undefined);
	let kept: ProgressDocument = { progress: '' };
	try {
		const response = await request('activities/state', {}, stateParams(STATE_ID));
		if (response.ok) kept = { ...kept, ...((await response.json()) as ProgressDocument) };
	} catch {
		// No saved progress: a first launch.
	}

	const normal = launchData.launchMode === 'Normal';
	const facts = () => ({ launch, launchData, at: new Date() });
	const elapsed = () => Date.now() - session.startedAt;

	// Statements go one request at a time, in order; what is waiting when the page goes away leaves with the last one.
	let outbox: Statement[] = [];
	let sending = false;
	let flight: Promise<void> = Promise.resolve();
	const post = (statements: Statement[], keepalive = false) =>
		request('statements', { method: 'POST', body: JSON.stringify(statements), keepalive }).then(
			(response) => {
				if (!response.ok) tellFailed('a result', response.status);
			},
			() => tellFailed('a result'),
		);
	const pump = async () => {
		if (sending) return;
		sending = true;
		while (outbox.length > 0) {
			const batch = outbox;
			outbox = [];
			await post(batch);
		}
		sending = false;
	};
	const send = (...statements: Statement[]) => {
		outbox.push(...statements);
		if (!sending) flight = pump();
	};
	const sendDefined = (verb: Cmi5Verb, extra: Parameters<typeof definedStatement>[2] = {}) => {
		session.sent.push(verb);
		persist();
		send(definedStatement(verb, facts(), extra));
	};
	const saveState = (progress: { progress: string }, keepalive = false) =>
		request('activities/state', { method: 'PUT', body: JSON.stringify({ ...kept, ...progress }), keepalive }, stateParams(STATE_ID)).then(
			(response) => {
				if (!response.ok) tellFailed('your progress', response.status);
			},
			() => tellFailed('your progress'),
		);

	if (!session.sent.includes('initialized')) {
		sendDefined('initialized');
		await flight;
	}

	let heldFail: { scaled: number; percent: number } | undefined;
	const judged = () => session.sent.includes('passed') || session.sent.includes('failed');

	return {
		standard: 'cmi5',
		mode: normal ? 'normal' : launchData.launchMode === 'Browse' ? 'browse' : 'review',
		masteryPercent: typeof launchData.masteryScore === 'number' ? Math.round(launchData.masteryScore * 1e6) / 1e4 : undefined,
		learnerName: launch.actor.name,
		saved: typeof kept.progress === 'string' ? kept.progress : '',
		start() {},
		checked(detail, progress) {
			if (!normal) return;
			for (const question of detail.questions) {
				send(answeredStatement(toAnswer(page, question), page.questions[question.id]?.options ?? [], `${page.moduleUrl}questions/${question.id}`, facts()));
			}
			const score = { scaled: exactScore(detail), percent: detail.score };
			if (detail.passed && !kept.passed && !judged()) {
				heldFail = undefined;
				sendDefined('passed', { score, durationMs: elapsed() });
				kept.passed = true;
				if (!kept.completed) {
					sendDefined('completed', { durationMs: elapsed() });
					kept.completed = true;
				}
			} else if (!detail.passed && !kept.passed && (!heldFail || score.scaled > heldFail.scaled)) {
				heldFail = score;
			}
			void saveState({ progress: progress.encoded });
		},
		save(progress) {
			if (normal && progress) void saveState({ progress: progress.encoded }, true);
		},
		finish(progress, leaving) {
			const last: Statement[] = [];
			if (normal && heldFail && !kept.passed && !judged()) {
				session.sent.push('failed');
				last.push(definedStatement('failed', facts(), { score: heldFail, durationMs: elapsed() }));
			}
			session.sent.push('terminated');
			persist();
			last.push(definedStatement('terminated', facts(), { durationMs: elapsed() }));
			if (normal && progress) void saveState({ progress: progress.encoded }, true);
			// Whatever is still waiting leaves with terminated, in one request that outlives the page.
			const final = () => {
				const batch = [...outbox, ...last];
				outbox = [];
				return post(JSON.stringify(batch).length > KEEPALIVE_LIMIT ? last : batch, true);
			};
			const done = leaving || !sending ? final() : flight.then(final);
			if (!leaving && launchData.returnURL) {
				const returnURL = launchData.returnURL;
				void done.finally(() => win.location.assign(returnURL));
			}
		},
	};
}
