/**
 * A bridge point (điểm cầu) as data: its fields, the group a point may stand for, the form the
 * paged list gives it, and the counts the plan read carries instead of the points.
 */
import { Type, type Static } from 'typebox';
import { BridgePointKind, Id, NonEmpty, Nullable, Text } from './conference-values.schema.js';
import { MEDIA_TIERS } from './media/media-tier.js';

export const BridgePointFields = {
  name: NonEmpty(200),
  address: Text(500, { description: 'Address or room' }),
  quota: Nullable(Type.Integer({ minimum: 0, maximum: 100000, description: 'Delegate quota' })),
  kind: BridgePointKind,
  isHost: Type.Boolean(),
  operatorName: Text(100),
  operatorPhone: Text(30),
  operatorEmail: Text(200),
  unitCode: Nullable(Text(40, { description: 'Administrative unit the point was created from' })),
};

/** What makes a point a group kept as a count, and where its participants come from; optional on create (one named point). */
export const BridgePointGroupFields = {
  groupCount: Nullable(
    Type.Integer({
      minimum: 1,
      maximum: 100000,
      description: 'A group of points kept as a count (228 điểm cầu cấp xã); null for one named point',
    }),
  ),
  venuePattern: Text(500, { description: 'Where each point of a group sits, e.g. phòng họp trực tuyến của UBND cấp xã' }),
  invitedBy: Text(300, { description: 'The body that invites the participants at these points' }),
  lentBy: Text(300, { description: 'A hall lent by another body: the body that lends it' }),
  unitListId: Nullable(Text(80, { description: 'The unit list a group expands from' })),
  parentUnitCode: Nullable(Text(40, { description: 'A group of the units under this one (a province), from unitListId' })),
};
/** How the point takes part in the media (issue 19); optional on create (null: by its kind, see media-tier.ts). */
export const BridgePointMediaFields = {
  mediaTier: Nullable(
    Type.Enum([...MEDIA_TIERS], {
      description:
        'interactive: Tương tác (WebRTC); watching: Theo dõi (HLS, WebRTC only with the floor); null: by the kind (a commune point watches)',
    }),
  ),
};
export const BridgePointInput = Type.Object(
  { ...BridgePointFields, ...BridgePointGroupFields, ...BridgePointMediaFields },
  { additionalProperties: false },
);
export type BridgePointInput = Static<typeof BridgePointInput>;
/** A new point as the API accepts it: the group fields may be left out (one named point). */
export const BridgePointCreate = Type.Object(
  {
    ...BridgePointFields,
    ...Type.Partial(Type.Object(BridgePointGroupFields)).properties,
    ...Type.Partial(Type.Object(BridgePointMediaFields)).properties,
  },
  { additionalProperties: false },
);
export type BridgePointCreate = Static<typeof BridgePointCreate>;
export const BridgePoint = Type.Object({
  id: Id,
  position: Type.Integer(),
  ...BridgePointFields,
  ...BridgePointGroupFields,
  ...BridgePointMediaFields,
});
export type BridgePoint = Static<typeof BridgePoint>;
/** A point as its own resource lists it: with the top unit (province) of its unit. */
export const ListedBridgePoint = Type.Object({
  ...BridgePoint.properties,
  provinceCode: Nullable(Type.String({ description: "The top unit (province) of the point's unit; null when unknown" })),
});
export type ListedBridgePoint = Static<typeof ListedBridgePoint>;

/**
 * The plan read inlines `bridgePoints` only up to this many (a provincial conference with its
 * communes); above it the plan carries `bridgePoints: []` with `bridgePointSummary.inline`
 * false, and the screens page GET /conferences/:id/bridge-points instead.
 */
export const INLINE_BRIDGE_POINTS = 500;

const PointCount = {
  rows: Type.Integer({ minimum: 0, description: 'Rows: named points and groups' }),
  points: Type.Integer({ minimum: 0, description: 'Points, a group counted by its groupCount' }),
};
/** The counts of a conference's bridge points, as the plan read carries them instead of 16,242 points. */
export const BridgePointSummary = Type.Object(
  {
    ...PointCount,
    hosts: Type.Integer({ minimum: 0 }),
    groups: Type.Integer({ minimum: 0, description: 'Groups kept as a count' }),
    byKind: Type.Array(Type.Object({ kind: BridgePointKind, ...PointCount })),
    byProvince: Type.Array(
      Type.Object({
        code: Nullable(Type.String({ description: "The top unit (province) of the points' units; null: no unit known" })),
        name: Nullable(Type.String()),
        ...PointCount,
      }),
      { description: 'Per top unit, in the order of its first point' },
    ),
    inline: Type.Boolean({ description: 'true: bridgePoints holds every point; false: bridgePoints is empty, page the list' }),
    inlineLimit: Type.Integer({ description: 'The most points a plan read inlines' }),
  },
  { description: 'What the plan read says of the bridge points (their list is GET .../bridge-points)' },
);
export type BridgePointSummary = Static<typeof BridgePointSummary>;
