/**
 * The minutes (biên bản) of a held meeting: the secretary's notes per agenda item (each save a
 * new revision), the body of the minutes as the secretary edits it, the review window and the
 * participants' answers. One schema gives validation, types and the OpenAPI document.
 */
import { Type, type Static } from 'typebox';

const Text = (maxLength: number) => Type.String({ maxLength });
const Paragraphs = Type.Array(Text(10000), { maxItems: 500 });

export const MINUTES_STATUSES = ['draft', 'review', 'locked'] as const;
export const MinutesStatus = Type.Enum([...MINUTES_STATUSES]);
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** One part of the minutes: an agenda item as it ran, or the opening and closing parts. */
export const MinutesSection = Type.Object({ heading: Text(2000), paragraphs: Paragraphs }, { additionalProperties: false });
export type MinutesSection = Static<typeof MinutesSection>;

/** What the printed Biên bản says between its title and its signature blocks. */
export const MinutesBody = Type.Object(
  {
    subject: Text(2000),
    /** Time of start, place and form, chair, secretary, attendance. */
    opening: Paragraphs,
    /** The agenda as it really ran: speakers, notes, votes. */
    sections: Type.Array(MinutesSection, { maxItems: 500 }),
    /** The time the meeting ended; the last paragraph ends with ./. */
    closing: Paragraphs,
  },
  { additionalProperties: false },
);
export type MinutesBody = Static<typeof MinutesBody>;

export const MinutesNoteInput = Type.Object(
  { itemId: Type.String({ minLength: 1, maxLength: 100 }), text: Text(20000) },
  { additionalProperties: false },
);
export type MinutesNoteInput = Static<typeof MinutesNoteInput>;

export const MinutesNote = Type.Object({
  itemId: Type.String(),
  revision: Type.Integer(),
  text: Type.String(),
  authorLabel: Type.String(),
  createdAt: Type.String(),
});
export type MinutesNote = Static<typeof MinutesNote>;

/** What the secretary changes: the names of the signature blocks and the body. */
export const MinutesPatch = Type.Object(
  {
    secretaryName: Type.Optional(Text(100)),
    chairName: Type.Optional(Text(100)),
    body: Type.Optional(MinutesBody),
  },
  { additionalProperties: false },
);
export type MinutesPatch = Static<typeof MinutesPatch>;

export const MinutesDraftInput = Type.Object({ secretaryName: Type.Optional(Text(100)) }, { additionalProperties: false });
export type MinutesDraftInput = Static<typeof MinutesDraftInput>;

export const MinutesReviewOpen = Type.Object(
  { deadline: Type.String({ format: 'date-time', description: 'End of the review window (ISO)' }) },
  { additionalProperties: false },
);
export type MinutesReviewOpen = Static<typeof MinutesReviewOpen>;

export const MinutesReviewInput = Type.Object(
  { answer: Type.Enum(['no_comment', 'comment']), comment: Text(10000) },
  { additionalProperties: false },
);
export type MinutesReviewInput = Static<typeof MinutesReviewInput>;

export const MinutesReview = Type.Object({
  reviewerLabel: Type.String(),
  answer: Type.Enum(['no_comment', 'comment']),
  comment: Type.String(),
  answeredAt: Type.String(),
});
export type MinutesReview = Static<typeof MinutesReview>;

export const Minutes = Type.Object({
  conferenceId: Type.String(),
  status: MinutesStatus,
  secretaryName: Type.String(),
  chairName: Type.String(),
  body: MinutesBody,
  reviewDeadline: Type.Union([Type.String(), Type.Null()]),
  lockedAt: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  reviews: Type.Array(MinutesReview),
  updatedAt: Type.String(),
});
export type Minutes = Static<typeof Minutes>;

/** The review mail to one participant: queued, sent or failed (with the server's answer). */
export const MinutesDelivery = Type.Object({
  id: Type.String(),
  recipient: Type.String(),
  status: Type.String(),
  error: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.Union([Type.String(), Type.Null()]),
});
export type MinutesDelivery = Static<typeof MinutesDelivery>;
