import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
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
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
};

/** The web app: sources in web/, built into dist/web (served by the Fastify server). */
export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
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
