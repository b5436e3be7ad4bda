import { describe, expect, it } from 'vitest';
import type { ConferenceStatus } from '../conference.schema.js';
import { statusAfterEvents, statusFollowingMeeting } from './meeting-status.js';

const ALL: ConferenceStatus[] = ['draft', 'issued', 'live', 'closed'];

describe('statusFollowingMeeting', () => {
  it('opening makes a draft or issued plan live and leaves the others', () => {
    expect(ALL.map((status) => statusFollowingMeeting(status, 'meeting.started'))).toEqual(['live', 'live', null, null]);
  });

  it('closing the meeting ends the conference, whatever came before', () => {
    expect(ALL.map((status) => statusFollowingMeeting(status, 'meeting.ended'))).toEqual(['closed', 'closed', 'closed', null]);
  });

  it('follows a list of events, ignoring the rest of the programme', () => {
    expect(statusAfterEvents('issued', [{ type: 'item.started' }])).toBe('issued');
    expect(statusAfterEvents('issued', [{ type: 'meeting.started' }, { type: 'item.started' }])).toBe('live');
    expect(statusAfterEvents('issued', [{ type: 'item.ended' }, { type: 'meeting.ended' }])).toBe('closed');
  });
});
