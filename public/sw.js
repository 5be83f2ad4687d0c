// PeriLink's service worker: opens the app with no network, from a cache the app
// fills itself (app/src/offline.rs puts index.html, the hashed .js/.wasm/.css, the
// active language's .ftl files and the icons in `perilink-shell-v1`).
//
// It never fetches anything: the server sends this file with a CSP of
// `default-src 'none'`, which forbids it, and that suits it. Pages come from the
// network through navigation preload and from the cache only when that fails; a
// page served from the cache gets its files from the cache too, until it says it
// has reached the server again (app/src/offline.rs posts 'online'). Everything else,
// and every /api/ call, goes to the network untouched: API answers are never cached
// here (the app keeps the day's registers and marks on the device itself).
const SHELL = 'perilink-shell-v1';
// Pages opened from the cache, by client id: their files come from the cache.
const offlinePages = new Set();

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([
    self.clients.claim(),
    self.registration.navigationPreload ? self.registration.navigationPreload.enable() : null,
  ]));
});

// A page opened from the cache says when it reaches the server again: from then
// on its requests go to the network.
self.addEventListener('message', (event) => {
  if (event.data === 'online' && event.source) {
    offlinePages.delete(event.source.id);
  }
});

const fromCache = (path) => caches.match(path, { cacheName: SHELL });

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  if (request.mode === 'navigate') {
    const preload = self.registration.navigationPreload;
    if (!preload && self.navigator.onLine) {
      return;
    }
    event.respondWith((async () => {
      let network = null;
      try {
        network = preload ? await event.preloadResponse : null;
      } catch (_) {
        network = null;
      }
      if (network && network.status < 500) {
        return network;
      }
      const cached = await fromCache('/index.html');
      if (!cached) {
        return network || Response.error();
      }
      if (event.resultingClientId) {
        offlinePages.add(event.resultingClientId);
      }
      return cached;
    })());
    return;
  }
  if (offlinePages.has(event.clientId)) {
    event.respondWith(fromCache(url.pathname).then((cached) => cached || Response.error()));
  }
});
