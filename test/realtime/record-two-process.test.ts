/**
 * Issue 16's effects across two server processes on one database and one Redis (REDIS_URL;
 * tagged `redis`, so skipped and counted without it):
 * - a vote opened through A reaches a chair console's live socket on B (`vote:changed`, open),
 *   a show-of-hands count entered through B is announced on A's socket with its count, and the
 *   closing through A reaches B with the final state;
 * - a secretary's note and a conclusion written through A reach the secretariat's event stream
 *   (SSE) open on B;
 * - issue 17: the conference's status following its meeting, opened and closed through A,
 *   reaches the event stream open on B (`conference.status_changed`: what an editor open on the
 *   plan refreshes its status badge by), and B then reads the new status.
 */
import { describe, expect, it } from 'vitest';
import { connected, liveClient, ofKind, waitFor } from './live-client.js';
import { openWall } from './sse-client.js';
import { addDelegate, api, createMeeting, useTwoProcessesOnRedis } from './server-child.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

describe("issue 16's events across two processes (Redis)", { tags: ['redis'] }, () => {
  const two = useTwoProcessesOnRedis();

  it('announces a vote opened on A, a hall count entered on B and the closing on A to sockets on both', { timeout: 60_000 }, async () => {
    const { id, pointIds } = await createMeeting(two.a.baseUrl, two.admin);
    const onA = await connected(liveClient(two.a.baseUrl, { conferenceId: id }, { cookie: two.admin.cookie }));
    const onB = await connected(liveClient(two.b.baseUrl, { conferenceId: id }, { cookie: two.admin.cookie }));
    await addDelegate(two.a.baseUrl, two.admin, id, pointIds[1]!);
    await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/live/commands`, START_CONFIRMED);

    // Open, per delegate, no quorum check: a hall's operator (here: the organizer) enters a show of hands.
    const vote = await api<{ id: string }>(
      two.a.baseUrl,
      two.admin,
      'POST',
      `/conferences/${id}/votes`,
      { question: 'Thông qua dự thảo Quyết định', quorum: null },
      201,
    );
    await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/votes/${vote.id}/open`, {});
    const changesOn = (client: typeof onA) => ofKind(client.received, 'vote:changed').filter((c) => c.voteId === vote.id);
    await waitFor(() => changesOn(onB).some((c) => c.state === 'open'), 'the opening on the socket of B');

    await api(two.b.baseUrl, two.admin, 'PUT', `/conferences/${id}/votes/${vote.id}/hands/${pointIds[1]}`, { counts: [1, 0, 0] });
    await waitFor(() => changesOn(onA).some((c) => c.state === 'open' && c.cast === 1), "B's hall count announced on A");

    await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/votes/${vote.id}/close`, {});
    await waitFor(() => changesOn(onB).some((c) => c.state === 'closed'), 'the closing on the socket of B');
    expect(changesOn(onB).at(-1)).toEqual({ voteId: vote.id, state: 'closed', cast: 1 });
  });

  it("delivers a secretary's note and a conclusion written on A to the stream open on B", { timeout: 60_000 }, async () => {
    const { id } = await createMeeting(two.a.baseUrl, two.admin);
    const { agendaItems } = await api<{ agendaItems: { id: string }[] }>(two.a.baseUrl, two.admin, 'GET', `/conferences/${id}`);
    const wall = await openWall(two.b.baseUrl, id, two.admin.cookie);
    try {
      const note = { itemId: agendaItems[0]!.id, text: 'Ghi chú của thư ký' };
      await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/minutes/notes`, note, 201);
      await waitFor(() => wall.events.some((e) => e.event === 'minutes.changed'), 'the note on the stream of B');
      expect(wall.events.find((e) => e.event === 'minutes.changed')?.data).toEqual({ type: 'minutes.changed', conferenceId: id });

      await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/conclusion-notice/draft`, {});
      const notice = await api<{ conclusions: { id: string }[] }>(
        two.a.baseUrl,
        two.admin,
        'POST',
        `/conferences/${id}/conclusion-notice/conclusions`,
        {
          text: 'Giao Sở Nội vụ hoàn thiện dự thảo Quyết định.',
          leadAgency: 'Sở Nội vụ',
          cooperatingAgencies: [],
          taskText: '',
          deadline: null,
        },
        201,
      );
      const conclusionId = notice.conclusions.at(-1)!.id;
      await waitFor(
        () =>
          wall.events.some(
            (e) => e.event === 'conclusions.changed' && (e.data as { conclusionIds: string[] }).conclusionIds.includes(conclusionId),
          ),
        'the conclusion on the stream of B',
      );
    } finally {
      wall.close();
    }
  });
  it("delivers the conference's status, opened and closed through A, to the stream open on B (issue 17)", { timeout: 60_000 }, async () => {
    const { id } = await createMeeting(two.a.baseUrl, two.admin);
    const before = await api<{ status: string }>(two.b.baseUrl, two.admin, 'GET', `/conferences/${id}`);
    const wall = await openWall(two.b.baseUrl, id, two.admin.cookie);
    try {
      const changes = () => wall.events.filter((e) => e.event === 'conference.status_changed').map((e) => e.data);
      await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/live/commands`, START_CONFIRMED);
      await waitFor(() => changes().length === 1, 'the opening on the stream of B');
      expect(changes()).toEqual([{ type: 'conference.status_changed', conferenceId: id, from: before.status, to: 'live' }]);
      expect((await api<{ status: string }>(two.b.baseUrl, two.admin, 'GET', `/conferences/${id}`)).status).toBe('live');

      await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/live/commands`, { type: 'end_meeting' });
      await waitFor(() => changes().length === 2, 'the closing on the stream of B');
      expect(changes()[1]).toEqual({ type: 'conference.status_changed', conferenceId: id, from: 'live', to: 'closed' });
      expect((await api<{ status: string }>(two.b.baseUrl, two.admin, 'GET', `/conferences/${id}`)).status).toBe('closed');
    } finally {
      wall.close();
    }
  });
});
