import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The web app: sources in web/, built into dist/web (served by the Fastify server). */
export default defineConfig({
  root: 'web',
  plugins: [react()],
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
