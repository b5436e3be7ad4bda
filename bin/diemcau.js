#!/usr/bin/env node
// Entry point of the `diemcau` command. The TypeScript sources are compiled to dist/
// by `npm install` (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('diemcau chưa được biên dịch: hãy chạy `npm run build`. / diemcau is not built yet: run `npm run build`.');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
