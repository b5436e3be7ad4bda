/**
 * Attendance (điểm danh): the counts per bridge point and participant group, the printed
 * lists, and the live event stream of the conference (Server-Sent Events) that says when
 * to refetch. The types are the service's own (type-only imports).
 */
import type { QuotaCounts } from '../../../src/domain/participants/quotas.js';
import type { AttendanceReport, GroupAttendance, PointAttendance } from '../../../src/services/participants/attendance-service.js';
import { DOMAIN_EVENT_TYPES, type DomainEvent } from '../../../src/realtime/events.js';
import { API_BASE, download, request } from './client.js';

export type { AttendanceReport, GroupAttendance, PointAttendance, QuotaCounts };

const base = (conferenceId: string) => `/conferences/${conferenceId}/attendance`;

export const getAttendance = (conferenceId: string, bridgePointId?: string, signal?: AbortSignal) =>
  request<AttendanceReport>(
    'GET',
    `${base(conferenceId)}${bridgePointId ? `?bridgePointId=${encodeURIComponent(bridgePointId)}` : ''}`,
    signal ? { signal } : {},
  );

export const downloadAttendanceList = (conferenceId: string, bridgePointId: string, format: 'docx' | 'xlsx') =>
  download(`${base(conferenceId)}/${bridgePointId}/list.${format}`, `danh-sach-dai-bieu.${format}`);

export type StreamState = 'connecting' | 'live' | 'reconnecting';

export interface EventStreamHandlers {
  /** A fresh stream or one that missed too much: refetch everything. */
  onResync(): void;
  onEvent(event: DomainEvent): void;
  onState(state: StreamState): void;
}

/** After the server refused or closed for good (e.g. restarted behind a proxy), try again after this long. */
const REOPEN_MS = 10_000;

/**
 * Listens to /conferences/:id/events. EventSource reconnects by itself after a network
 * loss (sending the last event id, so the server replays what was missed); when the
 * browser gives up (an error answer), a new one is opened after a pause. Returns the stop.
 */
export const openEventStream = (conferenceId: string, handlers: EventStreamHandlers): (() => void) => {
  let source: EventSource | null = null;
  let reopen: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const open = () => {
    handlers.onState('connecting');
    const current = new EventSource(`${API_BASE}/conferences/${encodeURIComponent(conferenceId)}/events`);
    source = current;
    current.onopen = () => handlers.onState('live');
    current.onerror = () => {
      if (stopped) return;
      handlers.onState('reconnecting');
      if (current.readyState === EventSource.CLOSED) {
        // Refused (signed out, no longer allowed, server busy): one refetch shows why; then try again later.
        handlers.onResync();
        reopen = setTimeout(() => {
          reopen = null;
          if (!stopped) open();
        }, REOPEN_MS);
      }
    };
    for (const name of ['ready', 'resync']) current.addEventListener(name, () => handlers.onResync());
    for (const type of DOMAIN_EVENT_TYPES) {
      current.addEventListener(type, (message) => {
        try {
          handlers.onEvent(JSON.parse((message as MessageEvent<string>).data) as DomainEvent);
        } catch {
          handlers.onResync();
        }
      });
    }
  };

  open();
  return () => {
    stopped = true;
    if (reopen) clearTimeout(reopen);
    source?.close();
  };
};
