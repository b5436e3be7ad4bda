/**
 * The end of access, as events on the backbone (issue 15): after a write that ends or changes
 * what a principal may do commits, `access.revoked` names the principal, and every process
 * closes or checks again that principal's sockets and streams at once (the gateways and the
 * SSE route subscribe). The account services stay unaware of the transports: this wraps the
 * writes that revoke, and publishes once each has committed.
 *
 * - logging out, revoking every session, disabling a user, a new password: the user's sessions;
 * - granting (a changed role or points) or revoking a membership: the user, in that conference;
 * - revoking an access link: the link.
 * A write that fails publishes nothing; an event for a principal that still holds its rights
 * only makes its connections check again (they stay).
 */
import type { AccessRevoked } from '../../realtime/events.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Executor } from '../../storage/tables.js';
import { findMembershipById } from '../../storage/repositories/membership-repository.js';
import type { AccessLinkService } from './access-link-service.js';
import type { AccountService } from './account-service.js';
import type { MembershipService } from './membership-service.js';
import type { SessionService } from './session-service.js';

export interface RevocableServices {
  accounts: AccountService;
  sessions: SessionService;
  memberships: MembershipService;
  accessLinks: AccessLinkService;
}

const ofUser = (userId: string, conferenceId: string | null = null): AccessRevoked => ({
  type: 'access.revoked',
  conferenceId,
  principal: { kind: 'user', userId },
});

/** The same services, whose revoking writes publish `access.revoked` after commit. */
export function withRevocationEvents<S extends RevocableServices>(services: S, bus: EventBus, db: Executor): S {
  const { accounts, sessions, memberships, accessLinks } = services;
  return {
    ...services,
    accounts: {
      ...accounts,
      async setDisabled(userId, disabled, origin) {
        const user = await accounts.setDisabled(userId, disabled, origin);
        if (disabled) bus.publish(ofUser(userId));
        return user;
      },
      async resetPassword(userId, origin) {
        const link = await accounts.resetPassword(userId, origin);
        bus.publish(ofUser(userId));
        return link;
      },
      async setPasswordWithToken(token, password, origin) {
        const user = await accounts.setPasswordWithToken(token, password, origin);
        bus.publish(ofUser(user.id));
        return user;
      },
    },
    sessions: {
      ...sessions,
      async logout(token, origin) {
        const session = await sessions.resolveSession(token).catch(() => null);
        await sessions.logout(token, origin);
        if (session?.actor.kind === 'user') bus.publish(ofUser(session.actor.userId));
      },
      async revokeAllSessions(userId, origin) {
        const count = await sessions.revokeAllSessions(userId, origin);
        bus.publish(ofUser(userId));
        return count;
      },
    },
    memberships: {
      ...memberships,
      async grant(conferenceId, userId, role, bridgePointIds, origin) {
        const record = await memberships.grant(conferenceId, userId, role, bridgePointIds, origin);
        bus.publish(ofUser(userId, conferenceId));
        return record;
      },
      async revoke(membershipId, origin) {
        const row = typeof membershipId === 'string' ? await findMembershipById(db, membershipId) : undefined;
        await memberships.revoke(membershipId, origin);
        if (row) bus.publish(ofUser(row.user_id, row.conference_id));
      },
    },
    accessLinks: {
      ...accessLinks,
      async revokeLink(linkId, origin) {
        const link = await accessLinks.revokeLink(linkId, origin);
        bus.publish({ type: 'access.revoked', conferenceId: link.conferenceId, principal: { kind: 'link', linkId } });
        return link;
      },
    },
  };
}
