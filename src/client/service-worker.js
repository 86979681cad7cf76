// Crosstrain's service worker: keeps the course readable offline.
// The build prepends `const VERSION = "…"; const PRECACHE = […]; const PAGES = […];`
// (see src/integrations/offline-cache.ts).
//
// - Install: cache the shell (home, glossary, search and its index, progress, the offline page)
//   and every hashed asset, under a cache named for this build, fetched past the browser's HTTP
//   cache so that a new deployment never fills its cache with the previous one's files.
// - Pages are kept under their path alone. A query string (a name in an old onboarding link,
//   a search, a glossary filter, a mail tracker's tag) never reaches Cache Storage, and the
//   cache never holds more than this build's pages and files.
// - Pages: network first, so a new deployment is seen at once. When the network is slow (three
//   seconds), the cached copy if there is one; a page never visited waits for the network, and
//   gets the offline page only when the network has actually failed.
// - Hashed assets (/_astro/): cache first; their names change whenever their content does.
// - A new build's worker waits until every tab of the old one is closed before it takes over
//   (no skipWaiting, no clients.claim), so no page is ever served half old and half new.

const CACHE = `crosstrain-${VERSION}`;
const NETWORK_TIMEOUT_MS = 3000;
const SLOW = Symbol('slow network');
const SHELL = new Set(PRECACHE);
/** The paths this worker may keep: nothing outside the build it came with. */
const KEEPABLE = new Set([...PRECACHE, ...PAGES]);

self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith('crosstrain-') && name !== CACHE).map((name) => caches.delete(name)))),
	);
});

/**
 * Stores a copy of a response under its path. When storage is full, it forgets visited pages,
 * oldest first (never the shell), until the copy fits. Any failure costs only offline use of
 * this page, so it is never thrown.
 */
async function keep(path, response) {
	const retry = response.clone();
	try {
		const cache = await caches.open(CACHE);
		try {
			await cache.put(path, response);
			return;
		} catch (error) {
			if (error?.name !== 'QuotaExceededError') return;
		}
		for (const request of await cache.keys()) {
			if (SHELL.has(new URL(request.url).pathname)) continue;
			await cache.delete(request);
			try {
				await cache.put(path, retry.clone());
				return;
			} catch (error) {
				if (error?.name !== 'QuotaExceededError') return;
			}
		}
	} catch {
		// Cache Storage is unavailable or still full: the page works online all the same.
	}
}

/** Fetches from the network and keeps a copy of a good answer; the event lives until both are done. */
function fromNetwork(event, path) {
	const network = fetch(event.request).then((response) => {
		// Copy before the page can read the body.
		if (response.ok && KEEPABLE.has(path)) event.waitUntil(keep(path, response.clone()));
		return response;
	});
	// The page may get a cached copy first; the worker still waits for the network's answer.
	event.waitUntil(network.then(
		() => undefined,
		() => undefined,
	));
	return network;
}

async function cached(path) {
	return (await caches.open(CACHE)).match(path, { ignoreVary: true });
}

async function networkFirst(event, path) {
	const network = fromNetwork(event, path);
	let timer;
	const slow = new Promise((resolve) => {
		timer = setTimeout(() => resolve(SLOW), NETWORK_TIMEOUT_MS);
	});
	try {
		const first = await Promise.race([network, slow]);
		if (first !== SLOW) return first;
		// Slow but maybe working: the cached copy now, else wait for the network as long as it takes.
		return (await cached(path)) ?? (await network);
	} catch {
		const copy = await cached(path);
		if (copy) return copy;
		if (event.request.mode === 'navigate') return (await cached('/offline/')) ?? Response.error();
		return Response.error();
	} finally {
		clearTimeout(timer);
	}
}

async function cacheFirst(event, path) {
	return (await cached(path)) ?? fromNetwork(event, path);
}

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
	// Every page and file is the same whatever its query string, so the path is the cache key.
	const path = url.pathname;
	event.respondWith(path.startsWith('/_astro/') ? cacheFirst(event, path) : networkFirst(event, path));
});
