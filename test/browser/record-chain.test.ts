/**
 * Issue 16's acceptance as one chain in Chromium, on the demo conference (the seed plan and its
 * 12 district points), with a real SMTP server: documents (step 1), comments on the draft
 * (step 2), written contributions (step 3), the meeting with its vote (step 4), the minutes
 * (step 5), the conclusion notice and its follow-up (step 6). Each step works on what the steps
 * before it left: the draft asked about is the one uploaded, the delegate who read it votes, the
 * minutes print the vote. The steps are in test/browser/record-chain/. Screenshots with
 * SHOTS_DIR (for review) or UPDATE_SCREENSHOTS=1 (docs/screenshots).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPdfAvailable } from '../../src/documents/pdf.js';
import { startMailEnv, type MailEnv } from '../support/mail-env.js';
import { startHarness } from './harness.js';
import type { Chain } from './record-chain/chain.js';
import { commentsStep, contributionsStep } from './record-chain/comments-step.js';
import { documentsStep } from './record-chain/documents-step.js';
import { meetingStep } from './record-chain/meeting-step.js';
import { conclusionsStep, minutesStep } from './record-chain/record-step.js';

const ENV = { DIEMCAU_MAIL_FROM: 'Sở Nội vụ <snv@dongthap.example.vn>', DIEMCAU_SMTP_TLS: 'none', DIEMCAU_MAIL_PDF: 'never' };
const available = await isPdfAvailable();
let mail: MailEnv | undefined;
let chain: Chain;

beforeAll(async () => {
  mail = await startMailEnv(ENV);
  const smtp = mail.smtp;
  const h = await startHarness();
  h.page.setDefaultTimeout(30_000);
  await h.page.setViewportSize({ width: 1366, height: 768 });
  const demo = await h.createDemo();
  // Issued: until then the documents are the secretariat's work, which no delegate reads.
  expect((await h.api('PATCH', `/conferences/${demo.id}`, { documentNumber: '45', issueDate: '2021-06-30' })).status).toBe(200);
  expect((await h.api('POST', `/conferences/${demo.id}/status`, { status: 'issued' })).status).toBe(200);
  chain = { h, demo, smtp, districts: {} };
}, 240_000);
afterAll(async () => {
  await chain?.h.stop();
  await mail?.close();
});

// One story: a step that fails leaves the next ones nothing to work on, so they stop there too.
describe.skipIf(!available).sequential('from the plan to the follow-up of the conclusions, in Chromium', () => {
  it(
    '1. the Department uploads its report and the draft Decision to item 2; a delegate reads the draft on a phone',
    { timeout: 300_000 },
    () => documentsStep(chain),
  );
  it(
    '2. the draft is opened for comments from three districts: one agrees, one comments on a clause, one is reminded; the table is downloaded',
    { timeout: 240_000 },
    () => commentsStep(chain),
  );
  it('3. two districts submit their contributions to their slots under item 5', { timeout: 120_000 }, () => contributionsStep(chain));
  it(
    '4. the chair sees the contributions, opens a vote; phones at two halls and a hall count; the big screen shows the result',
    { timeout: 300_000 },
    () => meetingStep(chain),
  );
  it('5. the secretary edits and downloads the minutes, which print the vote', { timeout: 120_000 }, () => minutesStep(chain));
  it(
    '6. the conclusion notice with two conclusions and tasks; one done with a file, the other overdue and flagged',
    { timeout: 180_000 },
    () => conclusionsStep(chain),
  );
});
