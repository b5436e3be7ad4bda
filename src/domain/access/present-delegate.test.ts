import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { listableBridgePointIds, presentDelegate } from './present-delegate.js';
import type { Delegate } from '../participants/delegate.js';

const conference = { id: 'c1', status: 'issued' as const, archived: false };
const member = (role: 'organizer' | 'chair' | 'operator' | 'delegate', points: string[] = []): Actor => ({
  kind: 'user',
  userId: `u-${role}`,
  isAdmin: false,
  memberships: [{ conferenceId: 'c1', role, bridgePointIds: points }],
});
const delegate = (over: Partial<Delegate> = {}): Delegate => ({
  id: 'd1',
  conferenceId: 'c1',
  bridgePointId: 'p1',
  participantGroupId: null,
  fullName: 'Nguyễn Văn A',
  title: 'Chủ tịch',
  organisation: 'UBND huyện',
  phone: '0912345678',
  email: 'a@example.vn',
  seat: '',
  notes: '',
  invitation: 'invited',
  substitute: { fullName: 'Trần B', title: '', phone: '0987654321', email: 'b@example.vn' },
  attendance: 'unknown',
  walkIn: false,
  protocolRank: null,
  groupRank: null,
  titleRank: null,
  answeredAt: null,
  checkedInAt: null,
  version: 1,
  ...over,
});

describe('presentDelegate', () => {
  it('shows contacts and every write to the organizer', () => {
    const shown = presentDelegate(member('organizer'), conference, delegate());
    expect(shown.phone).toBe('0912345678');
    expect(shown.allowedActions).toEqual(['delegate.update', 'delegate.delete', 'delegate.check_in', 'seating.write']);
  });
  it('strips contacts (also of the substitute) for the chair, who may only read', () => {
    const shown = presentDelegate(member('chair'), conference, delegate());
    expect([shown.phone, shown.email, shown.substitute?.phone, shown.substitute?.email]).toEqual(['', '', '', '']);
    expect(shown.substitute?.fullName).toBe('Trần B');
    expect(shown.allowedActions).toEqual([]);
  });
  it("gives an operator their own point's delegates and nothing of another point", () => {
    const operator = member('operator', ['p1']);
    expect(presentDelegate(operator, conference, delegate()).phone).toBe('0912345678');
    const other = presentDelegate(operator, conference, delegate({ bridgePointId: 'p2' }));
    expect(other.phone).toBe('');
    expect(other.allowedActions).toEqual([]);
  });
  it('lets a personal link see and answer only its own delegate', () => {
    const link: Actor = {
      kind: 'link',
      linkId: 'l',
      purpose: 'delegate',
      conferenceId: 'c1',
      bridgePointId: null,
      participantGroupId: null,
      delegateId: 'd1',
    };
    expect(presentDelegate(link, conference, delegate()).allowedActions).toEqual(['delegate.answer']);
    expect(presentDelegate(link, conference, delegate({ id: 'd2' })).phone).toBe('');
  });
  it('lists every point for organizer and chair, own points for an operator, none for a delegate', () => {
    const points = ['p1', 'p2', 'p3'];
    expect(listableBridgePointIds(member('chair'), conference, points)).toEqual(points);
    expect(listableBridgePointIds(member('operator', ['p2']), conference, points)).toEqual(['p2']);
    expect(listableBridgePointIds(member('delegate'), conference, points)).toEqual([]);
  });
});
