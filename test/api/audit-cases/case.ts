/**
 * One valid request per write endpoint for the audit test (test/api/audit.test.ts), split by
 * part: each file exports the cases of its routes, keyed `METHOD /api/v1/...` as the route
 * catalogue names them.
 */
import type { InjectOptions } from 'fastify';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { API, type TestApp } from '../helpers.js';

export interface Case {
  /** The request, prepared on a fresh seeded conference (and anything else it needs). */
  prepare(t: TestApp, c: Conference): Promise<InjectOptions>;
  /** The audit actions the request leaves, in order. */
  actions: string[];
  /** Who the rows name: a user (default) or an access link. */
  actor?: 'user' | 'link';
  /** Sent to a new app whose database has no administrator yet (the first set-up). */
  fresh?: true;
}

export type Cases = Record<string, Case>;

export const on = (c: Conference, path = '') => `${API}/conferences/${c.id}${path}`;
