import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Conference } from '../../domain/conference.schema.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createServices, type Services } from '../index.js';
import { sampleDraft } from '../plan-draft.fixture.js';
import { rejection } from '../testing.js';
import { manualClock, setUpAdmin } from './testing.js';

describeDatabases('memberships on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let plan: Conference;
  let other: Conference;
  let userId: string;
  beforeEach(async () => {
    database = await open();
    services = createServices(database, { now: manualClock() });
    plan = await services.conferences.createFromDraft(sampleDraft());
    other = await services.conferences.createFromDraft(sampleDraft());
    const { origin } = await setUpAdmin(services);
    userId = (await services.accounts.createUser(origin, { email: 'op@b.vn', displayName: 'Cán bộ' })).user.id;
  });
  afterEach(() => database.close());

  it('grants roles per conference, operators scoped to their points; re-granting replaces the points', async () => {
    const [host, district] = plan.bridgePoints;
    const operator = await services.memberships.grant(plan.id, userId, 'operator', [district!.id]);
    expect(operator).toMatchObject({ conferenceId: plan.id, userId, role: 'operator', bridgePointIds: [district!.id] });
    await services.memberships.grant(other.id, userId, 'observer', []);
    await services.memberships.grant(plan.id, userId, 'delegate', []);
    const again = await services.memberships.grant(plan.id, userId, 'operator', [district!.id, host!.id, host!.id]);
    expect(again.id).toBe(operator.id);
    expect(again.bridgePointIds).toEqual([district!.id, host!.id]);
    expect(await services.memberships.listForUser(userId)).toEqual(
      expect.arrayContaining([
        { conferenceId: plan.id, role: 'operator', bridgePointIds: [district!.id, host!.id] },
        { conferenceId: plan.id, role: 'delegate', bridgePointIds: [] },
        { conferenceId: other.id, role: 'observer', bridgePointIds: [] },
      ]),
    );
    expect(await services.memberships.listForUser(userId)).toHaveLength(3);
    const listed = await services.memberships.listForConference(plan.id);
    expect(listed.map((m) => [m.role, m.userEmail])).toEqual([
      ['delegate', 'op@b.vn'],
      ['operator', 'op@b.vn'],
    ]);
    await services.memberships.revoke(operator.id);
    expect((await services.memberships.listForConference(plan.id)).map((m) => m.role)).toEqual(['delegate']);
    expect((await rejection(services.memberships.revoke(operator.id))).code).toBe('membership.not_found');
    const actions = (await services.audit.list({ conferenceId: plan.id })).map((e) => e.action);
    expect(actions).toEqual(['membership.revoke', 'membership.grant', 'membership.grant', 'membership.grant']);
  });

  it('refuses points of another conference, an operator without a point, points for other roles, unknown ids', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [() => services.memberships.grant(plan.id, userId, 'operator', [other.bridgePoints[0]!.id]), 'membership.unknown_bridge_point'],
      [() => services.memberships.grant(plan.id, userId, 'operator', []), 'membership.operator_needs_bridge_point'],
      [
        () => services.memberships.grant(plan.id, userId, 'chair', [plan.bridgePoints[0]!.id]),
        'membership.bridge_points_only_for_operator',
      ],
      [() => services.memberships.grant(plan.id, userId, 'king' as never, []), 'membership.role_invalid'],
      [() => services.memberships.grant('missing', userId, 'chair', []), 'conference.not_found'],
      [() => services.memberships.grant(plan.id, 'nobody', 'chair', []), 'user.not_found'],
    ];
    for (const [attempt, code] of cases) expect((await rejection(attempt())).code).toBe(code);
    expect(await services.memberships.listForUser(userId)).toEqual([]);
  });
});
