/** The request shapes of check-in, walk-in and headcount (validation, types and the OpenAPI document at once). */
import { Type, type Static } from 'typebox';
import { DelegateFields } from './delegate-input.js';
import { CHECK_IN_METHODS } from './check-in-rules.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });

/** The client's idempotency key (crypto.randomUUID in the web app): the server records a key once. */
export const IdempotencyKey = Type.String({
  minLength: 8,
  maxLength: 100,
  pattern: '^[A-Za-z0-9_-]{8,100}$',
  description: 'Idempotency key made by the client (e.g. crypto.randomUUID()); the same key gives the same answer and no second row',
});

const ClientTime = Type.String({
  format: 'date-time',
  description: 'When the person arrived, by the client clock (a check-in queued offline); used when within the last 24 h',
});

export const CheckInCreate = Type.Object(
  {
    key: IdempotencyKey,
    delegateId: Type.Optional(Id),
    code: Type.Optional(
      Type.String({ minLength: 1, maxLength: 2000, description: 'Text of the QR code on the invitation (the personal link)' }),
    ),
    method: Type.Enum([...CHECK_IN_METHODS], { description: 'qr: scanned; search: found by name' }),
    bridgePointId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'The hall where the check-in happens: a delegate of another point is refused',
      }),
    ),
    checkedInAt: Type.Optional(ClientTime),
  },
  { additionalProperties: false },
);
export type CheckInCreate = Static<typeof CheckInCreate>;

export const WalkInCreate = Type.Object(
  {
    key: IdempotencyKey,
    bridgePointId: Id,
    participantGroupId: Type.Optional(Type.Union([Id, Type.Null()])),
    fullName: DelegateFields.fullName,
    title: DelegateFields.title,
    organisation: DelegateFields.organisation,
    phone: DelegateFields.phone,
    email: DelegateFields.email,
    notes: DelegateFields.notes,
    checkedInAt: Type.Optional(ClientTime),
  },
  { additionalProperties: false },
);
export type WalkInCreate = Static<typeof WalkInCreate>;

export const HeadcountInput = Type.Object(
  {
    count: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Người có mặt tại hội trường' }),
    // The last number wins; a key is accepted (the hall's offline queue sends one with every write) and not stored.
    key: Type.Optional(IdempotencyKey),
  },
  { additionalProperties: false },
);
export type HeadcountInput = Static<typeof HeadcountInput>;
