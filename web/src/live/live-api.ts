/**
 * The live conference over HTTP (/api/v1/conferences/:id/live…): every change goes here,
 * never through the socket. Answers are handed to the page's live client at once, so the
 * screen that acted moves without waiting for the broadcast.
 */
import type {
  FloorRequestInput,
  HallReportInput,
  LiveEvent,
  LiveMessageInput,
  ProgrammeCommand,
} from '../../../src/domain/live/live-commands.js';
import type { FloorRequest, HallStatus, LiveMessage, LiveState } from '../../../src/domain/live/live-state.js';
import type { Timeline } from '../../../src/domain/live/live-timeline.types.js';
import type { HallSnapshot, SyncReply } from '../../../src/realtime/live-protocol.js';
import { download, request } from '../api/client.js';
import { liveClientOf } from './live-client.js';

export type { FloorRequestInput, HallReportInput, LiveMessageInput, ProgrammeCommand, Timeline };

/** What the caller may do in the live conference (GET /live). */
export interface LiveAccess {
  run: boolean;
  message: boolean;
  /** The whole roll-call wall. */
  readHalls: boolean;
  readTimeline: boolean;
  /** May ask to speak at all (a delegate or guest for themselves, without choosing a hall). */
  requestFloor: boolean;
  /** The points the caller may ask to speak for (staff: all). */
  requestFloorAt: string[];
  /** Every hall: then requestFloorAt is empty (a national conference's 16,242 are not listed). */
  requestFloorAtAll: boolean;
  reportHallAt: string[];
  reportHallAtAll: boolean;
  /** The operator's first point, a display's or a delegate's hall. */
  ownBridgePointId: string | null;
  /** Matches FloorRequest.requesterId of the caller's own requests. */
  requesterId: string | null;
}

export interface LiveOverview {
  title: string;
  state: LiveState;
  access: LiveAccess;
}

const base = (conferenceId: string) => `/conferences/${encodeURIComponent(conferenceId)}/live`;

export const getLive = async (conferenceId: string, signal?: AbortSignal): Promise<LiveOverview> => {
  const overview = await request<LiveOverview>('GET', base(conferenceId), signal ? { signal } : {});
  liveClientOf(conferenceId)?.seedState(overview.state);
  return overview;
};

/** A programme command (chair, secretariat). */
export const run = async (conferenceId: string, command: ProgrammeCommand): Promise<{ state: LiveState; events: LiveEvent[] }> => {
  const answer = await request<{ state: LiveState; events: LiveEvent[] }>('POST', `${base(conferenceId)}/commands`, {
    body: command,
    quiet: true,
  });
  const client = liveClientOf(conferenceId);
  client?.receiveEvents(answer.events);
  client?.seedState(answer.state);
  return answer;
};

export const requestFloor = (conferenceId: string, input: FloorRequestInput): Promise<FloorRequest> =>
  request<FloorRequest>('POST', `${base(conferenceId)}/requests`, { body: input, quiet: true });

export const withdraw = (conferenceId: string, requestId: string): Promise<FloorRequest> =>
  request<FloorRequest>('POST', `${base(conferenceId)}/requests/${encodeURIComponent(requestId)}/withdraw`, { quiet: true });

export const reportHall = async (conferenceId: string, pointId: string, input: HallReportInput): Promise<HallStatus> => {
  const hall = await request<HallStatus>('PUT', `${base(conferenceId)}/halls/${encodeURIComponent(pointId)}`, {
    body: input,
    quiet: true,
  });
  liveClientOf(conferenceId)?.receiveHall(hall);
  return hall;
};

export const sendMessage = async (conferenceId: string, input: LiveMessageInput): Promise<LiveMessage> => {
  const message = await request<LiveMessage>('POST', `${base(conferenceId)}/messages`, { body: input, quiet: true });
  liveClientOf(conferenceId)?.receiveMessage(message);
  return message;
};

export const halls = (conferenceId: string): Promise<HallSnapshot> => request<HallSnapshot>('GET', `${base(conferenceId)}/halls`);

export const eventsSince = (conferenceId: string, since: number): Promise<SyncReply> =>
  request<SyncReply>('GET', `${base(conferenceId)}/events?since=${since}`);

/** The whole timeline: its changes come a page at a time (src/services/paging.ts), followed to the last. */
export async function timeline(conferenceId: string): Promise<Timeline> {
  type Page = Timeline & { nextCursor: string | null };
  const first = await request<Page>('GET', `${base(conferenceId)}/timeline?limit=500`);
  const changes = [...first.changes];
  for (let cursor = first.nextCursor; cursor;) {
    const page: Page = await request<Page>('GET', `${base(conferenceId)}/timeline?limit=500&cursor=${encodeURIComponent(cursor)}`);
    changes.push(...page.changes);
    cursor = page.nextCursor;
  }
  const { nextCursor: _last, ...whole } = first;
  return { ...whole, changes };
}

export const downloadTimeline = (conferenceId: string, format: 'docx' | 'xlsx'): Promise<void> =>
  download(`${base(conferenceId)}/timeline.${format}`, `dien-bien-hoi-nghi.${format}`);

/**
 * A key for a floor request: a retry of the same request sends the same key. getRandomValues,
 * not randomUUID: a hall's screen may be served over plain http on the local network.
 */
export const newClientKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** One province's points with their roll call, every page ('' : the points without a province). */
export const provinceHalls = async (conferenceId: string, province: string, signal?: AbortSignal): Promise<HallStatus[]> => {
  type Page = { halls: HallStatus[]; next: string | null };
  const halls: HallStatus[] = [];
  let after: string | null = null;
  do {
    const query: string = `province=${encodeURIComponent(province)}${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page: Page = await request<Page>('GET', `${base(conferenceId)}/wall/points?${query}`, signal ? { signal } : {});
    halls.push(...page.halls);
    after = page.next;
  } while (after);
  return halls;
};
