/** Schemas of the participant groups (thành phần tham dự) of a conference. */
import { ParticipantGroupFields, ParticipantGroupInput } from '../../../domain/conference.schema.js';
import { collectionSchemas } from '../collection.schema.js';

export const participantGroupSchemas = collectionSchemas({
  tag: 'participant-groups',
  noun: 'thành phần tham dự / participant group',
  input: ParticipantGroupInput,
  fields: ParticipantGroupFields,
  idParam: 'groupId',
});
