/**
 * Schemas shared by every resource: identifiers in the path, the If-Match header of
 * optimistic concurrency, the error body and the usual responses.
 */
import { Type, type TProperties, type TSchema } from 'typebox';
import { BridgePointSummary, Conference } from '../../domain/conference.schema.js';

export const Id = Type.String({ format: 'uuid', description: 'Identifier (UUID)' });

export const LocalizedMessageSchema = Type.Object({ vi: Type.String(), en: Type.String() });

export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine code, e.g. conference.not_found' }),
      message: LocalizedMessageSchema,
      fields: Type.Optional(Type.Array(Type.Object({ path: Type.String(), code: Type.String(), message: LocalizedMessageSchema }))),
    }),
  },
  { description: 'Every 4xx/5xx response' },
);

/** Header of optimistic concurrency: the conference version the client last read (quotes allowed). */
export const IF_MATCH_PATTERN = '^\\s*(W/)?("\\d{1,15}"|\\d{1,15})\\s*$|^\\s*\\*\\s*$';
export const WriteHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ pattern: IF_MATCH_PATTERN, description: 'Expected conference version, e.g. 7 or "7"' })),
});

/** Parses If-Match into the expected version; `*` or no header means any version. */
export const expectedVersionOf = (header: string | string[] | undefined): number | undefined => {
  const value = Array.isArray(header) ? header[0] : header;
  const digits = value?.match(/\d+/)?.[0];
  return digits === undefined ? undefined : Number(digits);
};

export const writeOptions = (request: { headers: Record<string, string | string[] | undefined> }) => {
  const expectedVersion = expectedVersionOf(request.headers['if-match']);
  return expectedVersion === undefined ? {} : { expectedVersion };
};

export const ConferenceParams = Type.Object({ conferenceId: Id });
export const childParams = <K extends string>(name: K) =>
  Type.Object({ conferenceId: Id, [name]: Id } as { conferenceId: typeof Id } & Record<K, typeof Id>);

export const IdsBody = Type.Object(
  { ids: Type.Array(Id, { maxItems: 10000, uniqueItems: true, description: 'Every id, in the new order' }) },
  { additionalProperties: false },
);

export const ActionList = Type.Array(Type.String(), { description: 'Action names of src/domain/access/actions.ts' });

/** What the caller may do with a conference and its parts; the web app hides the rest. */
export const AllowedActionsSchema = Type.Object(
  {
    conference: ActionList,
    bridgePoints: Type.Record(Type.String(), ActionList, {
      description: "Per bridge point id: every point of the plan (when it carries them) and the caller's own points",
    }),
    everyPoint: Type.Array(Type.String(), {
      description: 'What the caller may do at every point (a conference-wide role); decides for a point not in bridgePoints',
    }),
    participantGroups: Type.Record(Type.String(), ActionList, { description: 'Per participant group id' }),
  },
  { description: 'The actions the caller may take' },
);

/**
 * The plan as the caller may see it (presentConference): private parts and contacts stripped,
 * plus allowedActions. `bridgePoints` holds every point only while there are at most
 * `bridgePointSummary.inlineLimit` (500); above, it is empty, `bridgePointSummary.inline` is
 * false, and the points (with their allowed actions) are paged at GET .../bridge-points.
 */
export const PresentedConference = Type.Object(
  { ...Conference.properties, bridgePointSummary: BridgePointSummary, allowedActions: AllowedActionsSchema },
  { description: 'The conference as the caller may see it' },
);

export const CreatedResponse = Type.Object({ id: Id, conference: PresentedConference });

/** Error responses documented on every route. */
export const errorResponses = {
  '4xx': ErrorBodySchema,
  '5xx': ErrorBodySchema,
} as const;

/** A body with every field optional, at least one present, and nothing unknown. */
export const partialOf = <T extends TProperties>(fields: T, description?: string) =>
  Type.Partial(Type.Object(fields), {
    additionalProperties: false,
    minProperties: 1,
    ...(description ? { description } : {}),
  });

export type AnySchema = TSchema;
