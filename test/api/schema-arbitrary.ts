/**
 * fast-check arbitraries derived from a route's JSON schema: values that satisfy it
 * ("valid-looking"), the same with one field broken, and plain garbage. Identifiers
 * (format uuid) are drawn from a pool of ids that exist in the fixture, plus random ones.
 */
import fc from 'fast-check';

type Schema = Record<string, unknown> & {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
};

export interface SchemaArbitraryOptions {
  /** Ids to pick for uuid strings (existing entities make writes succeed now and then). */
  ids: readonly string[];
  /** Values to pick for named properties (e.g. unitListId), when plain generation cannot hit them. */
  known?: Record<string, readonly unknown[]>;
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

/** Random strings: short unicode, Vietnamese, whitespace, control characters and a huge one now and then. */
export const garbageString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t\n', 'Hội nghị Đồng Tháp', '\u0000', '\ud800', '💥'.repeat(3), '<script>') },
    { weight: 1, arbitrary: fc.nat({ max: 3 }).map((n) => 'ữ'.repeat([300, 2_001, 10_001, 200_000][n]!)) },
  );

/** Any JSON-ish value, including deep objects and odd numbers. */
export const garbage = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: false }),
    fc.jsonValue({ maxDepth: 3 }),
    garbageString(),
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e300, -0, Number.MAX_SAFE_INTEGER + 2, [], {}),
  );

/** A value the schema accepts (as far as patterns and formats can be generated). */
export const validValue = (schema: Schema, options: SchemaArbitraryOptions, name = ''): fc.Arbitrary<unknown> => {
  const known = name ? options.known?.[name] : undefined;
  if (known && known.length > 0) return fc.constantFrom(...known);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((branch) => validValue(branch, options, name)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: num(schema.minimum, -1_000_000), max: num(schema.maximum, 1_000_000) });
    case 'number':
      return fc.double({ min: num(schema.minimum, -1e6), max: num(schema.maximum, 1e6), noNaN: true });
    case 'string':
      return validString(schema, options);
    case 'array': {
      const items = validValue(schema.items ?? {}, options);
      const maxLength = Math.min(num(schema.maxItems, 4), 4);
      return schema.uniqueItems ? fc.uniqueArray(items, { maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(items, { maxLength });
    }
    case 'object':
      return validObject(schema, options);
    default:
      return garbage();
  }
};

const validString = (schema: Schema, options: SchemaArbitraryOptions): fc.Arbitrary<string> => {
  if (schema.format === 'uuid') {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...(options.ids.length > 0 ? options.ids : ['00000000-0000-4000-8000-000000000000'])) },
      { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
    );
  }
  const minLength = num(schema.minLength, 0);
  const maxLength = Math.min(num(schema.maxLength, 60), 60);
  const fits = (s: string) => s.length >= minLength && s.length <= num(schema.maxLength, Infinity);
  if (typeof schema.pattern === 'string') {
    // A short match repeated reaches minLength for character-class patterns (a client key of 8+ characters), so the filter rarely rejects.
    const long = (s: string) => (s.length > 0 && s.length < minLength ? s.repeat(Math.ceil(minLength / s.length)) : s);
    return fc
      .stringMatching(new RegExp(schema.pattern, 'u'), { size: 'xsmall' })
      .map((s) => long(s).slice(0, maxLength))
      .filter(fits);
  }
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
};

const validObject = (schema: Schema, options: SchemaArbitraryOptions): fc.Arbitrary<Record<string, unknown>> => {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, validValue(value, options, key)]));
  const record = fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) as never[] });
  const minProperties = num(schema.minProperties, 0);
  return minProperties > 0 ? record.filter((value) => Object.keys(value).length >= minProperties) : record;
};

/** A valid-looking object with exactly one thing wrong: a field of the wrong kind, missing, or unknown. */
export const brokenValue = (schema: Schema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> => {
  if (schema.type !== 'object' || !schema.properties) return garbage();
  const keys = Object.keys(schema.properties);
  return fc
    .tuple(validObject(schema, options), fc.constantFrom(...keys, '__extra__'), fc.nat({ max: 2 }), garbage())
    .map(([value, key, operation, wrong]) => {
      const copy: Record<string, unknown> = { ...value };
      if (key === '__extra__') copy.unexpectedField = wrong;
      else if (operation === 0) delete copy[key];
      else copy[key] = wrong;
      return copy;
    });
};

/** Bodies for one route: valid-looking, broken in one field, garbage, or nothing at all. */
export const bodyFor = (schema: Schema | undefined, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> =>
  schema
    ? fc.oneof(
        { weight: 4, arbitrary: validValue(schema, options) },
        { weight: 3, arbitrary: brokenValue(schema, options) },
        { weight: 2, arbitrary: garbage() },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    : fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: garbage() });
