import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOfModule, pageModuleOf, pageReadsOf, PRELOADED_PAGES, withPreloads, withReads, type Manifest } from './page-preloads.js';

const WEB = join(import.meta.dirname, '../../../web');

describe('page preloads', () => {
  it('names page modules that exist and that the app loads lazily (a renamed page would lose its preloads silently)', () => {
    const app = readFileSync(join(WEB, 'src/App.tsx'), 'utf8');
    const phoneApp = readFileSync(join(WEB, 'src/PhoneApp.tsx'), 'utf8');
    for (const { module } of PRELOADED_PAGES) {
      expect(existsSync(join(WEB, module)), module).toBe(true);
      expect(app, module).toContain(`import('./${module.replace(/^src\//, '').replace(/\.tsx$/, '.js')}')`);
      expect(phoneApp, module).toContain(`import('./${module.replace(/^src\//, '').replace(/\.tsx$/, '.js')}')`);
    }
  });

  it('finds the page of an address, and none for the editor', () => {
    expect(pageModuleOf('/hoi-nghi/abc/dai-bieu')).toBe('src/pages/live/DelegateLivePage.tsx');
    expect(pageModuleOf('/hoi-nghi/abc/diem-cau/def')).toBe('src/pages/live/OperatorConsolePage.tsx');
    expect(pageModuleOf('/xac-nhan/token')).toBe('src/pages/confirmation/ConfirmationPage.tsx');
    expect(pageModuleOf('/conferences/abc/agenda')).toBeNull();
    expect(pageModuleOf('/hoi-nghi/abc/dai-bieu/more')).toBeNull();
  });

  it("lists a module's chunks and styles through its static imports, without the entry's, each once", () => {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], css: ['assets/index.css'] },
      '_shared.js': { file: 'assets/shared.js' },
      'page.tsx': { file: 'assets/page.js', imports: ['index.html', '_a.js', '_b.js'], css: ['assets/page.css'] },
      '_a.js': { file: 'assets/a.js', imports: ['_b.js', '_shared.js'], css: ['assets/a.css'] },
      '_b.js': { file: 'assets/b.js', imports: ['_a.js'] },
    };
    const files = filesOfModule(manifest, 'page.tsx');
    expect(files).toEqual({ scripts: ['assets/page.js', 'assets/a.js', 'assets/b.js'], styles: ['assets/page.css', 'assets/a.css'] });
    expect(withPreloads('<head><title>x</title></head>', files)).toBe(
      '<head><title>x</title>    <link rel="stylesheet" crossorigin href="/assets/page.css">\n' +
        '    <link rel="stylesheet" crossorigin href="/assets/a.css">\n' +
        '    <link rel="modulepreload" crossorigin href="/assets/page.js">\n' +
        '    <link rel="modulepreload" crossorigin href="/assets/a.js">\n' +
        '    <link rel="modulepreload" crossorigin href="/assets/b.js">\n  </head>',
    );
    expect(filesOfModule(manifest, 'missing.tsx')).toEqual({ scripts: [], styles: [] });
  });

  it("names a page's first API reads from its address's ids, and none for other pages or ids that are not ids", () => {
    const id = '8d91ecb7-af9e-4869-a170-2c751f6a9917';
    expect(pageReadsOf(`/hoi-nghi/${id}/dai-bieu`)).toEqual(['/api/v1/auth/me', `/api/v1/conferences/${id}/live`]);
    expect(pageReadsOf(`/hoi-nghi/${id}/diem-cau/p1`)).toEqual(['/api/v1/auth/me', `/api/v1/conferences/${id}/live`]);
    expect(pageReadsOf(`/hoi-nghi/${id}/don-tiep`)).toEqual(['/api/v1/auth/me', `/api/v1/conferences/${id}/check-ins/halls`]);
    expect(pageReadsOf('/xac-nhan/token')).toEqual(['/api/v1/auth/me']);
    expect(pageReadsOf('/conferences/abc/agenda')).toEqual([]);
    expect(pageReadsOf('/hoi-nghi/a"><script>/dai-bieu')).toEqual([]);
    expect(pageReadsOf('/hoi-nghi/a%22%3E/dai-bieu')).toEqual([]);
    expect(withReads('<html><head><title>x</title></head>', ['/api/v1/auth/me'])).toBe(
      '<html><head>\n    <link rel="preload" as="fetch" crossorigin href="/api/v1/auth/me"><title>x</title></head>',
    );
    expect(withReads('<head></head>', [])).toBe('<head></head>');
  });
});
