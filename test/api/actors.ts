/**
 * Real actors for the API tests: users created through POST /users and signed in through
 * POST /auth/login, memberships granted through the API, and link sessions exchanged
 * through POST /auth/link. `as(t, credentials)` sends requests as one of them (null:
 * anonymous).
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ConferenceRole, LinkPurpose } from '../../src/domain/access/actor.js';
import { API, call, json, sessionCookieOf, signIn, withCredentials, type Credentials, type TestApp } from './helpers.js';

export const USER_PASSWORD = 'mật-khẩu-người-dùng-2021';

export type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** Requests as the holder of these credentials (null: anonymous). */
export const as =
  (t: TestApp, credentials: Credentials | null): Inject =>
  (options) =>
    t.rawInject(withCredentials(options, credentials));

let counter = 0;
/** A unique e-mail address for a test user. */
export const uniqueEmail = (name: string): string => `${name}.${Date.now().toString(36)}.${++counter}@dongthap.gov.vn`;

export interface TestUser {
  id: string;
  email: string;
  credentials: Credentials;
}

/** A user created by the administrator, with a password set through their link, signed in. */
export async function createUser(t: TestApp, name: string, options: { isAdmin?: boolean } = {}): Promise<TestUser> {
  const email = uniqueEmail(name);
  const created = await call<{ user: { id: string }; link: string }>(
    t.app,
    { method: 'POST', url: `${API}/users`, payload: { email, displayName: name, ...options } },
    201,
  );
  const token = created.link.replace('/mat-khau/', '');
  await call(
    t.app,
    { method: 'POST', url: `${API}/auth/password`, headers: { cookie: '' }, payload: { token, password: USER_PASSWORD } },
    200,
  );
  return { id: created.user.id, email, credentials: await signIn(t.rawInject, email, USER_PASSWORD) };
}

/** Grants a role through the API (as the administrator) and returns the membership id. */
export async function grant(t: TestApp, conferenceId: string, user: TestUser, role: ConferenceRole, bridgePointIds: string[] = []) {
  const membership = await call<{ id: string }>(
    t.app,
    { method: 'POST', url: `${API}/conferences/${conferenceId}/memberships`, payload: { userId: user.id, role, bridgePointIds } },
    201,
  );
  return membership.id;
}

/** A new user holding `role` in the conference (an operator: at `bridgePointIds`), as an Inject. */
export async function memberOf(t: TestApp, conferenceId: string, name: string, role: ConferenceRole, bridgePointIds: string[] = []) {
  const user = await createUser(t, name);
  await grant(t, conferenceId, user, role, bridgePointIds);
  return as(t, user.credentials);
}

/** The JSON answer of a request that must end with `status` (the body in the failure message). */
export const okJson = async <T>(inject: Inject, options: InjectOptions, status = 200): Promise<T> => {
  const response = await inject(options);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  return json<T>(response);
};

export interface TestLink {
  id: string;
  token: string;
  credentials: Credentials;
}

const inAMonth = () => new Date(Date.now() + 30 * 24 * 60 * 60_000).toISOString();

/** Creates an access link (as the administrator) and exchanges it for a link session. */
export async function linkSession(
  t: TestApp,
  conferenceId: string,
  purpose: LinkPurpose,
  scope: { bridgePointId?: string | null; participantGroupId?: string | null; delegateId?: string | null } = {},
): Promise<TestLink> {
  const created = await call<{ link: { id: string }; url: string }>(
    t.app,
    {
      method: 'POST',
      url: `${API}/conferences/${conferenceId}/access-links`,
      payload: { purpose, label: `Liên kết ${purpose}`, expiresAt: inAMonth(), ...scope },
    },
    201,
  );
  const token = created.url.replace('/l/', '');
  return { id: created.link.id, token, credentials: await exchangeLink(t, token) };
}

/** POST /auth/link: the cookie and CSRF token of the link session. */
export async function exchangeLink(t: TestApp, token: string): Promise<Credentials> {
  const response = await t.rawInject({ method: 'POST', url: `${API}/auth/link`, payload: { token } });
  expect(response.statusCode, response.body).toBe(200);
  return { cookie: sessionCookieOf(response), csrfToken: json<{ csrfToken: string }>(response).csrfToken };
}
