/**
 * The schemas every ordered collection of the plan shares (bridge points, participant
 * groups, assignments, tasks, agenda items): add, change, remove, reorder.
 */
import type { TObject, TProperties } from 'typebox';
import type { ApiTag } from '../plugins/openapi.js';
import {
  ConferenceParams,
  CreatedResponse,
  IdsBody,
  WriteHeaders,
  childParams,
  errorResponses,
  PresentedConference,
  partialOf,
} from './common.schema.js';

export interface CollectionSpec<I extends TObject, F extends TProperties, P extends string> {
  tag: ApiTag;
  /** Vietnamese / English noun for the summaries, e.g. 'điểm cầu / bridge point'. */
  noun: string;
  input: I;
  fields: F;
  idParam: P;
}

export const collectionSchemas = <I extends TObject, F extends TProperties, P extends string>(spec: CollectionSpec<I, F, P>) => {
  const tags = [spec.tag];
  const itemParams = childParams(spec.idParam);
  const conferenceResponse = { 200: PresentedConference, ...errorResponses };
  return {
    create: {
      tags,
      summary: `Thêm ${spec.noun}`,
      params: ConferenceParams,
      headers: WriteHeaders,
      body: spec.input,
      response: { 201: CreatedResponse, ...errorResponses },
    },
    update: {
      tags,
      summary: `Sửa ${spec.noun}`,
      params: itemParams,
      headers: WriteHeaders,
      body: partialOf(spec.fields),
      response: conferenceResponse,
    },
    remove: {
      tags,
      summary: `Xoá ${spec.noun}`,
      params: itemParams,
      headers: WriteHeaders,
      response: conferenceResponse,
    },
    reorder: {
      tags,
      summary: `Sắp xếp ${spec.noun}`,
      params: ConferenceParams,
      headers: WriteHeaders,
      body: IdsBody,
      response: conferenceResponse,
    },
  };
};
