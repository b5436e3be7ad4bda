/**
 * SIGKILL during the meeting: the real server process is killed right after it acknowledged
 * a request to speak, then started again on the same port and database. The socket client
 * reconnects by itself with its last version and ends with the server's state; the request
 * sent again with the same clientKey (the retry of a client that never saw the answer) is
 * not doubled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FloorRequest, LiveState } from '../../src/domain/live/live-state.js';
import { closeClients, follower, waitFor } from './live-client.js';
import {
  api,
  childDatabase,
  childLinkSession,
  childDialects,
  createMeeting,
  setUpAdministrator,
  startChild,
  type ChildDatabase,
  type ChildServer,
  type ChildSession,
} from './server-child.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

for (const { dialect, tags } of childDialects())
  describe(`a server killed with SIGKILL during the meeting (${dialect})`, { tags }, () => {
    let database: ChildDatabase;
    let server: ChildServer;
    let admin: ChildSession;

    beforeAll(async () => {
      database = await childDatabase(dialect);
      server = await startChild(database);
      admin = await setUpAdministrator(server);
    });
    afterAll(async () => {
      closeClients();
      await server?.stop();
      await database?.drop();
    });

    it('comes back with the same state, and the client catches up by itself without a doubled request', { timeout: 120_000 }, async () => {
      const { id, pointIds } = await createMeeting(server.baseUrl, admin);
      const live = `/conferences/${id}/live`;
      const run = (command: object) => api<{ state: LiveState }>(server.baseUrl, admin, 'POST', `${live}/commands`, command);
      // Each hall's operator asks for their hall (one waiting request per requester).
      const operators = await Promise.all(pointIds.map((pointId) => childLinkSession(server.baseUrl, admin, id, 'operator', pointId)));
      const ask = (clientKey: string, point: 0 | 1) =>
        api<FloorRequest>(server.baseUrl, operators[point]!, 'POST', `${live}/requests`, {
          clientKey,
          kind: 'speak',
          bridgePointId: pointIds[point],
        });

      const chair = follower(server.baseUrl, id, { cookie: admin.cookie, reconnection: true });
      chair.client.socket.connect();
      // Connected before the kill: otherwise its first connection is the one after the restart.
      await waitFor(
        () => chair.connects() === 1 && chair.state() !== null,
        'the chair to connect',
        30_000,
        () => chair.history(),
      );
      await run(START_CONFIRMED);
      const { state: started } = await run({ type: 'start_item' });
      const first = await ask('request-tan-hong-1', 1);
      const second = await ask('request-tinh-0001', 0);
      await server.kill();
      const killedAt = Date.now();

      const { state: before } = await api<{ state: LiveState }>(server.baseUrl, admin, 'GET', live).catch(() => ({ state: null }));
      expect(before).toBeNull(); // the server is gone
      await server.restart();
      const restartedAfter = Date.now() - killedAt;

      // The client that never saw the answer sends the same request again: the same entry.
      const retried = await ask('request-tinh-0001', 0);
      expect(retried.id).toBe(second.id);
      const { state } = await api<{ state: LiveState }>(server.baseUrl, admin, 'GET', live);
      expect(state.requests.map((r) => r.id)).toEqual([first.id, second.id]);
      expect(state.waitingOrder).toEqual([first.id, second.id]);
      expect(state.version).toBe(started.version + 2);

      await waitFor(
        () => chair.connects() >= 2 && chair.state()?.version === state.version,
        `the chair to reconnect and reach version ${state.version}`,
        30_000,
        () => ({
          connects: chair.connects(),
          version: chair.state()?.version,
          history: chair.history(),
          active: chair.client.socket.active,
          restartedAfter,
        }),
      );
      expect(chair.state()).toEqual(state);

      // The meeting goes on: the next change reaches the reconnected client.
      const { state: after } = await run({ type: 'give_floor', requestId: first.id });
      await waitFor(
        () => chair.state()?.version === after.version,
        `the chair to reach version ${after.version}`,
        30_000,
        () => chair.state()?.version,
      );
      expect(chair.state()).toEqual(after);
    });
  });
