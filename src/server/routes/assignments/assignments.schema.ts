/** Schemas of the assignments (phân công) of a conference and of the order of their tasks. */
import { AssignmentFields, AssignmentInput } from '../../../domain/conference.schema.js';
import { collectionSchemas } from '../collection.schema.js';
import { IdsBody, WriteHeaders, childParams, errorResponses, PresentedConference } from '../common.schema.js';

export const assignmentSchemas = collectionSchemas({
  tag: 'assignments',
  noun: 'phân công / assignment',
  input: AssignmentInput,
  fields: AssignmentFields,
  idParam: 'assignmentId',
});

export const reorderTasksSchema = {
  tags: ['tasks'],
  summary: 'Sắp xếp nhiệm vụ của một phân công / order the tasks of an assignment',
  params: childParams('assignmentId'),
  headers: WriteHeaders,
  body: IdsBody,
  response: { 200: PresentedConference, ...errorResponses },
};
