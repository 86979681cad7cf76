/**
 * A test LMS for SCORM packages: a page that installs scorm-again's Scorm12API or
 * Scorm2004API as window.API / window.API_1484_11, with the data a real LMS would hand a
 * relaunch, and opens the unzipped SCO in a frame, served under /lms/content/<id>/ as an
 * LMS serves it. It logs every call the SCO makes and has a "Close the module" button that
 * removes the frame, as an LMS player does when the learner leaves.
 */
import { readFileSync } from 'node:fs';
import { send, startServer, readPackage, type TestServer } from './test-server.ts';

export interface ScormLaunch {
	version: '1.2' | '2004';
	/** The package's zip, and the SCO's launch file inside it. */
	zip: string;
	href: string;
	/** What the LMS kept from earlier sessions, or sets for this one (scorm-again's loadFromJSON). */
	cmi?: Record<string, unknown>;
	/** Serve the SCO from another origin than the host page. */
	crossOrigin?: boolean;
	/** Install an API whose every call throws. */
	throwing?: boolean;
}

export interface ScormHost extends TestServer {
	/** The host page's URL for a launch. */
	launch(launch: ScormLaunch): string;
}

const scormAgain = (file: string) => readFileSync(new URL(`../../node_modules/scorm-again/dist/${file}`, import.meta.url));

const HOST_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Test LMS</title>
<style>body{font-family:sans-serif;margin:0} header{padding:.5rem 1rem;background:#223;color:#fff;display:flex;gap:1rem;align-items:center} iframe{border:0;width:100%;height:calc(100vh - 3.5rem)}</style>
</head>
<body>
<header><strong>Test LMS</strong><button type="button" id="close">Close the module</button></header>
<iframe title="Course module"></iframe>
<script src="/scorm-again/scorm12.min.js"></script>
<script src="/scorm-again/scorm2004.min.js"></script>
<script type="module">
	const launch = await (await fetch('/lms/launch/' + new URLSearchParams(location.search).get('id'))).json();
	window.lmsCalls = [];
	if (launch.throwing) {
		const fail = () => { throw new Error('the LMS is down'); };
		window.API = Object.fromEntries(['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'].map((name) => [name, fail]));
	} else {
		const api = launch.version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
		if (launch.cmi) api.loadFromJSON(launch.cmi);
		const names = launch.version === '1.2' ? ['LMSInitialize', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'Commit', 'Terminate'];
		for (const name of names) api.on(name, () => window.lmsCalls.push(name));
		api.on((launch.version === '1.2' ? 'LMSSetValue' : 'SetValue') + '.cmi.*', (element, value) => window.lmsCalls.push('set ' + element + '=' + value));
		window[launch.version === '1.2' ? 'API' : 'API_1484_11'] = api;
		window.lmsRecord = () => api.renderCMIToJSONObject();
	}
	const frame = document.querySelector('iframe');
	frame.src = launch.scoUrl;
	document.querySelector('#close').addEventListener('click', () => frame.remove());
</script>
</body>
</html>`;

export async function startScormHost(): Promise<ScormHost> {
	const launches = new Map<string, ScormLaunch & { scoUrl: string }>();
	const packages = new Map<string, Record<string, Uint8Array>>();
	let server: TestServer;
	server = await startServer((_request, response, url) => {
		if (url.pathname === '/lms/player.html') return send(response, 'player.html', HOST_PAGE);
		if (url.pathname === '/scorm-again/scorm12.min.js') return send(response, 'x.js', scormAgain('scorm12.min.js'));
		if (url.pathname === '/scorm-again/scorm2004.min.js') return send(response, 'x.js', scormAgain('scorm2004.min.js'));
		const launch = /^\/lms\/launch\/(\d+)$/.exec(url.pathname);
		if (launch) return send(response, 'x.json', JSON.stringify(launches.get(launch[1]!)));
		const content = /^\/lms\/content\/(\d+)\/(.+)$/.exec(url.pathname);
		const file = content && packages.get(content[1]!)?.[decodeURIComponent(content[2]!)];
		if (file) return send(response, content![2]!, file);
		return false;
	});
	return {
		...server,
		launch(launch) {
			const id = String(100 + launches.size);
			packages.set(id, readPackage(launch.zip));
			const scoUrl = `${launch.crossOrigin ? server.otherOrigin : server.origin}/lms/content/${id}/${launch.href}`;
			launches.set(id, { ...launch, scoUrl });
			return `${server.origin}/lms/player.html?id=${id}`;
		},
	};
}
