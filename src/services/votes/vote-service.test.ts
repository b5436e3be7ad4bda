import { afterEach, beforeEach, expect, it } from 'vitest';
import { InProcessEventBus, type BackboneEvent } from '../../realtime/event-bus.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { rejection } from '../testing.js';
import { createVoteService, type VoteService } from './vote-service.js';
import { voteFixture, type VoteFixture } from './votes.fixture.js';

const delegate = (delegateId: string) => ({ kind: 'delegate', delegateId }) as const;

describeDatabases('votes on $dialect', ({ open }) => {
  let database: TestDatabase;
  let f: VoteFixture;
  let votes: VoteService;
  let published: BackboneEvent[];
  afterEach(() => database.close());

  beforeEach(async () => {
    database = await open();
    f = await voteFixture(database);
    const events = new InProcessEventBus();
    published = [];
    events.subscribeAll(({ event }) => void published.push(event));
    votes = createVoteService(database, { events, noticeMs: 5 });
  });

  const auditActions = async (voteId: string) =>
    (
      await database.db.selectFrom('audit_log').select(['action', 'after_json']).where('entity_id', '=', voteId).orderBy('seq').execute()
    ).map((row) => row.action);
  const ballotRows = (voteId: string) => database.db.selectFrom('vote_ballots').selectAll().where('vote_id', '=', voteId).execute();

  it('runs an open vote: created as a draft, opened with its quorum, ballots replaced while open, closed with the result per hall', async () => {
    const draft = await votes.create(f.conferenceId, { question: 'Thông qua dự thảo Quyết định?' });
    expect(draft).toMatchObject({ state: 'draft', options: ['Tán thành', 'Không tán thành', 'Không biểu quyết'], cast: 0, result: null });
    expect((await rejection(votes.cast(f.conferenceId, draft.id, delegate(f.delegates.host[0]!), { option: 0 }))).code).toBe(
      'vote.not_open',
    );
    const opened = await votes.open(f.conferenceId, draft.id);
    expect(opened).toMatchObject({ state: 'open', openedWith: { present: 8, entitled: 10 } });

    const [h0, h1, h2] = f.delegates.host;
    expect(await votes.cast(f.conferenceId, draft.id, delegate(h0!), { option: 1 })).toEqual({
      voteId: draft.id,
      option: 1,
      replaced: false,
    });
    expect(await votes.cast(f.conferenceId, draft.id, delegate(h0!), { option: 0 })).toEqual({
      voteId: draft.id,
      option: 0,
      replaced: true,
    });
    // The same choice again writes nothing.
    expect(await votes.cast(f.conferenceId, draft.id, delegate(h0!), { option: 0 })).toMatchObject({ replaced: false });
    await votes.cast(f.conferenceId, draft.id, delegate(h1!), { option: 0 });
    await votes.cast(f.conferenceId, draft.id, delegate(h2!), { option: 2 });
    await votes.cast(f.conferenceId, draft.id, delegate(f.delegates.district[0]!), { option: 0 });
    expect(await ballotRows(draft.id)).toHaveLength(4);
    expect(await votes.ballotOf(f.conferenceId, draft.id, delegate(h0!))).toEqual({ voted: true, option: 0 });
    // The delegate not checked in may not vote.
    expect((await rejection(votes.cast(f.conferenceId, draft.id, delegate(f.delegates.host[5]!), { option: 0 }))).code).toBe(
      'vote.not_present',
    );
    expect((await rejection(votes.cast(f.conferenceId, draft.id, delegate('someone-else'), { option: 0 }))).code).toBe('vote.not_entitled');
    expect((await rejection(votes.cast(f.conferenceId, draft.id, delegate(h0!), { option: 3 }))).code).toBe('vote.bad_option');
    expect((await votes.get(f.conferenceId, draft.id)).result!.options.map((o) => o.count)).toEqual([3, 0, 1]);

    const closed = await votes.close(f.conferenceId, draft.id);
    expect(closed.state).toBe('closed');
    expect(closed.result).toMatchObject({
      entitled: 10,
      present: 8,
      cast: 4,
      options: [
        { label: 'Tán thành', count: 3, percentOfEntitled: 30 },
        { label: 'Không tán thành', count: 0, percentOfEntitled: 0 },
        { label: 'Không biểu quyết', count: 1, percentOfEntitled: 10 },
      ],
      majority: { baseCount: 10, required: 6, inFavour: 3, passed: false },
      quorum: { met: true, required: 6 },
    });
    expect(closed.result!.halls.map((hall) => [hall.name, hall.entitled, hall.present, hall.counts])).toEqual([
      ['Hội trường UBND Tỉnh', 6, 5, [2, 0, 1]],
      ['Điểm cầu huyện Tháp Mười', 4, 3, [1, 0, 0]],
    ]);
    expect(await auditActions(draft.id)).toEqual([
      'vote.create',
      'vote.open',
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'vote.close',
    ]);
    const kinds = published.filter((e) => e.type === 'vote.changed').map((e) => (e.type === 'vote.changed' ? e.state : ''));
    expect(kinds[0]).toBe('draft');
    expect(kinds.at(-1)).toBe('closed');
  });

  it('keeps the closed vote as it was: no ballot, count, reopening or second closing; the roll of entitled and present is stored', async () => {
    const vote = await votes.create(f.conferenceId, { question: 'Q', quorum: null });
    await votes.open(f.conferenceId, vote.id);
    await votes.cast(f.conferenceId, vote.id, delegate(f.delegates.host[0]!), { option: 0 });
    const closed = await votes.close(f.conferenceId, vote.id);
    for (const refused of [
      () => votes.cast(f.conferenceId, vote.id, delegate(f.delegates.host[0]!), { option: 1 }),
      () => votes.cast(f.conferenceId, vote.id, delegate(f.delegates.host[1]!), { option: 0 }),
      () => votes.enterHands(f.conferenceId, vote.id, f.district, { counts: [1, 0, 0] }),
      () => votes.close(f.conferenceId, vote.id),
    ])
      expect((await rejection(refused())).code).toBe('vote.not_open');
    expect((await rejection(votes.open(f.conferenceId, vote.id))).code).toBe('vote.not_draft');
    // Later check-ins do not change the result: it was fixed with its roll at closing.
    await database.db.updateTable('delegates').set({ attendance: 'present' }).where('conference_id', '=', f.conferenceId).execute();
    expect(await votes.get(f.conferenceId, vote.id)).toEqual(closed);
    const roll = await database.db.selectFrom('vote_roll').selectAll().where('vote_id', '=', vote.id).execute();
    expect(roll).toHaveLength(10);
    expect(roll.filter((row) => Number(row.present) === 1)).toHaveLength(8);
  });

  it('refuses to open without the quorum, with the numbers', async () => {
    const vote = await votes.create(f.conferenceId, { question: 'Q', quorum: { numerator: 9, denominator: 10, strict: false } });
    const refused = await rejection(votes.open(f.conferenceId, vote.id));
    expect(refused.code).toBe('vote.no_quorum');
    expect(refused.localized.vi).toBe('Chưa đủ số lượng để biểu quyết: có mặt 8/10, cần ít nhất 9.');
    expect((await votes.get(f.conferenceId, vote.id)).state).toBe('draft');
  });

  it('counts a hall by its show-of-hands count instead of its ballots, and takes no more ballots there', async () => {
    const vote = await votes.create(f.conferenceId, { question: 'Q' });
    await votes.open(f.conferenceId, vote.id);
    await votes.cast(f.conferenceId, vote.id, delegate(f.delegates.host[0]!), { option: 0 });
    await votes.cast(f.conferenceId, vote.id, delegate(f.delegates.district[0]!), { option: 1 });
    await votes.cast(f.conferenceId, vote.id, delegate(f.delegates.district[1]!), { option: 1 });
    await votes.enterHands(f.conferenceId, vote.id, f.district, { counts: [2, 0, 1] });
    expect((await votes.get(f.conferenceId, vote.id)).cast).toBe(4);
    // Entered again: the new count replaces the first.
    await votes.enterHands(f.conferenceId, vote.id, f.district, { counts: [3, 0, 0] });
    expect((await rejection(votes.cast(f.conferenceId, vote.id, delegate(f.delegates.district[2]!), { option: 0 }))).code).toBe(
      'vote.hall_counted_by_hands',
    );
    expect((await rejection(votes.enterHands(f.conferenceId, vote.id, f.district, { counts: [4, 1, 0] }))).code).toBe(
      'vote.hands_too_many',
    );
    const { result } = await votes.close(f.conferenceId, vote.id);
    expect(result!.halls.map((hall) => [hall.method, hall.counts])).toEqual([
      ['ballots', [1, 0, 0]],
      ['show_of_hands', [3, 0, 0]],
    ]);
    expect(result!.options.map((option) => option.count)).toEqual([4, 0, 0]);
    // The district's ballots are kept, not counted.
    expect(await ballotRows(vote.id)).toHaveLength(3);
    const hands = await database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'vote.count_hands').execute();
    expect(hands.map((row) => JSON.parse(row.after_json!) as unknown)).toEqual([
      { bridgePointId: f.district, counts: [2, 0, 1] },
      { bridgePointId: f.district, counts: [3, 0, 0] },
    ]);
  });

  it('takes a secret ballot once, counts it without its voter, and shows no counts before closing', async () => {
    const vote = await votes.create(f.conferenceId, { question: 'Q', secret: true });
    await votes.open(f.conferenceId, vote.id);
    expect(await votes.cast(f.conferenceId, vote.id, delegate(f.delegates.host[0]!), { option: 1 })).toEqual({
      voteId: vote.id,
      option: null,
      replaced: false,
    });
    expect((await rejection(votes.cast(f.conferenceId, vote.id, delegate(f.delegates.host[0]!), { option: 0 }))).code).toBe(
      'vote.already_voted',
    );
    await votes.cast(f.conferenceId, vote.id, delegate(f.delegates.district[0]!), { option: 0 });
    expect((await rejection(votes.enterHands(f.conferenceId, vote.id, f.district, { counts: [1, 0, 0] }))).code).toBe(
      'vote.hands_not_allowed',
    );
    expect(await votes.ballotOf(f.conferenceId, vote.id, delegate(f.delegates.host[0]!))).toEqual({ voted: true, option: null });
    expect(await votes.get(f.conferenceId, vote.id)).toMatchObject({ cast: 2, result: null });
    const { result } = await votes.close(f.conferenceId, vote.id);
    expect(result!.halls.map((hall) => hall.counts)).toEqual([
      [0, 1, 0],
      [1, 0, 0],
    ]);
    const audits = await database.db
      .selectFrom('audit_log')
      .select(['action', 'before_json', 'after_json'])
      .where('entity_id', '=', vote.id)
      .execute();
    for (const row of audits.filter((r) => r.action === 'vote.cast_secret')) {
      expect(row.before_json).toBeNull();
      expect(Object.keys(JSON.parse(row.after_json!) as object).sort()).toEqual(['bridgePointId', 'voterId']);
    }
  });

  it('takes one vote per bridge point, cast for the point, present or not', async () => {
    const vote = await votes.create(f.conferenceId, { question: 'Q', electorate: 'bridge_points', quorum: null });
    await votes.open(f.conferenceId, vote.id);
    await votes.cast(f.conferenceId, vote.id, { kind: 'bridge_point', bridgePointId: f.district }, { option: 0 });
    await votes.cast(f.conferenceId, vote.id, { kind: 'bridge_point', bridgePointId: f.district }, { option: 2 });
    expect((await rejection(votes.cast(f.conferenceId, vote.id, delegate(f.delegates.host[0]!), { option: 0 }))).code).toBe(
      'vote.not_entitled',
    );
    const { result } = await votes.close(f.conferenceId, vote.id);
    expect(result).toMatchObject({ entitled: 2, present: 2, cast: 1, majority: { required: 2, passed: false } });
    expect(result!.options.map((option) => option.count)).toEqual([0, 0, 1]);
  });

  it('names the programme item it is on, or refuses an unknown one', async () => {
    expect((await rejection(votes.create(f.conferenceId, { question: 'Q', itemId: 'no-such-item' }))).code).toBe('vote.item_not_found');
    expect((await rejection(votes.get(f.conferenceId, 'no-such-vote'))).code).toBe('vote.not_found');
  });
});
