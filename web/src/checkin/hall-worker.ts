/**
 * Registers the service worker of the hall's screen (web/public/don-tiep-sw.js, scope
 * /hoi-nghi/) and gives it the files this page loaded, so that the page opens again after
 * a reload without network (the QR reader's chunk included, fetched once the worker is ready). Does nothing where service workers are not available (plain
 * http other than localhost, private modes).
 */
export const HALL_WORKER_URL = '/don-tiep-sw.js';
export const HALL_WORKER_SCOPE = '/hoi-nghi/';

/** The app's files this page uses: its scripts and styles (the lazy chunks loaded so far included). */
const loadedFiles = (): string[] => {
  const urls = new Set<string>();
  for (const entry of performance.getEntriesByType('resource')) urls.add(entry.name);
  for (const element of document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]')) {
    urls.add('src' in element && element.src ? element.src : (element as HTMLLinkElement).href);
  }
  return [...urls].filter((url) => {
    try {
      const parsed = new URL(url);
      return parsed.origin === location.origin && parsed.pathname.startsWith('/assets/');
    } catch {
      return false;
    }
  });
};

export const registerHallWorker = (): void => {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker
    .register(HALL_WORKER_URL, { scope: HALL_WORKER_SCOPE })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      registration.active?.postMessage({ type: 'keep', page: location.pathname, urls: loadedFiles() });
      // The QR reader is loaded when scanning starts; fetched now, in the background, the worker
      // keeps it too, so that scanning works after a reload without network.
      return import('./qr-scanner.js');
    })
    .catch(() => undefined);
};
