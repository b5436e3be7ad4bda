/**
 * Honest time through HTTP: a document that gives no start (an approximate month) is
 * imported with its start unknown; the plan and the Giấy mời print no time; sending the
 * invitations and opening the live meeting are refused with a clear vi/en message until a
 * start is set through PUT /sessions, and allowed after.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { API, apiDatabases, call, describeDatabases, expectErrorBody, openTestApp, type TestApp } from './helpers.js';
import { multipartBody } from './multipart.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';
import { confirmedSend } from './confirmed-send.js';

const APPROXIMATE = readFileSync(new URL('../fixtures/plans/08-ubnd-tinh-ke-hoach-doi-thoai-du-kien.txt', import.meta.url));
const CLOCK = /\b\d{1,2}\s*giờ\b|\b\d{1,2}h\d{2}\b/u;

const documentText = async (body: Buffer): Promise<string> => {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

describeDatabases(
  'honest time on $dialect',
  (dbCase) => {
    let t: TestApp;
    let conference: Conference;
    beforeAll(async () => {
      t = await openTestApp(dbCase);
      const form = multipartBody([{ name: 'file', fileName: 'ke-hoach-du-kien.txt', contentType: 'text/plain', data: APPROXIMATE }]);
      conference = (await call<{ conference: Conference }>(t.app, { method: 'POST', url: `${API}/imports`, ...form }, 201)).conference;
    });
    afterAll(() => t?.close());
    const url = (path: string) => `${API}/conferences/${conference.id}${path}`;

    it('imports an approximate month as such, with no start', () => {
      expect(conference.startsAt).toBeNull();
      expect(conference.sessions).toEqual([
        expect.objectContaining({ date: '2026-06', dateIsApproximate: true, startTime: null, partOfDay: null }),
      ]);
      expect(conference.sessions[0]!.timeText).toContain('dự kiến trong tháng 6/2026');
    });

    it('prints no time in the plan nor in the Giấy mời', async () => {
      const plan = await t.app.inject({ url: url('/documents/plan.docx') });
      expect(plan.statusCode).toBe(200);
      const planText = await documentText(plan.rawPayload);
      expect(planText).toContain('dự kiến trong tháng 6/2026');
      expect(planText).not.toMatch(CLOCK);
      const invitation = await t.app.inject({ url: url('/invitations/sample.docx') });
      expect(invitation.statusCode).toBe(200);
      expect(await documentText(invitation.rawPayload)).not.toMatch(CLOCK);
    });

    it('refuses to send invitations and to open the meeting until a start is set, then allows both', async () => {
      const send = await t.app.inject({ method: 'POST', url: url('/invitations/send'), payload: { kind: 'invitation' } });
      const refusal = expectErrorBody(send, 409, 'conference.time_not_set');
      expect(refusal.message.vi).toContain('chưa xác định');
      const open = await t.app.inject({ method: 'POST', url: url('/live/commands'), payload: START_CONFIRMED });
      expectErrorBody(open, 409, 'conference.time_not_set');

      const fixed = await call<Conference>(
        t.app,
        {
          method: 'PUT',
          url: url('/sessions'),
          payload: {
            sessions: [
              { label: '', date: '2026-06-18', dateIsApproximate: false, startTime: '08:00', endTime: null, partOfDay: null, timeText: '' },
            ],
          },
        },
        200,
      );
      expect(fixed.startsAt).toBe('2026-06-18T08:00');
      const payload = await confirmedSend(t.app, url('/invitations'), { kind: 'invitation' });
      const sent = await t.app.inject({ method: 'POST', url: url('/invitations/send'), payload });
      expect(sent.statusCode, sent.body).toBeLessThan(300);
      const opened = await t.app.inject({ method: 'POST', url: url('/live/commands'), payload: START_CONFIRMED });
      expect(opened.statusCode, opened.body).toBe(200);
    });

    it('rejects sessions that are not sessions with field errors, and changes nothing', async () => {
      const bad = await t.app.inject({
        method: 'PUT',
        url: url('/sessions'),
        payload: {
          sessions: [
            { label: '', date: '2026-13-01', dateIsApproximate: false, startTime: '25:00', endTime: null, partOfDay: 'noon', timeText: '' },
          ],
        },
      });
      const error = expectErrorBody(bad, 400);
      expect(error.fields?.length).toBeGreaterThan(0);
      expect((await call<Conference>(t.app, { url: url('') }, 200)).startsAt).toBe('2026-06-18T08:00');
    });
  },
  apiDatabases(),
);
