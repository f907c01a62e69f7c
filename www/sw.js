// lede's service worker: keeps the app shell and the wasm in a versioned
// cache so that the page works offline. Cache first, updated from the
// network in the background (a new build shows on the next load).

const VERSION = 'lede-shell-v2';
const SHELL = [
  './', 'index.html', 'style.css', 'manifest.webmanifest', 'icon.svg',
  'app.js', 'boot.js', 'analyzer.js', 'worker.js', 'chart.js', 'dom.js', 'entities.js', 'export.js', 'format.js',
  'highlight.js', 'import.js', 'insights.js', 'layers.js', 'panels.js',
  'pkg/lede.js', 'pkg/lede_bg.wasm',
  'samples/iran-russia-partnership.txt', 'samples/harbour-bridge-reopens.txt', 'samples/library-night-classes.txt',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== VERSION) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(VERSION);
    const cached = await cache.match(request, { ignoreSearch: true });
    const fresh = fetch(request).then((response) => {
      if (response.ok) cache.put(request, response.clone()).catch(() => {});
      return response;
    });
    if (cached) {
      event.waitUntil(fresh.catch(() => {})); // refresh the cache for next time
      return cached;
    }
    return fresh;
  })());
});
