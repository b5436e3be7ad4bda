/**
 * GET /conferences/:id/events over a real HTTP server (the app listening on 127.0.0.1) read
 * with a streaming fetch: the organizer receives the events of every point after each
 * committed check-in, walk-in or headcount; an operator only those of their own point; the
 * frames carry ids and counts, never names; callers without the right never get a stream.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { createUser, grant, type TestUser } from './actors.js';
import { API, call, openTestApp, seedConference, describeDatabases, apiDatabases, type Credentials, type TestApp } from './helpers.js';

interface Frame {
  id?: string;
  event?: string;
  data?: Record<string, unknown>;
}

/** Reads SSE frames from a streaming response; waits for frames, never for a fixed time. */
const openStream = (response: Response) => {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const frames: Frame[] = [];
  let buffer = '';
  let done = false;
  return {
    frames,
    async until(predicate: (frames: Frame[]) => boolean): Promise<Frame[]> {
      while (!predicate(frames) && !done) {
        const chunk = await reader.read();
        if (chunk.done) done = true;
        else buffer += chunk.value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame: Frame = {};
          for (const line of buffer.slice(0, end).split('\n')) {
            if (line.startsWith('id: ')) frame.id = line.slice(4);
            else if (line.startsWith('event: ')) frame.event = line.slice(7);
            else if (line.startsWith('data: ')) frame.data = JSON.parse(line.slice(6)) as Record<string, unknown>;
          }
          buffer = buffer.slice(end + 2);
          if (frame.event) frames.push(frame);
        }
      }
      return frames;
    },
  };
};

describeDatabases(
  'the live event stream on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let base: string;
    let operator: TestUser;
    const on = (path = '') => `${API}/conferences/${c.id}${path}`;
    const connect = (credentials: Credentials | null, headers: Record<string, string> = {}) =>
      fetch(`${base}${on('/events')}`, { headers: { cookie: credentials?.cookie ?? '', accept: 'text/event-stream', ...headers } });
    let keys = 0;
    const checkIn = (delegateId: string) =>
      call(
        t.app,
        {
          method: 'POST',
          url: on('/check-ins'),
          payload: { key: `khoa-${++keys}-${Date.now().toString(36)}`, delegateId, method: 'search' },
        },
        200,
      );
    const add = (bridgePointId: string, fullName: string) =>
      call<{ id: string }>(t.app, { method: 'POST', url: on('/delegates'), payload: { bridgePointId, fullName } }, 201);

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app);
      operator = await createUser(t, 'ky-thuat-huyen');
      await grant(t, c.id, operator, 'operator', [c.bridgePoints[1]!.id]);
      base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    });
    // Closing the app ends every open stream (the streams of the tests stay open until then).
    afterAll(() => t?.close());

    it('streams the changes of every point to the organizer, with ids and counts only', async () => {
      const [host, district] = c.bridgePoints as [Conference['bridgePoints'][0], Conference['bridgePoints'][0]];
      const response = await connect(t.admin.credentials);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      const stream = openStream(response);
      await stream.until((f) => f.some((x) => x.event === 'ready'));

      const nghia = await add(host.id, 'Phạm Thiện Nghĩa');
      await checkIn(nghia.id);
      await call(t.app, { method: 'PUT', url: on(`/headcounts/${district.id}`), payload: { count: 12 } }, 200);
      const frames = await stream.until((f) => f.some((x) => x.event === 'attendance.changed' && x.data?.bridgePointId === district.id));
      const events = frames.filter((f) => f.event !== 'ready');
      expect(events.map((f) => `${f.event} ${String(f.data?.bridgePointId)}`)).toEqual(
        expect.arrayContaining([`delegate.changed ${host.id}`, `attendance.changed ${host.id}`, `attendance.changed ${district.id}`]),
      );
      for (const frame of events) {
        expect(frame.id).toMatch(/^[0-9a-z]+\.\d+$/);
        expect(frame.data?.conferenceId).toBe(c.id);
        expect(JSON.stringify(frame.data)).not.toContain('Nghĩa');
      }
    });

    it('streams to an operator only the events of their own point', async () => {
      const [host, district] = c.bridgePoints as [Conference['bridgePoints'][0], Conference['bridgePoints'][0]];
      const stream = openStream(await connect(operator.credentials));
      await stream.until((f) => f.some((x) => x.event === 'ready'));
      const atHost = await add(host.id, 'Nguyễn Văn Tỉnh');
      await checkIn(atHost.id);
      const atDistrict = await add(district.id, 'Lê Văn Huyện');
      await checkIn(atDistrict.id);
      const frames = await stream.until((f) => f.some((x) => x.event === 'attendance.changed'));
      const points = new Set(frames.filter((f) => f.event !== 'ready').map((f) => f.data?.bridgePointId));
      expect([...points]).toEqual([district.id]);
    });

    it('replays what a reconnecting client missed after its Last-Event-ID', async () => {
      const host = c.bridgePoints[0]!;
      const first = openStream(await connect(t.admin.credentials));
      await first.until((f) => f.some((x) => x.event === 'ready'));
      const d = await add(host.id, 'Trần Văn Lỡ');
      const seen = await first.until((f) => f.some((x) => x.event === 'delegate.changed'));
      const lastId = seen.find((x) => x.event === 'delegate.changed')!.id!;
      await checkIn(d.id);
      const resumed = openStream(await connect(t.admin.credentials, { 'last-event-id': lastId }));
      const missed = await resumed.until((f) => f.some((x) => x.event === 'attendance.changed'));
      expect(missed[0]).toMatchObject({ event: 'attendance.changed', data: { bridgePointId: host.id } });
      expect(missed.some((x) => x.event === 'ready')).toBe(false);
    });

    it('opens no stream for an anonymous caller, a stranger, or a delegate without attendance rights', async () => {
      const anonymous = await connect(null);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('auth.required');
      const stranger = await createUser(t, 'nguoi-la');
      const hidden = await connect(stranger.credentials);
      expect(hidden.status).toBe(404);
      expect(((await hidden.json()) as { error: { code: string } }).error.code).toBe('conference.not_found');
      const delegate = await createUser(t, 'dai-bieu');
      await grant(t, c.id, delegate, 'delegate');
      const denied = await connect(delegate.credentials);
      expect(denied.status).toBe(403);
      expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('access.denied');
      const head = await fetch(`${base}${on('/events')}`, { method: 'HEAD', headers: { cookie: t.admin.credentials.cookie } });
      expect(head.status).toBe(404);
    });
  },
  apiDatabases(),
);
