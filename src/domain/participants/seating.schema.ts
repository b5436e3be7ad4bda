/**
 * TypeBox schemas of seating: the hall layout as the API takes it and the requests that
 * change seats. One schema gives the validation, the TypeScript type and the OpenAPI text;
 * the finer rules (blocked seats inside the hall) are validateHallLayout's.
 */
import { Type, type Static } from 'typebox';
import { HALL_LIMITS, SPACING_RULES } from './seating-layout.js';

const metres = (limits: { min: number; max: number }, description: string) =>
  Type.Number({ minimum: limits.min, maximum: limits.max, description });

const SeatLabelText = Type.String({ minLength: 1, maxLength: 12, description: 'Seat label, e.g. A05 (row letters, seat number)' });

export const HallLayoutBody = Type.Object(
  {
    rows: Type.Integer({
      minimum: HALL_LIMITS.rows.min,
      maximum: HALL_LIMITS.rows.max,
      description: 'Số hàng ghế (row A nearest the stage)',
    }),
    seatsPerRow: Type.Integer({
      minimum: HALL_LIMITS.seatsPerRow.min,
      maximum: HALL_LIMITS.seatsPerRow.max,
      description: 'Số ghế mỗi hàng',
    }),
    blockedSeats: Type.Optional(Type.Array(SeatLabelText, { maxItems: 10_000, description: 'Ghế khóa' })),
    spacing: Type.Enum([...SPACING_RULES], { description: 'Giãn cách: none | every_other | min_distance' }),
    everyOtherRow: Type.Optional(Type.Boolean({ description: 'every_other: also leave every other row empty' })),
    minDistanceMetres: Type.Optional(metres(HALL_LIMITS.minDistanceMetres, 'min_distance: metres between two delegates')),
    seatWidthMetres: Type.Optional(metres(HALL_LIMITS.seatWidthMetres, 'min_distance: metres between seat centres in a row')),
    rowDepthMetres: Type.Optional(metres(HALL_LIMITS.rowDepthMetres, 'min_distance: metres between rows')),
  },
  { additionalProperties: false },
);
export type HallLayoutBody = Static<typeof HallLayoutBody>;

export const AutoAssignBody = Type.Object(
  {
    mode: Type.Optional(
      Type.Enum(['all', 'unseated'], {
        description: "'all' (default) seats everyone anew; 'unseated' keeps valid seats and fills the free ones",
      }),
    ),
  },
  { additionalProperties: false },
);
export type AutoAssignBody = Static<typeof AutoAssignBody>;

const DelegateRef = Type.String({ minLength: 1, maxLength: 100, description: 'Delegate id' });

/** Exactly one of `seat` (a label, or '' to leave the seat) and `swapWith` (another delegate of the hall). */
export const SeatMoveBody = Type.Union([
  Type.Object(
    { delegateId: DelegateRef, seat: Type.String({ maxLength: 12, description: "Target seat, e.g. B07; '' leaves the seat" }) },
    { additionalProperties: false },
  ),
  Type.Object({ delegateId: DelegateRef, swapWith: DelegateRef }, { additionalProperties: false }),
]);
export type SeatMoveBody = Static<typeof SeatMoveBody>;
