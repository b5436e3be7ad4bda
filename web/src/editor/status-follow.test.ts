import { describe, expect, it } from 'vitest';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { permissionsOf, type PresentedConference } from '../auth/permissions.js';
import { readsEvents, withStatusOf } from './status-follow.js';

const plan = (status: Conference['status'], version: number, title: string, actions: string[]): Conference =>
  ({
    id: 'c1',
    title,
    status,
    archived: false,
    version,
    allowedActions: { conference: actions, bridgePoints: {}, participantGroups: {} },
  }) as unknown as Conference;

describe('the editor following the status of its conference', () => {
  const open = plan('issued', 4, 'Hội nghị', ['agenda.write', 'attendance.read']);
  const live = plan('live', 5, 'Hội nghị (sửa ở nơi khác)', ['live.run', 'attendance.read']);

  it('takes the fresh plan when nothing is unsaved', () => {
    expect(withStatusOf(open, live, false)).toBe(live);
  });

  it('takes only the status and the allowed actions over unsaved work, keeping its version (a save meets the conflict)', () => {
    const kept = withStatusOf(open, live, true) as PresentedConference;
    expect(kept).toMatchObject({ status: 'live', version: 4, title: 'Hội nghị' });
    expect(kept.allowedActions?.conference).toEqual(['live.run', 'attendance.read']);
  });

  it('listens only when the caller may read the event stream (the attendance), for the conference or a point', () => {
    expect(readsEvents(permissionsOf(open))).toBe(true);
    expect(readsEvents(permissionsOf(plan('issued', 1, 'x', ['conference.read'])))).toBe(false);
    const operator = {
      ...plan('issued', 1, 'x', []),
      allowedActions: { conference: [], bridgePoints: { p1: ['attendance.read'] }, participantGroups: {} },
    } as unknown as Conference;
    expect(readsEvents(permissionsOf(operator))).toBe(true);
  });
});
