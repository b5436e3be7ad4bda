/*
 * Service worker of the hall's check-in screen (/hoi-nghi/…/don-tiep): keeps the app's
 * page and its files on the device so that the screen opens again after a reload without
 * network; check-ins made meanwhile wait in the offline queue (localStorage) and are sent
 * when the link returns. Scope /hoi-nghi/. The API is never cached: it always goes to the
 * network. Pages: network first (4 s), then the copy of the check-in page. Files under
 * /assets/ (hashed names, immutable): the copy first. The page sends the list of its files
 * ({type: 'keep'}) once the worker is active, because the first visit is not yet
 * controlled by it.
 */
const CACHE = 'diemcau-hall-v1';
const SHELL = '/__diemcau-hall-shell';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('diemcau-hall-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

const sameOrigin = (url) => url.origin === self.location.origin;

const keep = async (urls) => {
  const cache = await caches.open(CACHE);
  const wanted = new Set();
  for (const text of urls) {
    const url = new URL(text, self.location.origin);
    if (!sameOrigin(url) || url.pathname.startsWith('/api/')) continue;
    wanted.add(url.href);
    if (await cache.match(url.href)) continue;
    try {
      const response = await fetch(url.href, { credentials: 'same-origin' });
      if (response.ok) await cache.put(url.href, response);
    } catch {
      /* offline now: kept when next seen */
    }
  }
  // Files of older builds go.
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/assets/') && !wanted.has(url.href)) await cache.delete(request);
  }
};

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      if (typeof data.page === 'string') {
        try {
          const response = await fetch(data.page, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
          if (response.ok) await (await caches.open(CACHE)).put(SHELL, response);
        } catch {
          /* offline: the copy stays as it was */
        }
      }
      await keep(data.urls);
    })(),
  );
});

const withTimeout = (promise, ms) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!sameOrigin(url) || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const response = await withTimeout(fetch(request), 4000);
          // The check-in screen's own page only: the phone pages and the whole app are two builds
          // (vite.config.ts), and the files kept are the check-in screen's.
          if (response.ok && url.pathname.endsWith('/don-tiep')) await (await caches.open(CACHE)).put(SHELL, response.clone());
          return response;
        } catch (error) {
          const copy = await caches.match(SHELL);
          if (copy) return copy;
          throw error;
        }
      })(),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      (async () => {
        const copy = await caches.match(request);
        if (copy) return copy;
        const response = await fetch(request);
        if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
        return response;
      })(),
    );
  }
});
