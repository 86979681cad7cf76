/**
 * Ties a module page to the LMS that launched it. It finds the standard's API (cmi5
 * launch parameters, or a SCORM API in a window above), gives the page a progress store
 * over memory seeded from what the LMS kept, reports every quiz check, saves when the
 * page is hidden, and finishes once: on the Finish button or when the page goes away.
 * Outside an LMS it leaves the page alone, and progress stays in the browser as on the
 * site. Nothing here throws: a broken LMS costs the report, never the quiz.
 */
import { getProgressStore, useProgressStorage } from '../progress-store.ts';
import { QUIZ_CHECKED_EVENT, type QuizCheckedDetail } from '../quiz.ts';
import { MemoryStorage } from './memory-storage.ts';
import { readPageData, type LmsPageData } from './page-data.ts';
import type { Kept, Reporter } from './reporter.ts';
import { findScormApi, type ScormVersion } from './scorm-api.ts';
import { startScorm } from './scorm-reporter.ts';
import { decodeSuspendData, encodeSuspendData } from './suspend-data.ts';

/** What the learner is told about the LMS connection. */
export interface SessionView {
	state: 'connecting' | 'connected' | 'standalone' | 'unreachable' | 'finished';
	/** The standard and the launch, once connected. */
	reporter?: Reporter;
	/** The latest thing that went wrong, in words. */
	problem?: string;
}

export interface LmsSession {
	view(): SessionView;
	/** Calls `listener` after every change of the view. */
	onChange(listener: (view: SessionView) => void): void;
	/** Ends the session with the LMS, once; the Finish button calls it. */
	finish(): void;
}

const SCORM_VERSIONS: Record<LmsPageData['standard'], ScormVersion[]> = { scorm12: ['1.2'], scorm2004: ['2004'], cmi5: [], auto: ['2004', '1.2'] };

/** Starts the page's LMS session. */
export function startLmsSession(win: Window): LmsSession {
	let view: SessionView = { state: 'connecting' };
	let listener = (_: SessionView) => {};
	const update = (change: Partial<SessionView>) => listener((view = { ...view, ...change }));
	const problem = (message: string) => update({ problem: message });
	const page = readPageData(win.document);
	const session: LmsSession = { view: () => view, onChange: (next) => void (listener = next), finish: () => finish(false) };
	const progress = (): Kept | undefined => {
		const record = page && getProgressStore().read().modules[page.module];
		return record && { record, encoded: encodeSuspendData(page.module, record).text };
	};
	let reporter: Reporter | undefined;
	const early: QuizCheckedDetail[] = [];

	/** Reports a check; adapters never throw, but an adapter bug must not cost the learner the page. */
	const guard = (action: () => void) => {
		try {
			action();
		} catch {
			problem('Your result could not be sent to your LMS. Your answers still count here.');
		}
	};
	const report = (detail: QuizCheckedDetail) => {
		const current = progress();
		if (current) guard(() => reporter?.checked(detail, current));
	};
	const finish = (leaving: boolean) => {
		if (view.state !== 'connected') return;
		update({ state: 'finished' });
		guard(() => reporter!.finish(progress(), leaving));
	};
	const connect = (connected: Reporter | undefined) => {
		if (!connected || !page) return update({ state: 'unreachable' });
		reporter = connected;
		const decoded = decodeSuspendData(connected.saved, page.module);
		if (!decoded.ok) problem(decoded.message);
		else if (decoded.record) getProgressStore().importRecord(decoded.record);
		if (connected.masteryPercent !== undefined) {
			for (const quiz of win.document.querySelectorAll<HTMLElement>(`ct-quiz[data-module="${page.module}"]`)) quiz.dataset.passMark = String(connected.masteryPercent);
		}
		guard(() => connected.start(progress()));
		update({ state: 'connected', reporter: connected });
		early.splice(0).forEach(report);
	};

	if (!page) {
		update({ state: 'standalone' });
		return session;
	}
	// A cmi5 LMS launches with these in the query string (cmi5 §8.1); the client that reads them loads only then.
	const query = new URL(win.location.href).searchParams;
	const cmi5 = (page.standard === 'cmi5' || page.standard === 'auto') && ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((name) => query.has(name));
	const scorm = cmi5 ? undefined : findScormApi(win, SCORM_VERSIONS[page.standard]);
	if (scorm && !scorm.found) {
		// In a frame from another origin the page cannot reach an LMS that is likely there: keep nothing in this browser.
		if (scorm.blocked) useProgressStorage(new MemoryStorage());
		update({ state: scorm.blocked ? 'unreachable' : 'standalone' });
		return session;
	}
	// From here on progress lives in the LMS: nothing goes to this origin's localStorage, where the next learner would see it.
	useProgressStorage(new MemoryStorage());
	if (scorm?.found) {
		guard(() => connect(startScorm(scorm.version, scorm.api, page, problem)));
	} else {
		import('./cmi5-client.ts').then(({ startCmi5 }) => startCmi5(win, page, problem)).then(connect, () => connect(undefined));
	}

	win.document.addEventListener(QUIZ_CHECKED_EVENT, (event) => {
		const detail = (event as CustomEvent<QuizCheckedDetail>).detail;
		if (detail?.module !== page.module) return;
		if (view.state === 'connecting') early.push(detail);
		else if (view.state === 'connected') report(detail);
		else if (view.state === 'finished') problem('You finished this session, so this result was not sent to your LMS. To record it, open the module from your LMS again.');
	});
	win.document.addEventListener('visibilitychange', () => {
		if (win.document.visibilityState === 'hidden' && view.state === 'connected') guard(() => reporter!.save(progress()));
	});
	// pagehide, not unload: LMS frames may forbid unload handlers, and pagehide also fires when the page goes to the back/forward cache.
	win.addEventListener('pagehide', () => finish(true));
	return session;
}
