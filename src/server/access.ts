/**
 * What every route does before and after calling a service: make sure someone is signed
 * in (401 `auth.required`), load the conference and hide it when the actor may not read it
 * (404, never revealing that it exists), ask the policies (403 `access.denied`), pass the
 * audit context of the write, and shape the answer with the presenter (`allowedActions`,
 * private parts and contacts stripped).
 */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/actor.js';
import type { Action, ActionObjects, ConferenceAction, PlanPartAction } from '../domain/access/actions.js';
import { authenticationRequired, authorize, can } from '../domain/access/can.js';
import { presentConference } from '../domain/access/present-conference.js';
import type { Conference, ConferenceHead } from '../domain/conference.schema.js';
import { auditActorOf, type AuditContext, type AuditOrigin } from '../services/accounts/audit-context.js';
import type { ConferenceService, Created, Plan, WriteOptions } from '../services/conference-service.types.js';
import { conferenceNotFound } from '../services/input.js';
import { writeOptions } from './routes/common.schema.js';

/** 401 `auth.required` for an anonymous caller; the actor otherwise. */
export function signedIn(request: FastifyRequest): Exclude<Actor, { kind: 'anonymous' }> {
  const actor = request.actor;
  if (actor.kind === 'anonymous') throw authenticationRequired();
  return actor;
}

/** 401 for anonymous, else 403 `access.denied` when the policy refuses. */
export function allow<A extends Action>(request: FastifyRequest, action: A, object: ActionObjects[A]): void {
  authorize(request.actor, action, object);
}

/**
 * The conference (its head: one row, none of its parts) when the caller may read it: 401
 * when anonymous, 404 `conference.not_found` when it is missing OR not readable by them (no
 * existence leak). A route that needs parts reads them itself; none loads 16,242 points to check access.
 */
export async function readableConference(
  request: FastifyRequest,
  conferences: ConferenceService,
  conferenceId: string,
): Promise<ConferenceHead> {
  const actor = signedIn(request);
  const conference = await conferences.head(conferenceId);
  if (!can(actor, 'conference.read', conference)) throw conferenceNotFound();
  return conference;
}

/** readableConference, then the policy check of `action` on the conference itself. */
export async function conferenceFor(
  request: FastifyRequest,
  conferences: ConferenceService,
  conferenceId: string,
  action: ConferenceAction | PlanPartAction,
): Promise<ConferenceHead> {
  const conference = await readableConference(request, conferences, conferenceId);
  allow(request, action, conference);
  return conference;
}

/** The plan as the caller may see it, with its bridge point counts. */
export type PresentedPlan = ReturnType<typeof presentConference<Plan>>;

/**
 * readableConference, then the whole plan with every bridge point: only for the answers
 * built from all of it (the Kế hoạch, invitation and delegate documents, the attendance
 * report), never for an access check.
 */
export async function readableWholePlan(
  request: FastifyRequest,
  conferences: ConferenceService,
  conferenceId: string,
): Promise<Conference> {
  await readableConference(request, conferences, conferenceId);
  return conferences.get(conferenceId);
}

/** conferenceFor, then the whole plan (see readableWholePlan). */
export async function wholePlanFor(
  request: FastifyRequest,
  conferences: ConferenceService,
  conferenceId: string,
  action: ConferenceAction | PlanPartAction,
): Promise<Conference> {
  await conferenceFor(request, conferences, conferenceId, action);
  return conferences.get(conferenceId);
}

/** A readable name of the actor for the audit log (e-mail, link label). */
export const actorLabelOf = (request: FastifyRequest): string => {
  const auth = request.auth;
  if (auth.kind === 'session') return auth.session.user.email;
  if (auth.kind === 'link') return `${auth.link.label} (${auth.link.purpose})`;
  return 'anonymous';
};

export const auditOrigin = (request: FastifyRequest): AuditOrigin => {
  const userAgent = request.headers['user-agent'];
  return {
    actor: auditActorOf(request.actor, actorLabelOf(request)),
    ip: request.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 500) : null,
  };
};

export const auditContext = (request: FastifyRequest, action: string): AuditContext => ({ ...auditOrigin(request), action });

/** If-Match and the audit context of a plan write. */
export const writeFor = (request: FastifyRequest, action: string): WriteOptions => ({
  ...writeOptions(request),
  audit: auditContext(request, action),
});

export const present = (request: FastifyRequest, conference: Plan): PresentedPlan => presentConference(request.actor, conference);

export const presentCreated = (request: FastifyRequest, created: Created): { id: string; conference: PresentedPlan } => ({
  id: created.id,
  conference: present(request, created.conference),
});
