/**
 * The demo of first start, end to end: the seed plan imported from reference/seeds,
 * its twelve district points created from the unit list, then read back through the
 * API with its computed schedule and its Kế hoạch. The numbers are DOMAIN.md's.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoConference, ensureDemoConference } from '../../src/cli/demo-conference.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { API, call, openTestApp, describeDatabases, apiDatabases, type TestApp } from './helpers.js';

interface ScheduledItem {
  id: string;
  start: string;
  end: string | null;
  durationMinutes: number | null;
  startIsExact: boolean;
}
interface Schedule {
  items: ScheduledItem[];
  totals: { itemsWithoutDuration: string[]; unknownCount: number };
}

describeDatabases(
  'the demo conference on $dialect',
  (dbCase) => {
    let t: TestApp;
    let demo: Conference;
    beforeAll(async () => {
      t = await openTestApp(dbCase);
      demo = await createDemoConference(t.services.conferences);
    });
    afterAll(() => t?.close());

    const topItem = (conference: Conference, number: string) => {
      const item = conference.agendaItems.find((candidate) => candidate.parentId === null && candidate.number === number);
      if (!item) throw new Error(`no agenda item ${number}`);
      return item;
    };

    it('holds the host point with quota 40 and the twelve district points of 2021', async () => {
      const conference = await call<Conference>(t.app, { url: `${API}/conferences/${demo.id}` }, 200);
      const host = conference.bridgePoints.filter((point) => point.isHost);
      expect(host).toHaveLength(1);
      expect(host[0]).toMatchObject({ name: 'Điểm cầu Tỉnh', quota: 40 });
      const districts = conference.bridgePoints.filter((point) => !point.isHost);
      expect(districts).toHaveLength(12);
      expect(districts.map((point) => point.name)).toEqual(
        expect.arrayContaining(['UBND huyện Châu Thành', 'UBND thành phố Sa Đéc', 'UBND huyện Tam Nông', 'UBND thành phố Cao Lãnh']),
      );
      expect(new Set(districts.map((point) => point.unitCode)).size).toBe(12);
    });

    it('computes the schedule of DOMAIN.md: item 4 at 08:40, item 5 for 56 minutes, items 4, 9 and 10 without duration', async () => {
      const schedule = await call<Schedule>(t.app, { url: `${API}/conferences/${demo.id}/schedule` }, 200);
      const at = (number: string) => schedule.items.find((item) => item.id === topItem(demo, number).id)!;
      expect(at('1').start).toBe('2021-07-07T08:00');
      expect(at('3').end).toBe('2021-07-07T08:40');
      expect(at('4')).toMatchObject({ start: '2021-07-07T08:40', startIsExact: true, durationMinutes: null, end: null });
      expect(at('5')).toMatchObject({ durationMinutes: 56, startIsExact: false });
      for (const number of ['6', '7', '8']) expect(at(number).durationMinutes).toBe(15);
      const withoutDuration = ['4', '9', '10'].map((number) => topItem(demo, number).id);
      expect(schedule.totals.itemsWithoutDuration).toEqual(expect.arrayContaining(withoutDuration));
      expect(schedule.totals.unknownCount).toBe(3);
    });

    it('prints its Kế hoạch with the computed weekday and the attached programme', async () => {
      const response = await t.app.inject({ url: `${API}/conferences/${demo.id}/documents/plan.docx` });
      expect(response.statusCode).toBe(200);
      const zip = await JSZip.loadAsync(response.rawPayload);
      const xml = await zip.file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain('KẾ HOẠCH');
      expect(text).toContain('ngày 07/7/2021 (thứ Tư)');
      expect(text).toContain('CHƯƠNG TRÌNH HỘI NGHỊ');
      expect(text).toContain('Mỗi đại biểu trình bày 07 phút');
      expect(text).toContain('Phạm Thiện Nghĩa');
    });

    it('is created only on an empty database', async () => {
      expect(await ensureDemoConference(t.services.conferences)).toBeNull();
    });
  },
  apiDatabases(),
);
