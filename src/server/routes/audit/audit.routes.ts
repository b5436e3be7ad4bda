/**
 * The audit log, newest first. The administrator reads everything (audit.read_all); an
 * organizer reads the log of a conference they organize (conference.read_audit), either at
 * /conferences/:id/audit or at /audit?conferenceId=…; anyone else is refused. Paging:
 * pass `nextBeforeSeq` of one page as `beforeSeq` of the next. Every entry carries
 * `allowedActions: []` (the log is append-only; see present-audit-entry.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { SYSTEM } from '../../../domain/access/actions.js';
import { can } from '../../../domain/access/can.js';
import { presentAuditEntries } from '../../../domain/access/present-audit-entry.js';
import type { AuditQuery } from '../../../services/accounts/audit-service.js';
import { allow, conferenceFor, signedIn } from '../../access.js';
import type { RouteOptions, RouteServices } from '../../server-services.js';
import { AuditEntrySchema } from '../accounts.schema.js';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';

const tags = ['audit'];
const Filters = {
  actorUserId: Type.Optional(Id),
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z_.]+$', description: 'e.g. bridge_point.update' })),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
};
const AuditPage = Type.Object({
  items: Type.Array(AuditEntrySchema),
  nextBeforeSeq: Type.Union([Type.Integer(), Type.Null()], { description: 'beforeSeq of the next page; null on the last' }),
});

const schemas = {
  all: {
    tags,
    summary: 'Nhật ký thao tác / audit log',
    querystring: Type.Object({ conferenceId: Type.Optional(Id), ...Filters }, { additionalProperties: false }),
    response: { 200: AuditPage, ...errorResponses },
  },
  conference: {
    tags,
    summary: 'Nhật ký thao tác của hội nghị / audit log of a conference',
    params: ConferenceParams,
    querystring: Type.Object(Filters, { additionalProperties: false }),
    response: { 200: AuditPage, ...errorResponses },
  },
};

async function readPage(audit: RouteServices['audit'], query: AuditQuery) {
  const limit = query.limit ?? 50;
  const items = await audit.list({ ...query, limit });
  const last = items[items.length - 1];
  return { items: presentAuditEntries(items), nextBeforeSeq: items.length === limit && last ? last.seq : null };
}

export const auditRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { audit, conferences } = services;

  const forConference = async (request: FastifyRequest, conferenceId: string) => {
    if (can(request.actor, 'audit.read_all', SYSTEM)) return;
    await conferenceFor(request, conferences, conferenceId, 'conference.read_audit');
  };

  app.get('/audit', { schema: schemas.all }, async (request) => {
    signedIn(request);
    const { conferenceId } = request.query;
    if (conferenceId === undefined) allow(request, 'audit.read_all', SYSTEM);
    else await forConference(request, conferenceId);
    return readPage(audit, request.query);
  });

  app.get('/conferences/:conferenceId/audit', { schema: schemas.conference }, async (request) => {
    const { conferenceId } = request.params;
    await forConference(request, conferenceId);
    return readPage(audit, { ...request.query, conferenceId });
  });
};
