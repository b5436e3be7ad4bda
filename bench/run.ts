/**
 * Runs every benchmark in turn, or those named (`npm run bench -- fanout --sizes 1000`); figures
 * go to bench/RESULTS.md by hand with the machine and command. The names are taken out of
 * argv before the benches load (they read their options from it).
 */
const BENCHES = [
  'render-docx',
  'api-read',
  'national-plan',
  'check-in',
  'event-loop',
  'revocation',
  'votes',
  'document-pack',
  'fanout',
  'media',
  'hls',
] as const;
type BenchName = (typeof BENCHES)[number];
const isBench = (arg: string): arg is BenchName => (BENCHES as readonly string[]).includes(arg);
const named = process.argv.slice(2).filter(isBench);
process.argv.splice(2, Infinity, ...process.argv.slice(2).filter((arg) => !isBench(arg)));
const wanted = (name: BenchName) => named.length === 0 || named.includes(name);

if (wanted('render-docx')) await (await import('./render-docx.js')).benchRenderDocx();
if (wanted('api-read')) await (await import('./api-read.js')).benchApiRead();
if (wanted('national-plan')) {
  const { benchNationalPlan } = await import('./national-plan.js');
  await benchNationalPlan('sqlite');
  await benchNationalPlan('postgres');
}
if (wanted('check-in')) await (await import('./check-in.js')).benchCheckIn();
if (wanted('event-loop')) await (await import('./event-loop.js')).benchEventLoop();
if (wanted('revocation')) await (await import('./revocation.js')).benchRevocation();
if (wanted('votes')) await (await import('./votes.js')).benchVotes();
// A script with its own option (runs, default 5): bench/document-pack.ts.
if (wanted('document-pack')) await import('./document-pack.js');
// Own processes and options (--sizes 1000,5000,10000 --servers ws,socketio,app --actions 10): bench/fanout/run.ts.
if (wanted('fanout')) await import('./fanout/run.js');
// Own processes and options (--engines embedded,janus --sizes 4,8,16,24,32 --seconds 10): bench/media/run.ts.
if (wanted('media')) await import('./media/run.js');
// Own processes and options (--viewers 1000,5000 --seconds 20 --parts serve,package): bench/hls/run.ts (ffmpeg and nginx).
if (wanted('hls')) await import('./hls/run.js');
