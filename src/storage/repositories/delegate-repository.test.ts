/**
 * Protocol order in SQL on both databases: the explicit rank, else the rank of the delegate's
 * participant group, else the title's, the unranked last (domain/protocol). The group's rank is
 * read through a join, so a change of the group's rank, or its removal, shows at once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sortByProtocol } from '../../domain/protocol/protocol-order.js';
import { createConferenceService } from '../../services/conference-service.js';
import { newDelegateRow, personFields } from '../../services/participants/delegate-input.js';
import { groupInput, pointInput } from '../../services/testing.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { findRankedDelegateRow, insertDelegates, listAllDelegateRows, listDelegateRows, rowToDelegate } from './delegate-repository.js';
import { listSeatingRows } from './hall-layout-repository.js';

const AT = '2021-07-07T07:30:00.000Z';

describeDatabases('protocol order with participant groups on $dialect', ({ open }) => {
  let database: TestDatabase;
  let conferenceId = '';
  let pointId = '';
  let groupId = '';
  const conferences = () => createConferenceService(database);

  beforeAll(async () => {
    database = await open();
    const c = await conferences().create({ title: 'Hội nghị trực tuyến', startsAt: '2021-07-07T08:00' });
    conferenceId = c.id;
    pointId = (await conferences().addBridgePoint(c.id, pointInput('Hội trường UBND Tỉnh', { isHost: true }))).id;
    groupId = (
      await conferences().addParticipantGroup(
        c.id,
        groupInput('Lãnh đạo các sở', { scope: 'point', bridgePointId: pointId, protocolRank: 5 }),
      )
    ).id;
    const unrankedGroup = (
      await conferences().addParticipantGroup(c.id, groupInput('Chuyên viên', { scope: 'point', bridgePointId: pointId }))
    ).id;
    const delegate = (fullName: string, title: string, participantGroupId: string | null, protocolRank: number | null = null) =>
      newDelegateRow(
        { id: randomUUID(), conferenceId, bridgePointId: pointId, participantGroupId, protocolRank },
        personFields({ fullName, title }),
        AT,
      );
    await insertDelegates(database.db, [
      delegate('An', 'Chuyên viên', null), // unranked
      delegate('Bình', 'Giám đốc Sở Nội vụ', groupId), // the group's 5 hides the title's 10
      delegate('Cường', 'Phó Chủ tịch UBND Tỉnh', null), // the title's 8
      delegate('Dũng', 'Chuyên viên', groupId, 2), // explicit 2 wins over the group's 5
      delegate('Hà', 'Chủ tịch UBND Tỉnh', unrankedGroup), // a group without a rank: the title's 4
      delegate('Khoa', 'Chuyên viên', groupId), // the group's 5, after Bình by name
      delegate('Lan', 'Chuyên viên', unrankedGroup), // unranked
    ]);
  }, 60_000);
  afterAll(() => database?.close());

  const names = (rows: readonly { full_name: string }[]) => rows.map((row) => row.full_name);
  const page = async () => (await listDelegateRows(database.db, { conferenceId }, { offset: 0, limit: 100 })).rows;

  it('orders by the explicit rank, else the group, else the title, the unranked last: the same in SQL and in the domain', async () => {
    const expected = ['Dũng', 'Hà', 'Bình', 'Khoa', 'Cường', 'An', 'Lan'];
    const rows = await page();
    expect(names(rows)).toEqual(expected);
    expect(names(await listAllDelegateRows(database.db, conferenceId))).toEqual(expected);
    expect(names(await listSeatingRows(database.db, conferenceId, pointId))).toEqual(expected);
    // The domain's rule over the same rows, given in name order, agrees.
    const byName = [...rows].sort((a, b) => a.search_key.localeCompare(b.search_key)).map(rowToDelegate);
    expect(sortByProtocol(byName).map((d) => d.fullName)).toEqual(expected);
    expect(rows.map((row) => [row.full_name, row.group_rank === null ? null : Number(row.group_rank)])).toContainEqual(['Bình', 5]);
  });

  it('pages and counts through the join', async () => {
    const first = await listDelegateRows(database.db, { conferenceId, participantGroupId: groupId }, { offset: 1, limit: 1 });
    expect(first.total).toBe(3);
    expect(names(first.rows)).toEqual(['Bình']);
  });

  it("follows a change of the group's rank, and its removal, at once", async () => {
    await conferences().updateParticipantGroup(conferenceId, groupId, { protocolRank: 1 });
    expect(names(await page()).slice(0, 4)).toEqual(['Bình', 'Khoa', 'Dũng', 'Hà']);
    const khoa = (await page()).find((row) => row.full_name === 'Khoa')!;
    expect(rowToDelegate((await findRankedDelegateRow(database.db, conferenceId, khoa.id))!)).toMatchObject({
      protocolRank: null,
      groupRank: 1,
      titleRank: null,
    });

    await conferences().removeParticipantGroup(conferenceId, groupId);
    // Without their group: Dũng keeps his explicit rank, Bình falls back to the title, Khoa is unranked.
    expect(names(await page())).toEqual(['Dũng', 'Hà', 'Cường', 'Bình', 'An', 'Khoa', 'Lan']);
  });
});
