/**
 * Conference documents (tài liệu hội nghị, issue 16 item 1) as data: one TypeBox schema per
 * shape gives the API's validation, the TypeScript types and the OpenAPI document. Pure: the
 * web app imports the types and the labels.
 */
import { Type, type Static } from 'typebox';
import { DOCUMENT_AUDIENCES, DOCUMENT_KINDS, DOCUMENT_MEDIA_TYPES } from './document-values.js';

const Id = Type.String({ format: 'uuid', description: 'Identifier (UUID)' });

export { DOCUMENT_AUDIENCES, DOCUMENT_KINDS, DOCUMENT_MEDIA_TYPES };

export const ConferenceDocumentKind = Type.Enum([...DOCUMENT_KINDS]);
export type ConferenceDocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DocumentAudience = Type.Enum([...DOCUMENT_AUDIENCES]);
export type DocumentAudience = (typeof DOCUMENT_AUDIENCES)[number];
export type DocumentFileKind = keyof typeof DOCUMENT_MEDIA_TYPES;

const Title = Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' });

/** The fields of a document that the organizer edits (multipart fields on upload, JSON on edit). */
export const DocumentMetadataFields = {
  title: Title,
  kind: ConferenceDocumentKind,
  audience: DocumentAudience,
  audiencePointIds: Type.Array(Id, {
    maxItems: 5000,
    uniqueItems: true,
    description: "Bridge points whose staff read it (audience 'points')",
  }),
  agendaItemId: Type.Union([Id, Type.Null()]),
  taskId: Type.Union([Id, Type.Null()], { description: 'The task of the plan that produces this document; uploading it closes the task' }),
};
export const DocumentMetadataPatch = Type.Partial(Type.Object(DocumentMetadataFields, { additionalProperties: false }));
export type DocumentMetadataPatch = Static<typeof DocumentMetadataPatch>;
export const DocumentMetadata = Type.Object(DocumentMetadataFields, { additionalProperties: false });
export type DocumentMetadata = Static<typeof DocumentMetadata>;

export const DocumentVersion = Type.Object({
  number: Type.Integer({ minimum: 1 }),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  uploadedBy: Type.String(),
  uploadedAt: Type.String({ format: 'date-time' }),
});
export type DocumentVersion = Static<typeof DocumentVersion>;

export const ConferenceDocument = Type.Object({
  id: Id,
  conferenceId: Id,
  ...DocumentMetadataFields,
  /** The number of the current (newest) version. */
  currentVersion: Type.Integer({ minimum: 1 }),
  revision: Type.Integer({ minimum: 1, description: 'Send it back in If-Match to edit' }),
  versions: Type.Array(DocumentVersion),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  allowedActions: Type.Array(Type.String()),
});
export type ConferenceDocument = Static<typeof ConferenceDocument>;

/** One reader of a document: what they opened, when first and last, how often. */
export const DocumentReader = Type.Object({
  documentId: Id,
  readerKind: Type.Enum(['user', 'link']),
  readerLabel: Type.String(),
  delegateId: Type.Union([Id, Type.Null()]),
  bridgePointId: Type.Union([Id, Type.Null()]),
  versionsOpened: Type.Array(Type.Integer()),
  firstOpenedAt: Type.String({ format: 'date-time' }),
  lastOpenedAt: Type.String({ format: 'date-time' }),
  openCount: Type.Integer(),
});
export type DocumentReader = Static<typeof DocumentReader>;

/** The organizer's report: every reader, and per document the count of delegates and of points that opened it. */
export const DocumentReadReport = Type.Object({
  readers: Type.Array(DocumentReader),
  documents: Type.Array(
    Type.Object({
      documentId: Id,
      title: Type.String(),
      readers: Type.Integer(),
      delegates: Type.Integer(),
      points: Type.Array(Type.Object({ bridgePointId: Id, readers: Type.Integer() })),
    }),
  ),
});
export type DocumentReadReport = Static<typeof DocumentReadReport>;
