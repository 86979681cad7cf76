// Crosstrain's service worker: keeps the course readable offline.
// The build prepends `const VERSION = "…"; const PRECACHE = […];` (see src/integrations/offline-cache.ts).
//
// - Install: cache the shell (home, glossary, search and its index, progress, the offline page)
//   and every hashed asset, under a cache named for this build.
// - Pages: network first, so a new deployment is seen at once; the cached copy when the
//   network fails or takes longer than three seconds; the offline page for pages never visited.
// - Hashed assets (/_astro/): cache first; their names change whenever their content does.
// - A new build's worker waits until every tab of the old one is closed before it takes over
//   (no skipWaiting, no clients.claim), so no page is ever served half old and half new.

const CACHE = `crosstrain-${VERSION}`;
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith('crosstrain-') && name !== CACHE).map((name) => caches.delete(name)))),
	);
});

function fromNetwork(request, cache) {
	const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('slow network')), NETWORK_TIMEOUT_MS));
	const fetched = fetch(request).then((response) => {
		if (response.ok) cache.put(request, response.clone());
		return response;
	});
	return Promise.race([fetched, timeout]);
}

async function networkFirst(request) {
	const cache = await caches.open(CACHE);
	try {
		return await fromNetwork(request, cache);
	} catch {
		const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
		if (cached) return cached;
		if (request.mode === 'navigate') return (await cache.match('/offline/', { ignoreVary: true })) ?? Response.error();
		return Response.error();
	}
}

async function cacheFirst(request) {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request, { ignoreVary: true });
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) cache.put(request, response.clone());
	return response;
}

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
	event.respondWith(url.pathname.startsWith('/_astro/') ? cacheFirst(event.request) : networkFirst(event.request));
});
