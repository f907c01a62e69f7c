// lede's service worker: keeps the app shell and the wasm in a cache named
// after the build, so that the page loads from the cache, at once, and works
// offline. Cache first and no network on a hit: a new build changes
// pkg/build.js, the browser sees the change when it checks this worker for
// updates, installs a fresh cache and drops the old one.

importScripts('pkg/build.js'); // sets self.LEDE_BUILD
const VERSION = `lede-${self.LEDE_BUILD}`;
const SHELL = [
  './', 'index.html', 'style.css', 'manifest.webmanifest', 'icon.svg',
  'app.js', 'boot.js', 'analyzer.js', 'worker.js', 'chart.js', 'dom.js', 'entities.js', 'export.js', 'format.js',
  'highlight.js', 'import.js', 'insights.js', 'layers.js', 'panels.js',
  'pkg/lede.js', 'pkg/lede_bg.wasm',
  'samples/iran-russia-partnership.txt', 'samples/harbour-bridge-reopens.txt', 'samples/library-night-classes.txt',
  'samples/coastal-storm-web-copy.txt',
];

self.addEventListener('install', (event) => {
  // `reload`: fill the new cache from the server, not from the HTTP cache.
  const fresh = SHELL.map((path) => new Request(path, { cache: 'reload' }));
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(fresh)).then(() => self.skipWaiting()));
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
    const cached = await caches.match(request, { cacheName: VERSION, ignoreSearch: true });
    return cached ?? fetch(request);
  })());
});
