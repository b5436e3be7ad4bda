/**
 * Request validation with two Ajv instances: bodies are checked strictly (no type
 * coercion: "5" for an integer is a 400), while the querystring, params and headers,
 * which are text by nature, are coerced to the types their schema declares.
 * Both report all errors and never remove unknown properties (they are rejected instead).
 */
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = (formatsModule as unknown as { default?: AddFormats }).default ?? (formatsModule as unknown as AddFormats);

const common: Options = {
  allErrors: true,
  removeAdditional: false,
  useDefaults: false,
  strict: false,
  // TypeBox adds its own descriptive keywords; Ajv must ignore them.
  allowUnionTypes: true,
};

const createAjv = (coerceTypes: Options['coerceTypes']): Ajv => {
  const ajv = new Ajv({ ...common, coerceTypes });
  addFormats(ajv);
  return ajv;
};

/** A Fastify validator compiler choosing the strict or the coercing Ajv by the part of the request. */
export const createValidatorCompiler = (): FastifySchemaCompiler<unknown> => {
  const strict = createAjv(false);
  const coercing = createAjv('array');
  return ({ schema, httpPart }): ValidateFunction => (httpPart === 'body' ? strict : coercing).compile(schema as object);
};
