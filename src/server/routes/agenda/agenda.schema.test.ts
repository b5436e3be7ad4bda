import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { computeSchedule, type AgendaItemLike } from '../../../domain/agenda-schedule.js';
import { ScheduleSchema } from './agenda.schema.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const item = (
  n: number,
  parent: number | null,
  durationMinutes: number | null,
  perSpeakerMinutes: number | null = null,
): AgendaItemLike => ({
  id: id(n),
  parentId: parent === null ? null : id(parent),
  position: n,
  durationMinutes,
  perSpeakerMinutes,
  kind: 'item',
});

describe('ScheduleSchema', () => {
  it('describes exactly what computeSchedule returns, so the response strips nothing', () => {
    const schedule = computeSchedule('2021-07-07T08:00', [
      item(1, null, 5),
      item(2, null, null, 7),
      item(3, 2, null),
      item(4, 2, null),
      item(5, null, null),
    ]);
    expect(Value.Errors(ScheduleSchema, schedule)).toEqual([]);
    const itemKeys = Object.keys(ScheduleSchema.properties.items.items.properties).sort();
    for (const scheduled of schedule.items) expect(Object.keys(scheduled).sort()).toEqual(itemKeys);
    expect(Object.keys(schedule).sort()).toEqual(Object.keys(ScheduleSchema.properties).sort());
    expect(Object.keys(schedule.totals).sort()).toEqual(Object.keys(ScheduleSchema.properties.totals.properties).sort());
  });
});
