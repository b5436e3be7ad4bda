/**
 * The pages a delegate or a hall opens from a link, and what each needs before it can show
 * anything: its own chunk, the chunks it imports and their stylesheets, found in the build's
 * manifest (dist/web/.vite/manifest.json). The server names them in the index.html it sends
 * for that address, so the browser fetches them beside the app's entry instead of after it
 * (on a 400 ms link that is one round trip and the entry's download saved). It also names the
 * page's first API reads (GET /auth/me and the page's own data) as `preload as=fetch`, so they
 * are on their way with the HTML instead of starting once the scripts have run; the app's
 * fetch of the same address (same-origin credentials, no extra header: web/src/api/client.ts)
 * then takes the preloaded answer. Only the address's own ids go into the page, and only when
 * they look like ids; the answers themselves are never in the HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const API = '/api/v1';
const live = (conferenceId: string) => `${API}/conferences/${conferenceId}/live`;

/**
 * Addresses of the phone and hall pages (web/src/App.tsx), their page module under web/, and
 * the API reads the page starts with (from the address's ids; GET /auth/me comes first on each).
 */
export const PRELOADED_PAGES: { path: RegExp; module: string; reads?: (ids: string[]) => string[] }[] = [
  { path: /^\/xac-nhan\/[^/]+$/, module: 'src/pages/confirmation/ConfirmationPage.tsx' },
  { path: /^\/hoi-nghi\/([^/]+)\/dai-bieu$/, module: 'src/pages/live/DelegateLivePage.tsx', reads: ([id]) => [live(id!)] },
  {
    path: /^\/hoi-nghi\/([^/]+)\/don-tiep$/,
    module: 'src/pages/checkin/CheckInPage.tsx',
    reads: ([id]) => [`${API}/conferences/${id}/check-ins/halls`],
  },
  { path: /^\/hoi-nghi\/([^/]+)\/diem-cau\/[^/]+$/, module: 'src/pages/live/OperatorConsolePage.tsx', reads: ([id]) => [live(id!)] },
  { path: /^\/hoi-nghi\/([^/]+)\/man-hinh\/[^/]+$/, module: 'src/pages/live/BigScreenPage.tsx', reads: ([id]) => [live(id!)] },
  { path: /^\/l\/[^/]+$/, module: 'src/pages/auth/LinkEntryPage.tsx' },
];

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

/** The phone and hall pages' own build (vite.config.ts): its HTML and manifest under dist/web. */
export const PHONE_HTML = 'phone.html';
export const PHONE_MANIFEST = 'phone-manifest.json';

export const readManifest = (webRoot: string, name = 'manifest.json'): Manifest | null => {
  const path = join(webRoot, '.vite', name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
};

/** The scripts and stylesheets a module needs at once (itself and its static imports), without what the entry loads already. */
export const filesOfModule = (manifest: Manifest, module: string): { scripts: string[]; styles: string[] } => {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string, into: { scripts: Set<string>; styles: Set<string> }, seen: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    into.scripts.add(chunk.file);
    for (const css of chunk.css ?? []) into.styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported, into, seen);
  };
  const entry = { scripts: new Set<string>(), styles: new Set<string>() };
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (entryKey) visit(entryKey, entry, new Set());
  visit(module, { scripts, styles }, new Set());
  return {
    scripts: [...scripts].filter((file) => !entry.scripts.has(file)),
    styles: [...styles].filter((file) => !entry.styles.has(file)),
  };
};

/** index.html with the page's scripts as module preloads and its stylesheets, before </head>. */
export const withPreloads = (html: string, files: { scripts: string[]; styles: string[] }): string => {
  const tags = [
    ...files.styles.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...files.scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ];
  return tags.length === 0 ? html : html.replace('</head>', `    ${tags.join('\n    ')}\n  </head>`);
};

/** The page module of an address, if it is one of the preloaded pages. */
export const pageModuleOf = (path: string): string | null => PRELOADED_PAGES.find((page) => page.path.test(path))?.module ?? null;

/** Ids as the app makes them (UUIDs): anything else is left out of the page rather than escaped. */
const ID = /^[A-Za-z0-9-]{1,64}$/;

/** The API reads a phone or hall page starts with, for its address (none for other addresses). */
export const pageReadsOf = (path: string): string[] => {
  for (const page of PRELOADED_PAGES) {
    const match = page.path.exec(path);
    if (!match) continue;
    const ids = match.slice(1);
    if (!ids.every((id) => ID.test(id))) return [];
    return [`${API}/auth/me`, ...(page.reads?.(ids) ?? [])];
  }
  return [];
};

/**
 * The page's HTML with its API reads as fetch preloads, first in <head> (before the scripts,
 * which are larger). `crossorigin` (anonymous) is the credentials mode of the app's fetch
 * ('same-origin'): the cookie goes with it, and the browser reuses the answer.
 */
export const withReads = (html: string, reads: string[]): string =>
  reads.length === 0
    ? html
    : html.replace(
        '<head>',
        `<head>\n    ${reads.map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`).join('\n    ')}`,
      );
