// PeriLink's service worker. Two jobs:
//
// 1. A repeat visit downloads none of the app's own files again. Files whose
//    address never changes its answer (Trunk's hashed .js/.wasm/.css, and the
//    Fluent files asked for with the version the page names, `?v=`), and the icons
//    and manifests, are answered from `perilink-files-v1`, and fetched and kept
//    there the first time. When a new build's file arrives, the older copy of the
//    same file is deleted (and the icons and manifests, to be fetched afresh), so a
//    new build is picked up on the next visit and the cache never grows. The app tells
//    it which files its first page loaded before the worker was there
//    (app/src/app_files.rs posts {keep: [addresses]}).
//
// 2. The staff app opens with no network, from a cache the staff app fills itself
//    (app/src/offline.rs puts index.html, the hashed .js/.wasm/.css, the active
//    language's .ftl files and the icons in `perilink-shell-v1`). Pages come from
//    the network through navigation preload and from that cache only when that
//    fails; a page served from the cache gets its files from the cache too, until
//    it says it has reached the server again (offline.rs posts 'online').
//
// Everything else, and every /api/ call, goes to the network untouched: API
// answers are never cached here (the app keeps the day's registers and marks on
// the device itself). The server sends this file with a CSP that lets it fetch
// from its own origin and nothing else.
const SHELL = 'perilink-shell-v1';
const FILES = 'perilink-files-v1';
// Trunk's content hash in a file's name: `name-<12 to 16 hex digits>.ext`.
const HASH = /-[0-9a-f]{12,16}(?=(_bg)?\.[a-z]+$)/;
// Pages opened from the cache, by client id: their files come from the cache.
const offlinePages = new Set();

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([
    self.clients.claim(),
    self.registration.navigationPreload ? self.registration.navigationPreload.enable() : null,
    // An older version of this worker's files cache.
    caches.keys().then((names) => Promise.all(names
      .filter((name) => name.startsWith('perilink-files-') && name !== FILES)
      .map((name) => caches.delete(name)))),
  ]));
});

// The same file of any build: its address without the hash or the version. Each
// app keeps its files in its own folder (the mother's at the root, /visitor/,
// /staff/), so each app's newest build is kept beside the others'.
const fileOf = (url) => url.pathname.replace(HASH, '-');

// The app's files whose address carries no version: its icons and manifests.
// They are kept until a new build's file arrives, and then fetched again.
const unversioned = (url) => url.pathname.startsWith('/icons/') || url.pathname.endsWith('.webmanifest');

// Whether the answer at this address is one of the app's own files, kept.
const lasting = (url) => url.origin === self.location.origin
  && !url.pathname.startsWith('/api/')
  && (HASH.test(url.pathname) || unversioned(url)
    || (url.pathname.startsWith('/locales/') && url.searchParams.has('v')));

// The kept answer, or the network's, kept in place of any older build's copy.
async function kept(request) {
  const cache = await caches.open(FILES);
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) {
    return hit;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const url = new URL(request.url);
    const keys = await cache.keys();
    const older = keys.filter((key) => key.url !== request.url && fileOf(new URL(key.url)) === fileOf(url));
    // A new build has come: its icons and manifests may have changed too.
    const stale = older.length > 0 && HASH.test(url.pathname)
      ? keys.filter((key) => unversioned(new URL(key.url)))
      : [];
    await Promise.all([...older, ...stale].map((key) => cache.delete(key)));
  }
  return response;
}

self.addEventListener('message', (event) => {
  // A page opened from the cache says when it reaches the server again: from then
  // on its requests go to the network.
  if (event.data === 'online' && event.source) {
    offlinePages.delete(event.source.id);
  }
  // The files a page loaded before this worker controlled it.
  if (event.data && Array.isArray(event.data.keep)) {
    const files = event.data.keep
      .filter((address) => typeof address === 'string')
      .map((address) => new URL(address, self.location.origin))
      .filter(lasting);
    event.waitUntil(Promise.all(files.map((url) => kept(new Request(url.href)).catch(() => null))));
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
    return;
  }
  if (lasting(url)) {
    event.respondWith(kept(request));
  }
});
