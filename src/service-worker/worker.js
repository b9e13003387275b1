// The site's service worker. scripts/build/service-worker.ts writes it to <out>/sw.js after the
// Pagefind step, with the three constants it needs put first:
//   VERSION  a hash of every file the site ships (scripts/build/offline-files.ts): a new deploy is
//            a new worker with a new cache, "atlas-<VERSION>", and never a mix of two;
//   BASE     the base path the site lives under ("/" or "/atlas/"): the worker's scope;
//   SHELL    the paths (under BASE) precached at install.
// Strategies: the shell, <BASE>offline.json and content-hashed files (Astro's _astro/, Pagefind's
// chunks) from the cache first; pages from the network first, kept for offline, and from the
// cache when the network fails (a page never saved: the offline page). A waiting worker takes
// over only when the reader asks ("New version: reload"), then the old cache is deleted.
// Installing carries the reader's saved pages over: those unchanged are copied from the old
// cache, the changed ones fetched again, so what was available offline stays available.
/* global VERSION, BASE, SHELL */
const CACHE = `atlas-${VERSION}`;
const SHELL_SET = new Set(SHELL);
const HASHED = /^(?:_astro\/|pagefind\/(?:index|fragment|filter)\/)|\.pf_meta$/;
const LIST = 'offline.json';

const fresh = (path) => new Request(BASE + path, { cache: 'no-cache' });

/** The saved files of the previous version that this one still has: copied when unchanged, fetched again when changed. */
async function carryOver(cache, list) {
  const hashes = new Map(list.files.map((f) => [f.path, f.hash]));
  for (const name of await caches.keys()) {
    if (!name.startsWith('atlas-') || name === CACHE) continue;
    const old = await caches.open(name);
    const oldList = await old.match(BASE + LIST).then((r) => (r ? r.json() : { files: [] }), () => ({ files: [] }));
    const oldHashes = new Map(oldList.files.map((f) => [f.path, f.hash]));
    const jobs = (await old.keys()).map(async (req) => {
      const path = new URL(req.url).pathname.slice(BASE.length);
      const hash = hashes.get(path);
      if (!hash) return; // a shell file (already fetched) or gone from the site
      if (oldHashes.get(path) === hash) await cache.put(req, await old.match(req));
      else await cache.add(fresh(path)).catch(() => {}); // changed: one not fetched is simply not saved
    });
    await Promise.all(jobs);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const res = await fetch(fresh(LIST));
      const list = await res.clone().json();
      // A deploy half uploaded (or newer than this worker) is not installed: the next check retries.
      if (list.version !== VERSION) throw new Error(`offline.json is version ${list.version}, not ${VERSION}`);
      await cache.addAll(SHELL.map(fresh));
      await cache.put(BASE + LIST, res);
      await carryOver(cache, list);
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('atlas-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** The cached response for `path` (a page also without its trailing slash), any query ignored. */
async function cached(cache, path) {
  const hit = await cache.match(BASE + path, { ignoreSearch: true });
  if (hit || path === '' || path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)) return hit;
  return cache.match(`${BASE}${path}/`, { ignoreSearch: true });
}

async function cacheFirst(event, path) {
  const cache = await caches.open(CACHE);
  const hit = await cached(cache, path);
  if (hit) return hit;
  const res = await fetch(event.request);
  if (res.ok && !res.redirected && HASHED.test(path)) await cache.put(BASE + path, res.clone());
  return res;
}

async function networkFirst(event, path) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(event.request);
    // Kept under its address without the query; a redirect is not a page.
    if (res.ok && !res.redirected && res.type === 'basic') await cache.put(BASE + path, res.clone());
    return res;
  } catch (error) {
    const hit = await cached(cache, path);
    if (hit) return hit;
    if (event.request.mode === 'navigate') {
      const offline = await cache.match(`${BASE}offline/`);
      if (offline) return offline;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const path = url.pathname.slice(BASE.length);
  if (path === 'sw.js') return; // the browser's update check, and the page's "am I online" probe
  if (req.headers.has('x-atlas-save')) return; // "Make available offline" stores these itself, in batches
  // The shell and the list are this version's; Pagefind asks for its entry file with ?ts=<build>.
  if (SHELL_SET.has(path) || path === LIST || HASHED.test(path)) event.respondWith(cacheFirst(event, path));
  else event.respondWith(networkFirst(event, path));
});
