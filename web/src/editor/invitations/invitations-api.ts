/**
 * Invitations for the organizer: typed calls of /conferences/:id/invitations. Types mirror
 * src/server/routes/invitations/invitations.schema.ts.
 */
import type { AccessLink } from '../../api/accounts.js';
import { download, request } from '../../api/client.js';

export interface AnswerCounts {
  total: number;
  notInvited: number;
  noAnswer: number;
  confirmed: number;
  declined: number;
  substituted: number;
  invited: number;
}

export interface InvitationSummary {
  mail: { enabled: boolean; from: string | null; server: string | null };
  deadline: string | null;
  answerUntil: string;
  deliveries: { queued: number; sent: number; failed: number };
  points: { bridgePointId: string; name: string; quota: number | null; counts: AnswerCounts }[];
  groups: { participantGroupId: string | null; bridgePointId: string | null; text: string; counts: AnswerCounts }[];
  totals: AnswerCounts;
}

export type DeliveryStatus = 'queued' | 'sent' | 'failed';
export interface Delivery {
  id: string;
  delegateId: string;
  fullName: string;
  bridgePointId: string;
  kind: string;
  recipient: string;
  status: DeliveryStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type InvitationKind = 'invitation' | 'reminder';
export interface SendResult {
  kind: InvitationKind;
  queued: number;
  skipped: { delegateId: string; reason: 'no_email' | 'not_invited' | 'answered' }[];
}

const base = (conferenceId: string) => `/conferences/${conferenceId}/invitations`;

export const getInvitationSummary = (conferenceId: string, signal?: AbortSignal) =>
  request<InvitationSummary>('GET', base(conferenceId), signal ? { signal } : {});

export const sendInvitations = (
  conferenceId: string,
  body: { kind: InvitationKind; delegateIds?: string[]; deadline?: string | null },
) => request<SendResult>('POST', `${base(conferenceId)}/send`, { body });

export const listDeliveries = (conferenceId: string, query: { status?: DeliveryStatus; offset?: number; limit?: number } = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return request<{ items: Delivery[]; total: number; offset: number; limit: number }>('GET', `${base(conferenceId)}/deliveries${params.size ? `?${params}` : ''}`);
};

export const downloadDeliveryList = (conferenceId: string, bridgePointId?: string) =>
  download(`${base(conferenceId)}/delivery-list.docx${bridgePointId ? `?bridgePointId=${encodeURIComponent(bridgePointId)}` : ''}`, 'danh-sach-phat-giay-moi.docx');

export const downloadSample = (conferenceId: string) => download(`${base(conferenceId)}/sample.docx`, 'giay-moi-mau.docx');

export const createNominatorLink = (
  conferenceId: string,
  body: { bridgePointId: string; participantGroupId: string | null; label: string; expiresAt: string },
) => request<{ link: AccessLink; url: string }>('POST', `${base(conferenceId)}/nominator-links`, { body });
