/**
 * The request shapes of delegate writes (one TypeBox schema gives validation, types and the
 * OpenAPI document) and the pure step from a checked input to a stored row.
 */
import { Type, type Static } from 'typebox';
import { DELEGATE_LIMITS, INVITATION_STATES, ATTENDANCE_STATES, normalizeDelegateInput } from '../../domain/participants/delegate.js';
import { PROTOCOL_RANK_MAX, titleRank } from '../../domain/protocol/protocol-order.js';
import { foldForSearch } from '../../domain/text.js';
import type { DelegateRow } from '../../storage/tables.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const text = (max: number, description: string) => Type.String({ maxLength: max * 2, description });

/** Lengths are checked again, per character after NFC, by validateDelegate (the schema allows slack for combining marks). */
export const DelegateFields = {
  fullName: Type.String({ minLength: 1, maxLength: DELEGATE_LIMITS.fullName * 2, description: 'Họ và tên' }),
  title: Type.Optional(text(DELEGATE_LIMITS.title, 'Chức vụ')),
  organisation: Type.Optional(text(DELEGATE_LIMITS.organisation, 'Đơn vị')),
  phone: Type.Optional(text(DELEGATE_LIMITS.phone, 'Điện thoại (0xxxxxxxxx, +84…)')),
  email: Type.Optional(text(DELEGATE_LIMITS.email, 'Email')),
  seat: Type.Optional(text(DELEGATE_LIMITS.seat, 'Ghế, e.g. A05')),
  notes: Type.Optional(text(DELEGATE_LIMITS.notes, 'Ghi chú')),
  protocolRank: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1, maximum: PROTOCOL_RANK_MAX }), Type.Null()], {
      description: 'Thứ tự nghi thức: 1 first; null: none (the title gives the default)',
    }),
  ),
};

export const DelegateCreate = Type.Object(
  {
    bridgePointId: Id,
    participantGroupId: Type.Optional(Type.Union([Id, Type.Null()])),
    ...DelegateFields,
  },
  { additionalProperties: false },
);
export type DelegateCreate = Static<typeof DelegateCreate>;

/** A change: any field; moving to another point or group; the organizer's record of an answer or attendance. */
export const DelegatePatch = Type.Object(
  {
    bridgePointId: Type.Optional(Id),
    participantGroupId: Type.Optional(Type.Union([Id, Type.Null()])),
    fullName: Type.Optional(DelegateFields.fullName),
    title: DelegateFields.title,
    organisation: DelegateFields.organisation,
    phone: DelegateFields.phone,
    email: DelegateFields.email,
    seat: DelegateFields.seat,
    notes: DelegateFields.notes,
    protocolRank: DelegateFields.protocolRank,
    invitation: Type.Optional(Type.Enum([...INVITATION_STATES])),
    attendance: Type.Optional(Type.Enum([...ATTENDANCE_STATES])),
    expectedVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'Refuse with 409 when the delegate changed meanwhile' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type DelegatePatch = Static<typeof DelegatePatch>;

/** A move in protocol order: before or after another delegate of the same point. */
export const ProtocolMoveBody = Type.Object(
  {
    targetId: Type.String({ minLength: 1, maxLength: 100, description: 'The delegate to move next to' }),
    place: Type.Union([Type.Literal('before'), Type.Literal('after')]),
  },
  { additionalProperties: false },
);

export interface PersonFields {
  fullName: string;
  title?: string | undefined;
  organisation?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  seat?: string | undefined;
  notes?: string | undefined;
}

/** The text fields in storage form (NFC, trimmed, phone as 0xxxxxxxxx, e-mail lower case). */
export const personFields = (input: PersonFields) =>
  normalizeDelegateInput({
    fullName: input.fullName,
    title: input.title ?? '',
    organisation: input.organisation ?? '',
    phone: input.phone ?? '',
    email: input.email ?? '',
    seat: input.seat ?? '',
    notes: input.notes ?? '',
  });

export const searchKeyOf = (fullName: string, organisation: string, title = ''): string =>
  foldForSearch(`${fullName} ${title} ${organisation}`);

/** A new row: invited state 'not_invited', attendance unknown. */
export function newDelegateRow(
  values: {
    id: string;
    conferenceId: string;
    bridgePointId: string;
    participantGroupId: string | null;
    protocolRank?: number | null | undefined;
    walkIn?: boolean;
  },
  person: ReturnType<typeof personFields>,
  at: string,
): DelegateRow {
  return {
    id: values.id,
    conference_id: values.conferenceId,
    bridge_point_id: values.bridgePointId,
    participant_group_id: values.participantGroupId,
    full_name: person.fullName,
    title: person.title,
    organisation: person.organisation,
    phone: person.phone,
    email: person.email,
    seat: person.seat,
    notes: person.notes,
    protocol_rank: values.protocolRank ?? null,
    title_rank: titleRank(person.title),
    invitation: 'not_invited',
    substitute_json: null,
    answered_at: null,
    attendance: values.walkIn ? 'present' : 'unknown',
    checked_in_at: values.walkIn ? at : null,
    walk_in: values.walkIn ? 1 : 0,
    search_key: searchKeyOf(person.fullName, person.organisation, person.title),
    version: 1,
    created_at: at,
    updated_at: at,
  };
}
