/** Schemas of sign-in, sign-out, the current actor, password links and link exchange. */
import { Type } from 'typebox';
import { Id, errorResponses } from '../common.schema.js';
import { DateTime, Email, LinkPurposeSchema, MembershipSchema, Password, SignedInSchema, Token, UserSchema } from '../accounts.schema.js';

const tags = ['auth'];

export const loginSchema = {
  tags,
  summary: 'Đăng nhập / sign in (sets the session cookie)',
  body: Type.Object({ email: Email, password: Password }, { additionalProperties: false }),
  response: { 200: SignedInSchema, ...errorResponses },
};

export const logoutSchema = {
  tags,
  summary: 'Đăng xuất / sign out (ends the session or the link session)',
  response: { 204: Type.Null(), ...errorResponses },
};

const LinkActorView = Type.Object({
  kind: Type.Literal('link'),
  linkId: Id,
  purpose: LinkPurposeSchema,
  conferenceId: Id,
  bridgePointId: Type.Union([Id, Type.Null()]),
  participantGroupId: Type.Union([Id, Type.Null()]),
  label: Type.String(),
  expiresAt: DateTime,
});

export const meSchema = {
  tags,
  summary: 'Người đang dùng / who is calling',
  response: {
    200: Type.Object({
      actor: Type.Union([
        Type.Object({ kind: Type.Literal('anonymous') }),
        Type.Object({ kind: Type.Literal('user'), user: UserSchema, memberships: Type.Array(MembershipSchema) }),
        LinkActorView,
      ]),
      csrfToken: Type.Union([Type.String(), Type.Null()]),
      systemActions: Type.Array(Type.String(), {
        description: 'conference.create, conference.import, audit.read_all, user.list, user.create',
      }),
    }),
    ...errorResponses,
  },
};

export const setPasswordSchema = {
  tags,
  summary: 'Đặt mật khẩu qua liên kết một lần / set a password through a one-time link',
  body: Type.Object({ token: Token, password: Password }, { additionalProperties: false }),
  response: { 200: Type.Object({ user: UserSchema }), ...errorResponses },
};

export const exchangeLinkSchema = {
  tags,
  summary: 'Dùng liên kết truy cập / exchange an access link for a link session (sets the cookie)',
  body: Type.Object({ token: Token }, { additionalProperties: false }),
  response: { 200: Type.Object({ actor: LinkActorView, csrfToken: Type.String() }), ...errorResponses },
};
