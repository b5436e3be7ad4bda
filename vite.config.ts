import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|webmanifest)$/;

/**
 * Every text file of the build also as .br and .gz, written once at build time, so the
 * server sends the compressed twin (@fastify/static preCompressed) without compressing per
 * request. Node's own zlib does it: a plugin library would add nothing but a dependency.
 */
const precompress = (): Plugin => {
  let outDir = '';
  return {
    name: 'diemcau-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir).filter((path) => COMPRESSIBLE.test(path))) {
        // Compressed already (the main build's files, when the phone build runs after it).
        if (existsSync(`${file}.br`) && statSync(`${file}.br`).mtimeMs >= statSync(file).mtimeMs) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
};

const ROOT = import.meta.dirname;

/**
 * The phone and hall pages (web/phone.html, web/src/PhoneApp.tsx) built on Preact: its
 * `preact/compat` stands in for React and React DOM (about 5 kB instead of 58 kB brotli), in
 * this build only; the whole app keeps React. Same output folder and assets folder, its own
 * manifest (.vite/phone-manifest.json), which the server reads to name a page's chunks.
 */
const phoneConfig = (): InlineConfig => ({
  configFile: false,
  root: resolve(ROOT, 'web'),
  publicDir: false,
  logLevel: 'warn',
  plugins: [react(), precompress()],
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
    ],
  },
  build: {
    outDir: resolve(ROOT, 'dist/web'),
    emptyOutDir: false,
    target: 'es2022',
    manifest: '.vite/phone-manifest.json',
    rollupOptions: {
      input: resolve(ROOT, 'web/phone.html'),
      // react-router reads React.useOptimistic when there is one (React 19); compat has none, and the router does without.
      onwarn(warning, warn) {
        if (warning.code === 'IMPORT_IS_UNDEFINED' && warning.message.includes('useOptimistic')) return;
        warn(warning);
      },
    },
  },
});

/** After the whole app's build (which empties dist/web), the phone pages' build beside it. */
const phoneBuild = (): Plugin => ({
  name: 'diemcau-phone-build',
  apply: 'build',
  async closeBundle() {
    await build(phoneConfig());
  },
});

/** The web app: sources in web/, built into dist/web (served by the Fastify server). */
export default defineConfig({
  root: 'web',
  plugins: [react(), precompress(), phoneBuild()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // .vite/manifest.json: the server names a phone or hall page's chunks in its index.html (src/server/plugins/page-preloads.ts).
    manifest: true,
    // The entry holds React 19, react-router 7 and i18next (~106 kB gzip); sections load on demand.
    chunkSizeWarningLimit: 350,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      // The live conference's Socket.IO connection (polling and WebSocket).
      '/socket.io': { target: 'http://127.0.0.1:3000', ws: true },
    },
  },
});
