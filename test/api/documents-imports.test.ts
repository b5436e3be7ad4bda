import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { API, call, expectErrorBody, openTestApp, seedConference, describeDatabases, apiDatabases, type TestApp } from './helpers.js';
import { multipartBody } from './multipart.js';

const SEED = readFileSync(new URL('../../reference/seeds/dong-thap-2021-ke-hoach-cchc.txt', import.meta.url));
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describeDatabases(
  'documents and imports on $dialect',
  (dbCase) => {
    let t: TestApp;
    let conference: Conference;
    beforeAll(async () => {
      t = await openTestApp(dbCase);
      conference = await seedConference(t.app);
      conference = await call<Conference>(
        t.app,
        {
          method: 'PATCH',
          url: `${API}/conferences/${conference.id}`,
          payload: { documentNumber: '05', title: 'Hội nghị trực tuyến đánh giá mô hình CCHC' },
        },
        200,
      );
    });
    afterAll(() => t?.close());

    it('GET plan.docx sends the Kế hoạch as a Word attachment with an ASCII and a UTF-8 name', async () => {
      const response = await t.app.inject({ url: `${API}/conferences/${conference.id}/documents/plan.docx` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(DOCX_TYPE);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="05-KH-UBND Hoi nghi truc tuyen danh gia mo hinh CCHC.docx"; ` +
          `filename*=UTF-8''05-KH-UBND%20H%E1%BB%99i%20ngh%E1%BB%8B%20tr%E1%BB%B1c%20tuy%E1%BA%BFn%20%C4%91%C3%A1nh%20gi%C3%A1%20m%C3%B4%20h%C3%ACnh%20CCHC.docx`,
      );
      const bytes = response.rawPayload;
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      const zip = await JSZip.loadAsync(bytes);
      const documentXml = await zip.file('word/document.xml')!.async('string');
      expect(documentXml).toContain('KẾ HOẠCH');
      expect(documentXml).toContain('UBND huyện Châu Thành');
    });

    it('GET plan.pdf converts with LibreOffice, or answers 503 when it is missing', async () => {
      const health = await call<{ pdf: boolean }>(t.app, { url: `${API}/health` }, 200);
      const response = await t.app.inject({ url: `${API}/conferences/${conference.id}/documents/plan.pdf` });
      if (!health.pdf) {
        expectErrorBody(response, 503, 'documents.pdf_unavailable');
        return;
      }
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="05-KH-UBND .*\.pdf"/);
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }, 120_000);

    it('POST /imports stores the seed plan and says how many lines stayed unclassified', async () => {
      const form = multipartBody([{ name: 'file', fileName: 'kế hoạch đồng tháp.txt', contentType: 'text/plain', data: SEED }]);
      const result = await call<{ conference: Conference; unclassifiedCount: number }>(
        t.app,
        {
          method: 'POST',
          url: `${API}/imports`,
          ...form,
        },
        201,
      );
      expect(result.conference.startsAt).toBe('2021-07-07T08:00');
      expect(result.conference.bridgePoints.length).toBeGreaterThanOrEqual(1);
      expect(result.conference.agendaItems.length).toBeGreaterThanOrEqual(10);
      expect(result.unclassifiedCount).toBe(result.conference.unclassified.length);
      const stored = await call<Conference>(t.app, { url: `${API}/conferences/${result.conference.id}` }, 200);
      expect(stored).toEqual(result.conference);
    });

    it('DELETE /unclassified/:itemId dismisses a line the importer could not place', async () => {
      const form = multipartBody([
        { name: 'file', fileName: 'plan.md', data: `${SEED.toString('utf8')}\n\nMột dòng lạ không thuộc mục nào.\n` },
      ]);
      const { conference: imported } = await call<{ conference: Conference }>(
        t.app,
        { method: 'POST', url: `${API}/imports`, ...form },
        201,
      );
      const line = imported.unclassified.find((u) => u.text === 'Một dòng lạ không thuộc mục nào.');
      expect(line).toBeDefined();
      const after = await call<Conference>(
        t.app,
        {
          method: 'DELETE',
          url: `${API}/conferences/${imported.id}/unclassified/${line!.id}`,
          headers: { 'if-match': String(imported.version) },
        },
        200,
      );
      expect(after.unclassified.map((u) => u.id)).not.toContain(line!.id);
      expect(after.version).toBe(imported.version + 1);
    });

    it('refuses imports that are not a plan file', async () => {
      const pdf = multipartBody([{ name: 'file', fileName: 'plan.pdf', data: '%PDF-1.4' }]);
      expectErrorBody(await t.app.inject({ method: 'POST', url: `${API}/imports`, ...pdf }), 415, 'import.unsupported_file_type');
      const noFile = multipartBody([{ name: 'note', data: 'x' }]);
      expectErrorBody(await t.app.inject({ method: 'POST', url: `${API}/imports`, ...noFile }), 400, 'import.file_missing');
      const wrongField = multipartBody([{ name: 'upload', fileName: 'a.txt', data: 'x' }]);
      expectErrorBody(await t.app.inject({ method: 'POST', url: `${API}/imports`, ...wrongField }), 400, 'import.file_missing');
      const asJson = await t.app.inject({ method: 'POST', url: `${API}/imports`, payload: { file: 'x' } });
      expectErrorBody(asJson, 415, 'request.unsupported_media_type');
      const brokenDocx = multipartBody([{ name: 'file', fileName: 'plan.docx', data: Buffer.from('PK\u0003\u0004 not really a zip') }]);
      const broken = await t.app.inject({ method: 'POST', url: `${API}/imports`, ...brokenDocx });
      expectErrorBody(broken, 422);
      const empty = multipartBody([{ name: 'file', fileName: 'plan.txt', data: '' }]);
      expectErrorBody(await t.app.inject({ method: 'POST', url: `${API}/imports`, ...empty }), 422);
    });

    it('413 request.too_large for a file above 10 MB', async () => {
      const big = multipartBody([{ name: 'file', fileName: 'big.txt', data: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) }]);
      expectErrorBody(await t.app.inject({ method: 'POST', url: `${API}/imports`, ...big }), 413, 'request.too_large');
    });
  },
  apiDatabases(),
);
