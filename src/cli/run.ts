/** Runs the `diemcau` command from the TypeScript sources (`npm run dev`, tests that start the real server). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
