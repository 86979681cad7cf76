/**
 * Finding the LMS's SCORM API and talking to it without ever throwing. The API is an
 * object the LMS puts on a window above the SCO's frame, or on the window that opened
 * it: `API` for SCORM 1.2, `API_1484_11` for SCORM 2004. The search follows Rustici's
 * discovery algorithm: up the parents, then the opener and its parents, every hop in
 * try/catch, because touching a frame from another origin throws a SecurityError.
 */

export type ScormVersion = '1.2' | '2004';

export type Discovery =
	| { found: true; version: ScormVersion; api: Record<string, unknown> }
	| { found: false; /** A window on the way belonged to another origin. */ blocked: boolean };

const OBJECT_NAMES: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

/** The most windows to climb, as in Rustici's algorithm. */
const MAX_HOPS = 500;

/** Looks for the API of the first of `versions` that a window above `start` (or above its opener) holds, nearest first. */
export function findScormApi(start: Window, versions: readonly ScormVersion[]): Discovery {
	let blocked = false;
	const lookIn = (win: Window): Discovery | undefined => {
		try {
			for (const version of versions) {
				const api = (win as unknown as Record<string, Record<string, unknown> | undefined>)[OBJECT_NAMES[version]];
				if (typeof api?.[version === '1.2' ? 'LMSInitialize' : 'Initialize'] === 'function') return { found: true, version, api: api! };
			}
		} catch {
			// Another origin's window: its properties are closed, but its parent can still be reached.
			blocked = true;
		}
		return undefined;
	};
	const climb = (from: () => Window | null): Discovery | undefined => {
		try {
			let win = from();
			for (let hop = 0; win && hop <= MAX_HOPS; hop++, win = win.parent === win ? null : win.parent) {
				const found = lookIn(win);
				if (found) return found;
			}
		} catch {
			blocked = true;
		}
		return undefined;
	};
	return climb(() => start) ?? climb(() => start.opener as Window | null) ?? { found: false, blocked };
}

/** What went wrong in a call: the LMS's own error code and words. */
export interface ScormError {
	call: string;
	code: string;
	message: string;
}

/** One SCORM API, of either version, behind calls that never throw; failures go to `onError`. */
export interface ScormRuntime {
	initialize(): boolean;
	terminate(): boolean;
	commit(): boolean;
	/** A value from the data model; "" when the LMS has none or the call failed. */
	get(element: string): string;
	/** Sets each value in order; returns whether every one was accepted. */
	set(values: readonly (readonly [string, string])[]): boolean;
}

export function scormRuntime(version: ScormVersion, api: Record<string, unknown>, onError: (error: ScormError) => void): ScormRuntime {
	const prefix = version === '1.2' ? 'LMS' : '';
	const call = (name: string, ...args: string[]): string | undefined => {
		const fn = `${prefix}${name}`;
		try {
			return String((api[fn] as (...values: string[]) => unknown).apply(api, args) ?? '');
		} catch (error) {
			onError({ call: `${fn}(${args[0] ?? ''})`, code: 'exception', message: String((error as Error)?.message ?? error) });
			return undefined;
		}
	};
	/** Calls a function that answers "true" or "false", and reports a "false" with the LMS's error. */
	const act = (name: string, ...args: string[]): boolean => {
		const result = call(name, ...args);
		if (result === 'true') return true;
		if (result !== undefined) {
			const code = call('GetLastError') ?? '';
			onError({ call: `${prefix}${name}(${args[0] ?? ''})`, code: code || 'unknown', message: (code && call('GetErrorString', code)) || '' });
		}
		return false;
	};
	return {
		initialize: () => act('Initialize', ''),
		// SCORM 1.2 names it LMSFinish; 2004 Terminate.
		terminate: () => act(version === '1.2' ? 'Finish' : 'Terminate', ''),
		commit: () => act('Commit', ''),
		get: (element) => call('GetValue', element) ?? '',
		set: (values) => values.reduce((ok, [element, value]) => act('SetValue', element, value) && ok, true),
	};
}
