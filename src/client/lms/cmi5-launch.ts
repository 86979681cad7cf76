/**
 * Recognises a cmi5 launch from the URL alone (cmi5 §8.1: endpoint, fetch, actor,
 * registration and activityId in the query string, in any order). Small and synchronous,
 * so every module page can ask; the client that talks to the LRS loads only when this says yes.
 */

export interface Cmi5Launch {
	/** The xAPI endpoint, ending in "/". */
	endpoint: string;
	/** The one-time URL that hands out the session's authorization token. */
	fetch: string;
	/** The learner, as the xAPI Agent the LMS chose. */
	actor: { objectType?: string; name?: string; account?: { homePage: string; name: string } };
	registration: string;
	/** The LMS's id for this AU: the object of every cmi5 defined statement. */
	activityId: string;
}

/** The launch parameters, or undefined when the page was not launched by a cmi5 LMS. */
export function parseCmi5Launch(href: string): Cmi5Launch | undefined {
	let params: URLSearchParams;
	try {
		params = new URL(href).searchParams;
	} catch {
		return undefined;
	}
	const [endpoint, fetch, actor, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((name) => params.get(name) ?? '');
	if (!endpoint || !fetch || !actor || !registration || !activityId) return undefined;
	try {
		const agent = JSON.parse(actor) as Cmi5Launch['actor'];
		if (typeof agent !== 'object' || agent === null) return undefined;
		new URL(endpoint);
		new URL(fetch, href);
		return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetch, actor: agent, registration, activityId };
	} catch {
		return undefined;
	}
}
