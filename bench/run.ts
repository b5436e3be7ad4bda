/** Runs every benchmark in turn; figures go to bench/RESULTS.md by hand with the machine and command. */
import { benchApiRead } from './api-read.js';
import { benchCheckIn } from './check-in.js';
import { benchNationalPlan } from './national-plan.js';
import { benchRenderDocx } from './render-docx.js';

await benchRenderDocx();
await benchApiRead();
await benchNationalPlan('sqlite');
await benchNationalPlan('postgres');
await benchCheckIn();
