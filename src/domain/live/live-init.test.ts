import { beforeAll, describe, expect, it } from 'vitest';
import { initialLiveState } from './live-init.js';
import { agendaItem, seedLiveConference, type LiveConference } from './live.fixture.js';
import type { LiveState } from './live-state.js';

describe('initialLiveState on the seed programme', () => {
  let conference: LiveConference;
  let state: LiveState;
  const item = (id: string) => state.items.find((i) => i.id === id)!;
  beforeAll(async () => {
    conference = await seedLiveConference();
    state = initialLiveState(conference);
  });

  it('starts empty at version 0, not started, with the default speaker and warning times', () => {
    expect(state).toMatchObject({
      ...{ conferenceId: 'conf-seed', version: 0, phase: 'not_started', startedAt: null, endedAt: null },
      ...{ currentItemId: null, itemTimer: null, floor: null, requests: [], waitingOrder: [] },
      ...{ defaultSpeakerSeconds: 300, warningSeconds: 60 },
    });
  });

  it('lists the 10 items and the 8 speakers under item 5 in display order, all pending', () => {
    expect(state.items).toHaveLength(18);
    expect(state.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', ...Array(8).fill('-'), '6', '7', '8', '9', '10']);
    expect(state.items.map((i) => i.plannedOrder)).toEqual(state.items.map((_, k) => k + 1));
    expect(state.items.every((i) => i.state === 'pending' && !i.inserted && i.agendaItemId === i.id)).toBe(true);
    expect(state.items.slice(5, 13).every((i) => i.parentId === 'agenda-5')).toBe(true);
  });

  it('gives items 1–3 their 40 planned minutes from 08:00', () => {
    expect(state.items.slice(0, 3).map((i) => i.plannedSeconds)).toEqual([300, 900, 1200]);
    expect(item('agenda-1').plannedStart).toBe('2021-07-07T08:00');
    expect(item('agenda-4').plannedStart).toBe('2021-07-07T08:40');
  });

  it('gives item 5 eight speakers of 7 minutes: 56 minutes, each sub-row 7 minutes and the rule', () => {
    expect(item('agenda-5')).toMatchObject({ plannedSeconds: 56 * 60, perSpeakerSeconds: 420 });
    for (const sub of state.items.filter((i) => i.parentId === 'agenda-5')) {
      expect(sub).toMatchObject({ plannedSeconds: 420, perSpeakerSeconds: 420, number: '-' });
    }
    expect(item('agenda-6').presenter).toBe('UBND huyện Châu Thành');
  });

  it('invents no length for items 4, 9 and 10', () => {
    const unknown = state.items.filter((i) => i.plannedSeconds === null).map((i) => i.number);
    expect(unknown).toEqual(['4', '9', '10']);
    expect(item('agenda-14')).toMatchObject({ kind: 'break', plannedSeconds: 900, perSpeakerSeconds: null });
  });
});

describe('initialLiveState on small plans', () => {
  it('joins organisation and person with " - " and orders by position, sub-rows under their parent', () => {
    const state = initialLiveState({
      id: 'c',
      startsAt: '2024-01-02T14:00',
      agendaItems: [
        agendaItem('b', 2, { presenterOrganisation: 'Sở Nội vụ', presenterPerson: 'Giám đốc', durationMinutes: null }),
        agendaItem('b2', 2, { parentId: 'b', durationMinutes: 4 }),
        agendaItem('b1', 1, { parentId: 'b', durationMinutes: null }),
        agendaItem('a', 1, { presenterPerson: ' Chủ tịch ', number: 'I' }),
      ],
    });
    expect(state.items.map((i) => [i.id, i.number, i.presenter])).toEqual([
      ['a', 'I', 'Chủ tịch'],
      ['b', '2', 'Sở Nội vụ - Giám đốc'],
      ['b1', '-', ''],
      ['b2', '-', ''],
    ]);
    // b's length is unknown (b1 has none and no rule to inherit)
    expect(state.items.map((i) => i.plannedSeconds)).toEqual([600, null, null, 240]);
    expect(state.items.map((i) => i.plannedStart)).toEqual([
      '2024-01-02T14:00',
      '2024-01-02T14:10',
      '2024-01-02T14:10',
      '2024-01-02T14:10',
    ]);
  });

  it("takes a rule on an item without sub-rows as its speakers' time", () => {
    const state = initialLiveState({
      id: 'c',
      startsAt: '2024-01-02T14:00',
      agendaItems: [agendaItem('a', 1, { perSpeakerMinutes: 5, durationMinutes: 30 })],
    });
    expect(state.items[0]).toMatchObject({ plannedSeconds: 1800, perSpeakerSeconds: 300 });
  });

  it('gives an empty programme for a plan without agenda', () => {
    expect(initialLiveState({ id: 'c', startsAt: '2024-01-02T14:00', agendaItems: [] }).items).toEqual([]);
  });
});
