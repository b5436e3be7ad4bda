import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Conference } from '../../domain/conference.schema.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createServices, type Services } from '../index.js';
import { sampleDraft } from '../plan-draft.fixture.js';
import { rejection } from '../testing.js';
import { HOUR, manualClock, setUpAdmin, userWithPassword, type ManualClock } from './testing.js';
import { hashToken } from './tokens.js';

const DAY = 24 * HOUR;

describeDatabases('access links on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let clock: ManualClock;
  let plan: Conference;
  let other: Conference;
  const inDays = (days: number) => new Date(clock().getTime() + days * DAY).toISOString();
  beforeEach(async () => {
    database = await open();
    clock = manualClock();
    services = createServices(database, { now: clock });
    plan = await services.conferences.createFromDraft(sampleDraft());
    other = await services.conferences.createFromDraft(sampleDraft());
  });
  afterEach(() => database.close());

  it('creates an operator link for one bridge point, shows the token once and resolves it to a link actor', async () => {
    const point = plan.bridgePoints[1]!;
    const { link, token } = await services.accessLinks.createLink({
      conferenceId: plan.id,
      purpose: 'operator',
      bridgePointId: point.id,
      label: ' Kỹ thuật Huyện ',
      expiresAt: inDays(7),
      createdByUserId: null,
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).toMatchObject({
      purpose: 'operator',
      bridgePointId: point.id,
      label: 'Kỹ thuật Huyện',
      state: 'active',
      useCount: 0,
      lastUsedAt: null,
    });
    const rows = await database.db.selectFrom('access_links').selectAll().execute();
    expect(rows.map((r) => r.token_hash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(await services.accessLinks.listLinks(plan.id))).not.toContain(token);

    clock.advance(HOUR);
    const { actor, link: used } = await services.accessLinks.resolveLink(token, '113.161.1.2');
    expect(actor).toEqual({
      kind: 'link',
      linkId: link.id,
      purpose: 'operator',
      conferenceId: plan.id,
      bridgePointId: point.id,
      participantGroupId: null,
    });
    expect(used).toMatchObject({ useCount: 1, lastUsedIp: '113.161.1.2', lastUsedAt: clock().toISOString() });
    // Within the minute a request records nothing (LINK_USE_INTERVAL_MS); a minute on, it does.
    const firstUse = clock().toISOString();
    clock.advance(59_999);
    expect((await services.accessLinks.resolveLink(token, '113.161.1.3')).link).toMatchObject({ useCount: 1, lastUsedAt: firstUse });
    expect((await services.accessLinks.listLinks(plan.id))[0]).toMatchObject({
      useCount: 1,
      lastUsedIp: '113.161.1.2',
      lastUsedAt: firstUse,
    });
    clock.advance(1);
    await services.accessLinks.resolveLink(token, '113.161.1.3');
    const [listed] = await services.accessLinks.listLinks(plan.id);
    expect(listed).toMatchObject({ id: link.id, useCount: 2, lastUsedIp: '113.161.1.3', lastUsedAt: clock().toISOString() });
    expect(listed).not.toHaveProperty('token');
    expect(listed).not.toHaveProperty('tokenHash');
    expect(await services.accessLinks.listLinks(other.id)).toEqual([]);
  });

  it('refuses unknown, expired and revoked links, each with its own clear message', async () => {
    const guest = await services.accessLinks.createLink({
      conferenceId: plan.id,
      purpose: 'guest',
      label: 'Khách mời',
      expiresAt: inDays(1),
      createdByUserId: null,
    });
    const observer = await services.accessLinks.createLink({
      conferenceId: plan.id,
      purpose: 'observer',
      label: 'Báo chí',
      expiresAt: inDays(30),
      createdByUserId: null,
    });
    const unknown = await rejection(services.accessLinks.resolveLink('B'.repeat(43), null));
    expect([unknown.status, unknown.code]).toEqual([401, 'link.invalid']);
    expect((await rejection(services.accessLinks.resolveLink(undefined, null))).code).toBe('link.invalid');

    // A link used a moment ago (its use not due to be recorded again) is still refused at once when revoked or expired.
    await services.accessLinks.resolveLink(observer.token, null);
    await services.accessLinks.resolveLink(guest.token, null);
    clock.advance(1000);
    await services.accessLinks.resolveLink(observer.token, null);
    const revoked = await services.accessLinks.revokeLink(observer.link.id);
    expect(revoked.state).toBe('revoked');
    const refused = await rejection(services.accessLinks.resolveLink(observer.token, null));
    expect([refused.status, refused.code]).toEqual([401, 'link.revoked']);
    expect(refused.localized.vi).toContain('thu hồi');

    clock.advance(DAY);
    const expired = await rejection(services.accessLinks.resolveLink(guest.token, null));
    expect([expired.status, expired.code]).toEqual([401, 'link.expired']);
    expect(expired.localized.vi).toContain('hết hạn');
    expect(expired.localized.en).toContain('expired');
    expect((await services.accessLinks.listLinks(plan.id)).map((l) => l.state).sort()).toEqual(['expired', 'revoked']);
    const brief = await services.accessLinks.createLink({
      conferenceId: plan.id,
      purpose: 'guest',
      label: 'Nửa phút',
      expiresAt: new Date(clock().getTime() + 30_000).toISOString(),
      createdByUserId: null,
    });
    await services.accessLinks.resolveLink(brief.token, null);
    clock.advance(30_001);
    expect((await rejection(services.accessLinks.resolveLink(brief.token, null))).code).toBe('link.expired');
    expect((await rejection(services.accessLinks.revokeLink('nope'))).code).toBe('link.not_found');
  });

  it("binds a link to its conference: another conference's point or group is refused", async () => {
    const base = { conferenceId: plan.id, label: 'Liên kết', expiresAt: inDays(7), createdByUserId: null };
    const cases: [Parameters<Services['accessLinks']['createLink']>[0], string][] = [
      [{ ...base, purpose: 'operator' }, 'link.bridge_point_required'],
      [{ ...base, purpose: 'operator', bridgePointId: other.bridgePoints[0]!.id }, 'link.unknown_bridge_point'],
      [{ ...base, purpose: 'delegate', participantGroupId: other.participantGroups[0]!.id }, 'link.unknown_participant_group'],
      [{ ...base, purpose: 'guest', expiresAt: clock().toISOString() }, 'link.expiry_invalid'],
      [{ ...base, purpose: 'guest', expiresAt: 'ngày mai' }, 'link.expiry_invalid'],
      [{ ...base, purpose: 'guest', expiresAt: inDays(367) }, 'link.expiry_too_far'],
      [{ ...base, purpose: 'guest', label: '  ' }, 'link.label_invalid'],
      [{ ...base, purpose: 'chair' as never }, 'link.purpose_invalid'],
      [{ ...base, purpose: 'guest', conferenceId: 'missing' }, 'conference.not_found'],
    ];
    for (const [input, code] of cases) expect((await rejection(services.accessLinks.createLink(input))).code).toBe(code);
    expect(await database.db.selectFrom('access_links').selectAll().execute()).toEqual([]);
    const delegate = await services.accessLinks.createLink({
      ...base,
      purpose: 'delegate',
      participantGroupId: plan.participantGroups[0]!.id,
    });
    expect((await services.accessLinks.resolveLink(delegate.token, null)).actor).toMatchObject({
      purpose: 'delegate',
      conferenceId: plan.id,
      participantGroupId: plan.participantGroups[0]!.id,
    });
  });

  it('signs in with a link in one transaction: one row in its name, the user session of the browser ended', async () => {
    const { origin } = await setUpAdmin(services);
    const { user, password } = await userWithPassword(services, origin, 'tochuc@dongthap.gov.vn');
    const session = await services.sessions.login({ email: user.email, password, ip: '10.0.0.2', userAgent: null });
    const { link, token } = await services.accessLinks.createLink({
      conferenceId: plan.id,
      purpose: 'guest',
      label: 'Khách',
      expiresAt: inDays(2),
      createdByUserId: null,
    });
    const client = { ip: '113.161.1.9', userAgent: 'Firefox' };

    const before = (await services.audit.list({ limit: 1 }))[0]!.seq;
    const { actor, link: used } = await services.accessLinks.signInWithLink(token, client, session.token);
    expect(actor).toMatchObject({ kind: 'link', linkId: link.id, conferenceId: plan.id });
    expect(used).toMatchObject({ useCount: 1, lastUsedIp: '113.161.1.9' });
    const rows = (await services.audit.list({ limit: 10 })).filter((row) => row.seq > before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'session.link_login',
      actor: { kind: 'link', linkId: link.id, userId: null, label: 'Khách (guest)' },
      ip: '113.161.1.9',
      userAgent: 'Firefox',
      conferenceId: plan.id,
      entityType: 'access_link',
      entityId: link.id,
      after: { purpose: 'guest', useCount: 1, endedSession: { id: session.session.id, userId: user.id } },
    });
    expect(await services.sessions.resolveSession(session.token)).toBeNull();

    // Without a user session: one row, no ended session. A refused link: no row, and the session lives on.
    await services.accessLinks.signInWithLink(token, client, null);
    expect((await services.audit.list({ limit: 1 }))[0]!.after).toEqual({ purpose: 'guest', useCount: 2 });
    const live = await services.sessions.login({ email: user.email, password, ip: '10.0.0.2', userAgent: null });
    await services.accessLinks.revokeLink(link.id, origin);
    const last = (await services.audit.list({ limit: 1 }))[0]!.seq;
    expect((await rejection(services.accessLinks.signInWithLink(token, client, live.token))).code).toBe('link.revoked');
    expect((await services.audit.list({ limit: 1 }))[0]!.seq).toBe(last);
    expect(await services.sessions.resolveSession(live.token)).not.toBeNull();

    // Signing out of a link session is recorded in the link's name.
    const linkOrigin = {
      actor: { kind: 'link' as const, userId: null, linkId: link.id, label: 'Khách (guest)' },
      ip: '113.161.1.9',
      userAgent: null,
    };
    await services.accessLinks.recordLinkLogout(link.id, linkOrigin);
    expect((await services.audit.list({ limit: 1 }))[0]).toMatchObject({
      action: 'session.link_logout',
      entityId: link.id,
      conferenceId: plan.id,
    });
  });

  it('audits creation and revocation with the origin', async () => {
    const origin = { actor: { kind: 'user' as const, userId: 'u1', linkId: null, label: 'tochuc@b.vn' }, ip: '10.1.1.1', userAgent: 'x' };
    const { link } = await services.accessLinks.createLink(
      { conferenceId: plan.id, purpose: 'guest', label: 'Khách', expiresAt: inDays(2), createdByUserId: 'u1' },
      origin,
    );
    await services.accessLinks.revokeLink(link.id, origin);
    const entries = await services.audit.list({ conferenceId: plan.id });
    expect(entries.map((e) => [e.action, e.entityId, e.actor.label])).toEqual([
      ['access_link.revoke', link.id, 'tochuc@b.vn'],
      ['access_link.create', link.id, 'tochuc@b.vn'],
    ]);
  });
});
