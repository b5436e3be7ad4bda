/** A conference with a host hall and a district hall and their delegates (each with an e-mail address), some present, for the vote tests. */
import { randomUUID } from 'node:crypto';
import { insertDelegates } from '../../storage/repositories/delegate-repository.js';
import type { Database } from '../../storage/database.js';
import { createConferenceService } from '../conference-service.js';
import { newDelegateRow, personFields } from '../participants/delegate-input.js';
import { pointInput } from '../testing.js';

export interface VoteFixture {
  conferenceId: string;
  host: string;
  district: string;
  /** Delegate ids per hall, the first `present` of each checked in. */
  delegates: Record<'host' | 'district', string[]>;
}

export async function voteFixture(
  database: Database,
  sizes: { host: [number, number]; district: [number, number] } = { host: [6, 5], district: [4, 3] },
): Promise<VoteFixture> {
  const conferences = createConferenceService(database);
  const c = await conferences.create({ title: 'Hội nghị trực tuyến', startsAt: '2021-07-07T08:00' });
  const host = (await conferences.addBridgePoint(c.id, pointInput('Hội trường UBND Tỉnh', { isHost: true }))).id;
  const district = (await conferences.addBridgePoint(c.id, pointInput('Điểm cầu huyện Tháp Mười'))).id;
  const at = '2021-07-07T07:30:00.000Z';
  const delegates = { host: [] as string[], district: [] as string[] };
  for (const [hall, pointId] of [
    ['host', host],
    ['district', district],
  ] as const) {
    const [count, present] = sizes[hall];
    const rows = Array.from({ length: count }, (_, index) => ({
      ...newDelegateRow(
        { id: randomUUID(), conferenceId: c.id, bridgePointId: pointId, participantGroupId: null },
        personFields({ fullName: `Đại biểu ${hall} ${index + 1}`, email: `${hall}-${index + 1}@dongthap.gov.vn` }),
        at,
      ),
      ...(index < present ? { attendance: 'present', checked_in_at: at } : {}),
    }));
    await insertDelegates(database.db, rows);
    delegates[hall] = rows.map((row) => row.id);
  }
  return { conferenceId: c.id, host, district, delegates };
}
