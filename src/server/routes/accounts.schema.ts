/**
 * Schemas shared by the account routes: a user, a membership, an access link, an audit entry.
 * The `Presented…` forms add `allowedActions`, what the caller may do with the object
 * (src/domain/access/present-*.ts); the web app hides the buttons of the others.
 */
import { Type } from 'typebox';
import { CONFERENCE_ACCESS_ACTIONS } from '../../domain/access/present-conference-access.js';
import { USER_ITEM_ACTIONS } from '../../domain/access/present-user.js';
import { Id } from './common.schema.js';

export const Email = Type.String({
  minLength: 3,
  maxLength: 254,
  pattern: '^[^\\s@]+@[^\\s@]+$',
  description: 'E-mail address (case ignored)',
});
export const Password = Type.String({ minLength: 1, maxLength: 200, description: 'At least 10 characters, not the e-mail' });
/** A one-time token or link token: 43 base64url characters. */
export const Token = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' });
export const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const UserSchema = Type.Object({
  id: Id,
  email: Type.String(),
  displayName: Type.String(),
  isAdmin: Type.Boolean(),
  disabled: Type.Boolean(),
  hasPassword: Type.Boolean({ description: 'False until the person has set a password through their link' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const PresentedUserSchema = Type.Object({
  ...UserSchema.properties,
  allowedActions: Type.Array(Type.Enum([...USER_ITEM_ACTIONS]), {
    description: 'What the caller may do with the account: user.update (new password link, disable, re-enable)',
  }),
});

/** On a membership or an access link: conference.manage_access (revoke it) when the caller manages the conference's access. */
const AccessRecordActions = Type.Array(Type.Enum([...CONFERENCE_ACCESS_ACTIONS]), {
  description: 'What the caller may do with it: conference.manage_access (revoke)',
});

export const RoleSchema = Type.Union([
  Type.Literal('organizer'),
  Type.Literal('chair'),
  Type.Literal('operator'),
  Type.Literal('delegate'),
  Type.Literal('guest'),
  Type.Literal('observer'),
]);
export const LinkPurposeSchema = Type.Union([
  Type.Literal('guest'),
  Type.Literal('delegate'),
  Type.Literal('operator'),
  Type.Literal('observer'),
  Type.Literal('nominator'),
  Type.Literal('display'),
]);

export const MembershipSchema = Type.Object({
  conferenceId: Id,
  role: RoleSchema,
  bridgePointIds: Type.Array(Type.String(), { description: 'Operator scope; empty for other roles' }),
});

export const MembershipRecordSchema = Type.Object({
  ...MembershipSchema.properties,
  id: Id,
  userId: Id,
  createdAt: DateTime,
  userEmail: Type.Optional(Type.String()),
  userDisplayName: Type.Optional(Type.String()),
});

export const PresentedMembershipSchema = Type.Object({ ...MembershipRecordSchema.properties, allowedActions: AccessRecordActions });

export const AccessLinkSchema = Type.Object({
  id: Id,
  purpose: LinkPurposeSchema,
  conferenceId: Id,
  bridgePointId: Nullable(Type.String()),
  participantGroupId: Nullable(Type.String()),
  label: Type.String(),
  createdByUserId: Nullable(Type.String()),
  createdAt: DateTime,
  expiresAt: DateTime,
  revokedAt: Nullable(Type.String()),
  lastUsedAt: Nullable(Type.String()),
  lastUsedIp: Nullable(Type.String()),
  useCount: Type.Integer(),
  state: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
});

export const PresentedAccessLinkSchema = Type.Object({ ...AccessLinkSchema.properties, allowedActions: AccessRecordActions });

export const AuditEntrySchema = Type.Object({
  seq: Type.Integer(),
  id: Type.String(),
  at: DateTime,
  actor: Type.Object({
    kind: Type.Union([Type.Literal('user'), Type.Literal('link'), Type.Literal('anonymous'), Type.Literal('system')]),
    userId: Nullable(Type.String()),
    linkId: Nullable(Type.String()),
    label: Type.String(),
  }),
  ip: Nullable(Type.String()),
  userAgent: Nullable(Type.String()),
  conferenceId: Nullable(Type.String()),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Nullable(Type.String()),
  before: Type.Unknown({ description: 'The changed entities/fields before the write (JSON), or null' }),
  after: Type.Unknown({ description: 'The changed entities/fields after the write (JSON), or null' }),
  allowedActions: Type.Array(Type.String(), {
    maxItems: 0,
    description: 'Always empty: the audit log is append-only, nothing may be done with an entry',
  }),
});

/** What a successful login or set-up returns (the cookie carries the session token). */
export const SignedInSchema = Type.Object({
  user: UserSchema,
  csrfToken: Type.String({ description: 'Send as X-CSRF-Token with every POST, PUT, PATCH, DELETE' }),
  expiresAt: DateTime,
});
