/**
 * Conference documents through HTTP (issue 16 item 1): uploads through the file pool (type told
 * from the content, limits checked while reading), downloads with a safe Vietnamese file
 * name, who reads what, and the receipts the organizer sees.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceDocument, DocumentReadReport } from '../../src/domain/documents/conference-document.schema.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { contentDisposition } from '../../src/server/routes/documents/file-name.js';
import { zipBombOf } from '../../src/workers/fixtures/hostile-files.js';
import type { LocalFileStore } from '../../src/storage/files/local-file-store.js';
import { as, createUser, grant, linkSession } from './actors.js';
import { documentUpload, tinyPdf, uploadDocument } from './document-helpers.js';
import { API, apiDatabases, call, expectErrorBody, json, openTestApp, seedConference, type TestApp } from './helpers.js';

describe('conference documents through HTTP', () => {
  let t: TestApp;
  let conference: Conference;
  const base = () => `${API}/conferences/${conference.id}/documents`;
  const documentCount = async () => (await t.database.db.selectFrom('conference_documents').select('id').execute()).length;
  const storedFiles = () => {
    const { root } = t.services.conferenceDocuments.files as LocalFileStore;
    return readdirSync(root, { recursive: true }).length;
  };

  beforeAll(async () => {
    t = await openTestApp(apiDatabases()[0]!);
    conference = await seedConference(t.app, 'Hội nghị tài liệu');
    const url = `${API}/conferences/${conference.id}`;
    await call(t.app, { method: 'PATCH', url, payload: { documentNumber: '45', issueDate: '2021-06-30' } }, 200);
    await call(t.app, { method: 'POST', url: `${url}/status`, payload: { status: 'issued' } }, 200);
  }, 60_000);
  afterAll(() => t?.close());

  it('stores an upload, names its type from the content and downloads it under its Vietnamese name', async () => {
    const item = conference.agendaItems[1]!;
    const response = await t.app.inject(
      documentUpload(
        conference.id,
        { fileName: 'Báo cáo Sở Nội vụ: kết quả | 6 tháng.pdf', data: tinyPdf() },
        { title: 'Báo cáo của Sở Nội vụ', kind: 'report', agendaItemId: item.id },
      ),
    );
    expect(response.statusCode, response.body).toBe(201);
    const document = json<ConferenceDocument>(response);
    expect(document).toMatchObject({
      title: 'Báo cáo của Sở Nội vụ',
      kind: 'report',
      audience: 'invited',
      agendaItemId: item.id,
      currentVersion: 1,
    });
    expect(document.allowedActions).toEqual(['document.read', 'document.write']);
    const file = await t.app.inject({ url: `${base()}/${document.id}/versions/1/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(document.versions[0]!.fileName).toBe('Báo cáo Sở Nội vụ kết quả 6 tháng.pdf');
    expect(file.headers['content-disposition']).toBe(contentDisposition('Báo cáo Sở Nội vụ kết quả 6 tháng.pdf'));
    expect(file.headers['content-disposition']).toMatch(
      /^attachment; filename="Bao cao So Noi vu ket qua 6 thang\.pdf"; filename\*=UTF-8''B%C3%A1o%20/,
    );
    expect(file.rawPayload.equals(tinyPdf())).toBe(true);
  });

  it('refuses an .exe renamed .pdf by its content (415), and a zip bomb named .docx (422), writing nothing', async () => {
    const before = { documents: await documentCount(), files: storedFiles() };
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4096, 0x41)]);
    const disguised = await t.app.inject(documentUpload(conference.id, { fileName: 'bao-cao.pdf', data: exe }));
    expectErrorBody(disguised, 415, 'document.unsupported_type');
    const bomb = await t.app.inject(
      documentUpload(conference.id, { fileName: 'du-thao.docx', data: await zipBombOf('docx', 200 * 1024 * 1024) }),
    );
    expectErrorBody(bomb, 422, 'file.zip_bomb');
    const tooLarge = await t.app.inject(
      documentUpload(conference.id, { fileName: 'lon.pdf', data: Buffer.concat([tinyPdf(), Buffer.alloc(21 * 1024 * 1024)]) }),
    );
    expectErrorBody(tooLarge, 413, 'request.too_large');
    const audit = await t.database.db.selectFrom('audit_log').select('id').where('action', 'like', 'document.%').execute();
    expect({ documents: await documentCount(), files: storedFiles() }).toEqual(before);
    expect(audit.length).toBe(before.documents);
  }, 60_000);

  it('lets each reader list and open only what their audience allows', async () => {
    const [host, district] = conference.bridgePoints as [Conference['bridgePoints'][0], Conference['bridgePoints'][0]];
    const presidium = await uploadDocument(t.app, conference.id, { title: 'Dự kiến kết luận', kind: 'draft', audience: 'presidium' });
    const forDistrict = await uploadDocument(t.app, conference.id, {
      title: 'Hướng dẫn kỹ thuật',
      kind: 'other',
      audience: 'points',
      audiencePointIds: [district.id],
    });
    const forAll = await uploadDocument(t.app, conference.id, { title: 'Dự thảo Quyết định', kind: 'draft', audience: 'invited' });
    const delegate = await call<{ id: string }>(
      t.app,
      {
        method: 'POST',
        url: `${API}/conferences/${conference.id}/delegates`,
        payload: { bridgePointId: host.id, fullName: 'Trần Văn Bình' },
      },
      201,
    );
    const delegateLink = as(t, (await linkSession(t, conference.id, 'delegate', { delegateId: delegate.id })).credentials);
    const operator = await createUser(t, 'van-hanh');
    await grant(t, conference.id, operator, 'operator', [district.id]);
    const asOperator = as(t, operator.credentials);

    const titles = async (inject: typeof asOperator) =>
      json<{ items: ConferenceDocument[] }>(await inject({ url: base() })).items.map((d) => d.title);
    expect(await titles(delegateLink)).not.toContain('Dự kiến kết luận');
    expect(await titles(delegateLink)).not.toContain('Hướng dẫn kỹ thuật');
    expect(await titles(delegateLink)).toContain('Dự thảo Quyết định');
    expect(await titles(asOperator)).toEqual(expect.arrayContaining(['Hướng dẫn kỹ thuật', 'Dự thảo Quyết định']));
    expectErrorBody(await delegateLink({ url: `${base()}/${presidium.id}/versions/current/file` }), 403, 'access.denied');
    expectErrorBody(await asOperator({ url: `${base()}/${presidium.id}` }), 403, 'access.denied');
    expectErrorBody(await delegateLink(documentUpload(conference.id, { fileName: 'a.pdf', data: tinyPdf() })), 403, 'access.denied');
    expectErrorBody(await delegateLink({ url: `${base()}/read-receipts` }), 403, 'access.denied');

    const opened = await delegateLink({ url: `${base()}/${forAll.id}/versions/current/pdf` });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-disposition']).toMatch(/^inline; /);
    await asOperator({ url: `${base()}/${forDistrict.id}/versions/1/file` });
    const report = json<DocumentReadReport>(await t.app.inject({ url: `${base()}/read-receipts` }));
    expect(report.readers.filter((r) => r.documentId === forAll.id)).toEqual([
      expect.objectContaining({ readerKind: 'link', delegateId: delegate.id, bridgePointId: host.id, versionsOpened: [1], openCount: 1 }),
    ]);
    expect(report.documents.find((d) => d.documentId === forDistrict.id)).toMatchObject({
      readers: 1,
      delegates: 0,
      points: [{ bridgePointId: district.id, readers: 1 }],
    });
  });

  it('replaces a document with a new version, edits it with its revision, and deletes it', async () => {
    const document = await uploadDocument(t.app, conference.id, { title: 'Báo cáo PAPI', kind: 'report' });
    const replaced = await t.app.inject(
      documentUpload(conference.id, { fileName: 'bao-cao-v2.pdf', data: tinyPdf('v2') }, null, document.id),
    );
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(json<ConferenceDocument>(replaced).versions.map((v) => v.number)).toEqual([1, 2]);
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `${base()}/${document.id}`,
      headers: { 'if-match': '2' },
      payload: { audience: 'public' },
    });
    expect(json<ConferenceDocument>(edited)).toMatchObject({ audience: 'public', revision: 3 });
    expectErrorBody(
      await t.app.inject({ method: 'PATCH', url: `${base()}/${document.id}`, headers: { 'if-match': '2' }, payload: { title: 'Cũ' } }),
      409,
      'document.revision_conflict',
    );
    expect((await t.app.inject({ method: 'DELETE', url: `${base()}/${document.id}` })).statusCode).toBe(204);
    expectErrorBody(await t.app.inject({ url: `${base()}/${document.id}` }), 404, 'document.not_found');
  });
});
