/**
 * Schemas of the bridge points (điểm cầu) of a conference: their own paged resource (a
 * national conference has 16,242), and writes that answer what changed, not the plan.
 */
import { Type } from 'typebox';
import {
  BridgePointCreate,
  BridgePointFields,
  BridgePointGroupFields,
  BridgePointKind,
  BridgePointMediaFields,
  BridgePointSummary,
  ListedBridgePoint,
} from '../../../domain/conference.schema.js';
import { ActionList, ConferenceParams, Id, IdsBody, WriteHeaders, childParams, errorResponses, partialOf } from '../common.schema.js';
import { PageQueryFields, pageOf } from '../paging.schema.js';

const tags = ['bridge-points'];
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const PointParams = childParams('pointId');

/** One point as the caller may see it: contact blanked without bridge_point.read_contact, and what they may do there. */
export const PresentedBridgePoint = Type.Object(
  { ...ListedBridgePoint.properties, allowedActions: ActionList },
  { description: 'A bridge point as the caller may see it' },
);

/** What a bridge point write answers instead of the plan. */
export const BridgePointChanges = Type.Object(
  {
    version: Type.Integer({ description: "The conference's version after the write: send it back as If-Match" }),
    updatedAt: Type.String({ format: 'date-time' }),
    points: Type.Array(PresentedBridgePoint, {
      description: 'The points created or changed (a new host demotes the old one), in plan order',
    }),
    removedIds: Type.Array(Id, { description: 'The points removed (an expanded group, a deleted point)' }),
    reordered: Type.Boolean({ description: 'true: every position may have changed; reload the list' }),
    bridgePointSummary: BridgePointSummary,
  },
  { description: 'What the write changed' },
);
const changesResponse = { 200: BridgePointChanges, ...errorResponses };
const createdResponse = { 201: BridgePointChanges, ...errorResponses };

export const BridgePointListQuery = Type.Object(
  {
    kind: Type.Optional(BridgePointKind),
    province: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        pattern: '^[A-Za-z0-9-]+$',
        description: 'Code of a top unit (province) of a unit list: its own point, its communes and its group',
      }),
    ),
    group: Type.Optional(Type.Boolean({ description: 'true: only groups kept as a count; false: only named points' })),
    host: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the name or address, with or without diacritics' })),
    ids: Type.Optional(
      Type.String({
        maxLength: 100 * 37,
        pattern: `^${UUID}(,${UUID}){0,99}$`,
        description: 'Only these points: up to 100 ids, comma-separated (a screen naming the points it shows)',
      }),
    ),
    ...PageQueryFields,
  },
  { additionalProperties: false },
);

export const bridgePointSchemas = {
  list: {
    tags,
    summary: 'Danh sách điểm cầu (phân trang) / bridge points, paged',
    description:
      'In plan order, filtered and searched in SQL; an operator link lists only its own point. Each point carries its allowedActions.',
    params: ConferenceParams,
    querystring: BridgePointListQuery,
    response: { 200: pageOf(PresentedBridgePoint), ...errorResponses },
  },
  get: {
    tags,
    summary: 'Một điểm cầu / one bridge point',
    params: PointParams,
    response: { 200: PresentedBridgePoint, ...errorResponses },
  },
  create: {
    tags,
    summary: 'Thêm điểm cầu / add a bridge point',
    params: ConferenceParams,
    headers: WriteHeaders,
    body: BridgePointCreate,
    response: { 201: Type.Object({ id: Id, ...BridgePointChanges.properties }), ...errorResponses },
  },
  update: {
    tags,
    summary: 'Sửa điểm cầu / change a bridge point',
    params: PointParams,
    headers: WriteHeaders,
    body: partialOf({ ...BridgePointFields, ...BridgePointGroupFields, ...BridgePointMediaFields }),
    response: changesResponse,
  },
  remove: { tags, summary: 'Xoá điểm cầu / remove a bridge point', params: PointParams, headers: WriteHeaders, response: changesResponse },
  reorder: {
    tags,
    summary: 'Sắp xếp điểm cầu / order the bridge points',
    params: ConferenceParams,
    headers: WriteHeaders,
    body: IdsBody,
    response: changesResponse,
  },
};

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
  response: createdResponse,
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
  response: createdResponse,
};

export const expandGroupSchema = {
  tags: ['bridge-points'],
  summary: 'Mở rộng nhóm điểm cầu thành từng điểm / expand a group of points into named points',
  params: PointParams,
  headers: WriteHeaders,
  response: changesResponse,
};
