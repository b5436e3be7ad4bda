/** Schemas of the bridge points (điểm cầu) of a conference. */
import { Type } from 'typebox';
import { BridgePointCreate, BridgePointFields, BridgePointGroupFields, BridgePointKind } from '../../../domain/conference.schema.js';
import { collectionSchemas } from '../collection.schema.js';
import { ConferenceParams, WriteHeaders, errorResponses, PresentedConference } from '../common.schema.js';

export const bridgePointSchemas = collectionSchemas({
  tag: 'bridge-points',
  noun: 'điểm cầu / bridge point',
  input: BridgePointCreate,
  fields: { ...BridgePointFields, ...BridgePointGroupFields },
  idParam: 'pointId',
});

export const UnitsToPointsBody = Type.Object(
  {
    unitListId: Type.String({ minLength: 1, maxLength: 80, pattern: '^[a-z0-9][a-z0-9-]*$' }),
    unitCodes: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }), {
        maxItems: 20000,
        uniqueItems: true,
        description: 'Units to create points for; every unit of the list when absent',
      }),
    ),
    quota: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()])),
    kind: Type.Optional(BridgePointKind),
  },
  { additionalProperties: false },
);

export const unitsToPointsSchema = {
  tags: ['bridge-points'],
  summary: 'Tạo điểm cầu từ đơn vị hành chính / bridge points from administrative units',
  params: ConferenceParams,
  headers: WriteHeaders,
  body: UnitsToPointsBody,
  response: { 201: PresentedConference, ...errorResponses },
};

export const UnitTreeBody = Type.Object(
  {
    unitListId: Type.String({ minLength: 1, maxLength: 80, pattern: '^[a-z0-9][a-z0-9-]*$' }),
    expandCodes: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }), {
        maxItems: 100,
        uniqueItems: true,
        description: 'Provinces whose commune-level units become named points; the others stay one group each',
      }),
    ),
    venuePattern: Type.Optional(Type.String({ maxLength: 500, description: 'Where each commune point sits' })),
    invitedBy: Type.Optional(Type.String({ maxLength: 300, description: 'Who invites the participants at the commune points' })),
  },
  { additionalProperties: false },
);

export const unitTreeSchema = {
  tags: ['bridge-points'],
  summary: 'Điểm cầu toàn quốc đến cấp xã / every province and its communes, as groups or named points',
  params: ConferenceParams,
  headers: WriteHeaders,
  body: UnitTreeBody,
  response: { 201: PresentedConference, ...errorResponses },
};

export const expandGroupSchema = {
  tags: ['bridge-points'],
  summary: 'Mở rộng nhóm điểm cầu thành từng điểm / expand a group of points into named points',
  params: Type.Object({ conferenceId: Type.String({ format: 'uuid' }), pointId: Type.String({ format: 'uuid' }) }),
  headers: WriteHeaders,
  response: { 200: PresentedConference, ...errorResponses },
};
