import { describe, expect, it } from 'vitest';
import { AUDIT_PHRASES } from './audit-phrases.js';
import { auditSentence, entityNames, fillPhrase, hasAuditSentence, type AuditSentenceEntry } from './audit-sentences.js';
import { auditCaseActions, auditedActions, liveCommandActions } from './audited-actions.fixture.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ITEM_ID = '4b0c3a2e-1f6d-4a53-9b1e-0c2d3e4f5a60';
const POINT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const names = {
  items: new Map([[ITEM_ID, { number: '4', content: 'Gợi ý thảo luận của chủ trì Hội nghị' }]]),
  points: new Map([[POINT_ID, 'UBND huyện Tam Nông']]),
};
const entry = (
  action: string,
  after: unknown = null,
  before: unknown = null,
  more: Partial<AuditSentenceEntry> = {},
): AuditSentenceEntry => ({
  action,
  actor: { kind: 'user', label: 'Nguyễn Văn An' },
  entityType: 'conference',
  entityId: 'c1',
  before,
  after,
  ...more,
});

describe('every audited action has its sentence', () => {
  it('reads the codes from the audit cases, the sources and the live commands', () => {
    expect(auditCaseActions().length).toBeGreaterThan(90);
    expect(liveCommandActions()).toContain('live.skip_item');
    expect(auditedActions()).toEqual(expect.arrayContaining(['conclusion_notice.issue', 'vote.cast_secret', 'user.enable', 'live.extend']));
  });

  it('has a Vietnamese and an English template for each of them', () => {
    const missing = auditedActions().filter((action) => !hasAuditSentence(action));
    expect(missing).toEqual([]);
  });

  it('keeps no template for a code nothing audits (a renamed code must not leave a dead sentence)', () => {
    const audited = new Set(auditedActions());
    expect(Object.keys(AUDIT_PHRASES).filter((action) => !audited.has(action))).toEqual([]);
  });

  it('prints neither a placeholder, a bracket, a code nor an identifier, whatever the details hold', () => {
    const details = [null, {}, { itemId: ITEM_ID, bridgePointId: POINT_ID }, { command: { type: 'x', itemId: ITEM_ID, feed: POINT_ID } }];
    for (const action of auditedActions()) {
      for (const after of details) {
        for (const language of ['vi', 'en']) {
          const sentence = auditSentence(entry(action, after), language);
          expect(sentence, action).not.toMatch(/[{}[\]]|undefined|null|\s\s|\s\./);
          expect(sentence, action).not.toMatch(UUID);
          expect(sentence, action).not.toContain(action);
        }
      }
    }
  });
});

describe('sentences', () => {
  it('names the item the chair skipped by its number and title', () => {
    const skipped = entry('live.skip_item', { command: { type: 'skip_item', itemId: ITEM_ID }, version: 9, events: ['item.skipped'] });
    expect(auditSentence(skipped, 'vi', names)).toBe('Nguyễn Văn An bỏ qua nội dung 4 «Gợi ý thảo luận của chủ trì Hội nghị».');
    expect(auditSentence(skipped, 'en', names)).toBe('Nguyễn Văn An skipped item 4 “Gợi ý thảo luận của chủ trì Hội nghị”.');
    expect(auditSentence(skipped, 'vi')).toBe('Nguyễn Văn An bỏ qua.');
  });

  it('says what the secretary issued', () => {
    expect(auditSentence(entry('conclusion_notice.issue', { number: '12' }), 'vi')).toBe('Nguyễn Văn An ký phát Thông báo kết luận.');
  });

  it('gives extensions as a duration in words and for whom', () => {
    const extended = entry('live.extend', { command: { type: 'extend', target: 'floor', seconds: 180 } });
    expect(auditSentence(extended, 'vi')).toBe('Nguyễn Văn An thêm 3 phút cho người đang phát biểu.');
    expect(auditSentence(extended, 'en')).toBe('Nguyễn Văn An added 3 min to the current speaker.');
  });

  it('resolves a bridge point of a plan diff by its id, or by the name the diff carries', () => {
    const updated = entry(
      'bridge_point.update',
      { bridgePoints: { [POINT_ID]: { quota: 30 } } },
      { bridgePoints: { [POINT_ID]: { quota: 20 } } },
    );
    expect(auditSentence(updated, 'vi', names)).toBe('Nguyễn Văn An sửa điểm cầu UBND huyện Tam Nông.');
    expect(auditSentence(updated, 'vi')).toBe('Nguyễn Văn An sửa điểm cầu.');
    const created = entry('bridge_point.create', { bridgePoints: { x1: { name: 'Sở Y tế', quota: 5 } } });
    expect(auditSentence(created, 'vi')).toBe('Nguyễn Văn An thêm điểm cầu Sở Y tế.');
  });

  it('mutes and unmutes a hall, starts and stops the recording', () => {
    const mute = (muted: boolean) => entry('live.mute_hall', { command: { type: 'mute_hall', feed: POINT_ID, muted } });
    expect(auditSentence(mute(true), 'vi', names)).toBe('Nguyễn Văn An tắt tiếng điểm cầu UBND huyện Tam Nông.');
    expect(auditSentence(mute(false), 'en', names)).toBe('Nguyễn Văn An unmuted the bridge point UBND huyện Tam Nông.');
    const tier = (promoted: boolean) =>
      entry('live.set_point_tier', { command: { type: 'set_point_tier', bridgePointId: POINT_ID, promoted } });
    expect(auditSentence(tier(true), 'vi', names)).toBe(
      'Nguyễn Văn An chuyển điểm cầu UBND huyện Tam Nông sang tương tác (WebRTC) trong hôm nay.',
    );
    expect(auditSentence(tier(false), 'en', names)).toBe('Nguyễn Văn An switched the bridge point UBND huyện Tam Nông to watching (HLS).');
    expect(auditSentence(tier(false), 'vi')).toBe('Nguyễn Văn An chuyển sang theo dõi (HLS).');
    const recording = entry('live.set_recording', { command: { type: 'set_recording', recording: false } });
    expect(auditSentence(recording, 'vi')).toBe('Nguyễn Văn An dừng ghi hình.');
  });

  it('names the entity of a plan write, the new status, the system and a speaker with their hall', () => {
    expect(auditSentence(entry('delegate.create', { fullName: 'Trần Thị Ghi', phone: '' }), 'vi')).toBe(
      'Nguyễn Văn An thêm đại biểu Trần Thị Ghi.',
    );
    expect(auditSentence(entry('conference.change_status', { status: 'issued' }, { status: 'draft' }), 'vi')).toBe(
      'Nguyễn Văn An chuyển trạng thái hội nghị sang «Đã ban hành».',
    );
    const system = entry('followup.remind', { sent: 3 }, null, { actor: { kind: 'system', label: 'system' } });
    expect(auditSentence(system, 'vi')).toBe('Hệ thống nhắc báo cáo tiến độ nhiệm vụ.');
    const request = entry('live.request_floor', { speakerName: 'Lê Văn Ba', bridgePointName: '' });
    expect(auditSentence(request, 'vi')).toBe('Nguyễn Văn An đăng ký phát biểu cho Lê Văn Ba.');
  });

  it('names an entity from another entry of the same entity when its own details carry no name', () => {
    const link = { entityType: 'access_link', entityId: 'l1' };
    const created = entry('access_link.create', { purpose: 'guest', label: 'Phóng viên Báo Đồng Tháp' }, null, link);
    const revoked = entry('access_link.revoke', { revokedAt: '2026-12-07T10:00:00Z' }, { revokedAt: null }, link);
    expect(auditSentence(revoked, 'vi')).toBe('Nguyễn Văn An thu hồi đường dẫn truy cập.');
    expect(auditSentence(revoked, 'vi', { entities: entityNames([revoked, created]) })).toBe(
      'Nguyễn Văn An thu hồi đường dẫn truy cập «Phóng viên Báo Đồng Tháp».',
    );
    expect(entityNames([entry('conference.update', { title: 'Hội nghị' })]).size).toBe(0);
  });

  it('shortens a long title and leaves out a part whose name is not known', () => {
    const long = 'Báo cáo '.repeat(30);
    expect(auditSentence(entry('task.create', { tasks: { t1: { text: long } } }), 'vi')).toMatch(
      /^Nguyễn Văn An thêm nhiệm vụ «Báo cáo.{0,90}…»\.$/,
    );
    expect(fillPhrase('bỏ qua[ {item}][ tại {point}]', { point: 'Sở Y tế' })).toBe('bỏ qua tại Sở Y tế');
  });
});
