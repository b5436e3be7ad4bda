/**
 * Invitations for the organizer: typed calls of /conferences/:id/invitations. The report
 * types are the service's own (type-only imports).
 */
import type { AnswerCounts, DeliveryItem, InvitationSummary } from '../../../../src/services/participants/invitation-reports.js';
import type { AccessLink } from '../../api/accounts.js';
import { download, request } from '../../api/client.js';

export type { AnswerCounts, InvitationSummary };

export type DeliveryStatus = 'queued' | 'sent' | 'failed';
export type Delivery = DeliveryItem;

export type InvitationKind = 'invitation' | 'reminder';
export interface SendResult {
  kind: InvitationKind;
  queued: number;
  skipped: { delegateId: string; reason: 'no_email' | 'not_invited' | 'answered' }[];
}

const base = (conferenceId: string) => `/conferences/${conferenceId}/invitations`;

export const getInvitationSummary = (conferenceId: string, signal?: AbortSignal) =>
  request<InvitationSummary>('GET', base(conferenceId), signal ? { signal } : {});

export interface SendRequest {
  kind: InvitationKind;
  delegateIds?: string[];
  deadline?: string | null;
}

/** What a send would do now: to whom, and the warnings to confirm (issue 17). */
export type SendPreview = import('../../../../src/services/participants/invitation-service.js').SendPreview;

export const previewSend = (conferenceId: string, body: SendRequest) =>
  request<SendPreview>('POST', `${base(conferenceId)}/preview`, { body });

/** Sends once the user confirmed the preview's count and warnings. */
export const sendInvitations = (conferenceId: string, body: SendRequest & { confirm: { count: number; warnings: string[] } }) =>
  request<SendResult>('POST', `${base(conferenceId)}/send`, { body });

export const listDeliveries = (conferenceId: string, query: { status?: DeliveryStatus; offset?: number; limit?: number } = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return request<{ items: Delivery[]; total: number; offset: number; limit: number }>(
    'GET',
    `${base(conferenceId)}/deliveries${params.size ? `?${params}` : ''}`,
  );
};

export const downloadDeliveryList = (conferenceId: string, bridgePointId?: string) =>
  download(
    `${base(conferenceId)}/delivery-list.docx${bridgePointId ? `?bridgePointId=${encodeURIComponent(bridgePointId)}` : ''}`,
    'danh-sach-phat-giay-moi.docx',
  );

export const downloadSample = (conferenceId: string) => download(`${base(conferenceId)}/sample.docx`, 'giay-moi-mau.docx');

export const createNominatorLink = (
  conferenceId: string,
  body: { bridgePointId: string; participantGroupId: string | null; label: string; expiresAt: string },
) => request<{ link: AccessLink; url: string }>('POST', `${base(conferenceId)}/nominator-links`, { body });
