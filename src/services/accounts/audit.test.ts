import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ConferenceDiffSide } from '../../domain/audit-diff.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createServices, type Services } from '../index.js';
import { sampleDraft } from '../plan-draft.fixture.js';
import { pointInput, rejection } from '../testing.js';
import { createServiceContext } from '../write-context.js';
import type { AuditContext } from './audit-context.js';
import { auditSideJson, MAX_AUDIT_SIDE_BYTES } from './audit-service.js';
import { MINUTE, manualClock, type ManualClock } from './testing.js';

const audit = (action: string): AuditContext => ({
  actor: { kind: 'user', userId: 'u-organizer', linkId: null, label: 'tochuc@dongthap.gov.vn' },
  ip: '10.0.0.7',
  userAgent: 'Chromium',
  action,
});

describeDatabases('audit log on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let clock: ManualClock;
  const rows = () => database.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  beforeEach(async () => {
    database = await open();
    clock = manualClock();
    services = createServices(database, { now: clock });
  });
  afterEach(() => database.close());

  it('a plan write with audit records exactly one row holding only what changed', async () => {
    const plan = await services.conferences.createFromDraft(sampleDraft(), { audit: audit('conference.import') });
    const [created] = await services.audit.list({ conferenceId: plan.id });
    expect(created).toMatchObject({ action: 'conference.import', entityType: 'conference', entityId: plan.id, before: null });
    expect((created!.after as ConferenceDiffSide).info?.title).toBe(plan.title);

    const point = plan.bridgePoints[1]!;
    await services.conferences.updateBridgePoint(plan.id, point.id, { quota: 42 }, { audit: audit('bridge_point.update') });
    const [entry] = await services.audit.list({ conferenceId: plan.id, action: 'bridge_point.update' });
    expect(entry).toMatchObject({
      actor: { kind: 'user', userId: 'u-organizer', linkId: null, label: 'tochuc@dongthap.gov.vn' },
      ip: '10.0.0.7',
      userAgent: 'Chromium',
      conferenceId: plan.id,
      before: { bridgePoints: { [point.id]: { quota: point.quota } } },
      after: { bridgePoints: { [point.id]: { quota: 42 } } },
    });

    const [a, b] = plan.bridgePoints;
    await services.conferences.reorderBridgePoints(plan.id, [b!.id, a!.id], { audit: audit('bridge_point.reorder') });
    const [reorder] = await services.audit.list({ action: 'bridge_point.reorder' });
    expect(reorder!.after).toEqual({ bridgePoints: { [a!.id]: { position: 1 }, [b!.id]: { position: 0 } } });
    expect(await rows()).toHaveLength(3);

    // Writes without audit (existing callers) still work and record nothing.
    await services.conferences.updateInfo(plan.id, { venue: 'Hội trường B' });
    expect(await rows()).toHaveLength(3);
  });

  it('create and duplicate record one row each', async () => {
    const blank = await services.conferences.create(
      { title: 'Hội nghị', startsAt: '2021-07-07T08:00' },
      { audit: audit('conference.create') },
    );
    const copy = await services.conferences.duplicate(blank.id, { shiftYears: 1 }, { audit: audit('conference.duplicate') });
    const entries = await services.audit.list({});
    expect(entries.map((e) => [e.action, e.conferenceId])).toEqual([
      ['conference.duplicate', copy.id],
      ['conference.create', blank.id],
    ]);
    expect(entries[0]!.after).toMatchObject({ duplicatedFrom: blank.id, info: { title: 'Hội nghị' } });
  });

  it('a write that fails leaves no audit row and no change; the audit insert is in the same transaction', async () => {
    const plan = await services.conferences.createFromDraft(sampleDraft());
    // Fails in the body (a rule): nothing recorded.
    const refused = await rejection(
      services.conferences.reorderBridgePoints(plan.id, [plan.bridgePoints[0]!.id], { audit: audit('bridge_point.reorder') }),
    );
    expect(refused.code).toBe('bridge_point.order_invalid');
    expect(await rows()).toEqual([]);

    // Fails after the body, at the audit insert itself (action NOT NULL): the body's insert and the version bump roll back.
    const ctx = createServiceContext(database.db, clock);
    const broken = { ...audit('x'), action: null as unknown as string };
    await expect(
      ctx.write(plan.id, { audit: broken }, async (trx) => {
        await trx.updateTable('conferences').set({ venue: 'Đổi rồi' }).where('id', '=', plan.id).execute();
      }),
    ).rejects.toThrow();
    const after = await services.conferences.get(plan.id);
    expect([after.version, after.venue]).toEqual([plan.version, plan.venue]);
    expect(await rows()).toEqual([]);

    const ok = await services.conferences.addBridgePoint(plan.id, pointInput('Điểm cầu mới'), { audit: audit('bridge_point.create') });
    const written = await rows();
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0]!.after_json!)).toEqual({
      bridgePoints: { [ok.id]: (await services.conferences.get(plan.id)).bridgePoints.find((p) => p.id === ok.id) },
    });
  });

  it('is append-only: UPDATE and DELETE fail in the database', async () => {
    const plan = await services.conferences.create(
      { title: 'Hội nghị', startsAt: '2021-07-07T08:00' },
      { audit: audit('conference.create') },
    );
    await expect(database.db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const [row] = await rows();
    expect([row!.action, row!.conference_id]).toEqual(['conference.create', plan.id]);
  });

  it('lists newest first with filters and paging', async () => {
    const plan = await services.conferences.create({ title: 'A', startsAt: '2021-07-07T08:00' }, { audit: audit('conference.create') });
    for (let i = 0; i < 5; i += 1) {
      clock.advance(MINUTE);
      await services.conferences.updateInfo(plan.id, { venue: `Phòng ${i}` }, { audit: audit('conference.update') });
    }
    const other = await services.conferences.create(
      { title: 'B', startsAt: '2021-07-07T08:00' },
      { audit: { ...audit('conference.create'), actor: { kind: 'user', userId: 'u-2', linkId: null, label: 'x' } } },
    );
    const all = await services.audit.list({});
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => b - a));
    expect(all).toHaveLength(7);
    const page1 = await services.audit.list({ conferenceId: plan.id, limit: 4 });
    const page2 = await services.audit.list({ conferenceId: plan.id, limit: 4, beforeSeq: page1.at(-1)!.seq });
    expect(
      [...page1, ...page2].map((e) => (e.action === 'conference.create' ? 'created' : (e.after as ConferenceDiffSide).info?.venue)),
    ).toEqual(['Phòng 4', 'Phòng 3', 'Phòng 2', 'Phòng 1', 'Phòng 0', 'created']);
    expect((await services.audit.list({ actorUserId: 'u-2' })).map((e) => e.conferenceId)).toEqual([other.id]);
    const from = new Date(Date.parse('2021-07-01T01:02:00Z')).toISOString();
    const to = '2021-07-01T01:03:00.000Z';
    expect((await services.audit.list({ conferenceId: plan.id, from, to })).map((e) => e.at)).toEqual([
      '2021-07-01T01:03:00.000Z',
      '2021-07-01T01:02:00.000Z',
    ]);
    expect((await rejection(services.audit.list({ limit: 0 }))).code).toBe('validation.failed');
  });

  it('keeps a side larger than 16 KB as its digest, size and a preview: a 9.4 MB plan text makes a small row', async () => {
    const line = 'Một dòng rất dài của văn bản kế hoạch không phân loại được, lặp lại để làm văn bản lớn. ';
    const draft = sampleDraft();
    const lines = Array.from({ length: 9_400_000 / (line.length * 10) }, (_, i) => ({ section: 'III', text: `${i} ${line.repeat(10)}` }));
    const plan = await services.conferences.createFromDraft({ ...draft, unclassified: lines }, { audit: audit('conference.import') });
    const [row] = await database.db.selectFrom('audit_log').selectAll().where('conference_id', '=', plan.id).execute();
    const stored = Buffer.byteLength(JSON.stringify(row), 'utf8');
    expect(stored).toBeLessThan(4 * 1024);
    const after = JSON.parse(row!.after_json!) as { truncated: boolean; digest: string; size: number; preview: string };
    expect(after.size).toBeGreaterThan(9_000_000);
    expect(after).toEqual({
      truncated: true,
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      size: after.size,
      preview: expect.any(String),
    });
    expect(after.preview.length).toBeLessThanOrEqual(500);
    // A small write keeps its whole diff.
    await services.conferences.updateInfo(plan.id, { venue: 'Hội trường UBND tỉnh' }, { audit: audit('conference.update') });
    const [entry] = await services.audit.list({ conferenceId: plan.id, action: 'conference.update' });
    expect((entry!.after as ConferenceDiffSide).info?.venue).toBe('Hội trường UBND tỉnh');
  });

  it('a digest is the sha-256 of the JSON it stands for, and never cuts a character in two', () => {
    const value = { text: '😀'.repeat(10_000) };
    const json = JSON.stringify(value);
    const side = JSON.parse(auditSideJson(value)!) as { digest: string; size: number; preview: string };
    expect(side.digest).toBe(`sha256:${createHash('sha256').update(json).digest('hex')}`);
    expect(side.size).toBe(Buffer.byteLength(json));
    expect(side.preview).toBe(json.slice(0, 499));
    expect(auditSideJson({ small: 'x'.repeat(MAX_AUDIT_SIDE_BYTES - 20) })).toContain('"small"');
    expect(auditSideJson(null)).toBeNull();
  });
});
