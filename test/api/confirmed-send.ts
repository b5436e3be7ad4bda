/**
 * For tests whose subject is not the safety checks: a send of invitations as the organizer
 * makes it on the screen, the preview first, then the send with its count and warnings confirmed.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { call } from './helpers.js';

export interface Preview {
  count: number;
  warnings: { code: string; message: { vi: string; en: string } }[];
}

/** The send's payload with the confirmation of what `…/invitations/preview` shows for it now. */
export async function confirmedSend(
  app: FastifyInstance | ((options: InjectOptions) => Promise<LightMyRequestResponse>),
  invitationsUrl: string,
  payload: object,
): Promise<object> {
  const preview = await call<Preview>(app, { method: 'POST', url: `${invitationsUrl}/preview`, payload }, 200);
  return { ...payload, confirm: { count: preview.count, warnings: preview.warnings.map((warning) => warning.code) } };
}
