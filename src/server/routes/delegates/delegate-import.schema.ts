/** Schemas of the delegate import (.xlsx/.csv, preview then confirm) and the .xlsx export. */
import { Type } from 'typebox';
import { IMPORT_TARGETS } from '../../../services/participants/delegate-import-rules.js';
import { ConferenceParams, Id, LocalizedMessageSchema, errorResponses } from '../common.schema.js';

export const DELEGATE_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const tags = ['delegates'];

const Problem = Type.Object({
  path: Type.String({ description: '/rows/<sheet row>/<field>, /columns, /bridgePointId…' }),
  code: Type.String(),
  message: LocalizedMessageSchema,
});
const Target = Type.Union([Type.Enum([...IMPORT_TARGETS]), Type.Null()]);

/** Documents the form; the multipart stream itself is read by the handler. */
const UploadForm = Type.Object({
  file: Type.String({
    format: 'binary',
    description: '.xlsx or .csv (UTF-8, UTF-16; comma, semicolon or tab), at most 10 MB and 20,000 rows',
  }),
  options: Type.Optional(
    Type.String({
      description:
        'JSON: {"columns": [target|null per column], "headerRow": 1-based row (0: none), "bridgePointId": every row to this point, "participantGroupId": every row to this group}',
    }),
  ),
});

export const ImportPreviewSchema = Type.Object({
  headerRow: Type.Integer({ description: 'Sheet row of the headers (1-based), 0 when none was found' }),
  headers: Type.Array(Type.String()),
  columns: Type.Array(Target, { description: 'The mapping used: suggested from the headers unless sent' }),
  columnCount: Type.Integer(),
  rowCount: Type.Integer({ description: 'Non-blank rows under the header' }),
  validCount: Type.Integer({ description: 'Rows the confirmation would add if no row had a problem' }),
  rows: Type.Array(Type.Object({ row: Type.Integer(), cells: Type.Array(Type.String()) }), {
    description: 'The first rows and every row with a problem',
  }),
  problems: Type.Array(Problem),
  problemCount: Type.Integer(),
  points: Type.Array(
    Type.Object({
      bridgePointId: Type.String(),
      adding: Type.Integer(),
      existing: Type.Integer(),
      quota: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});

const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });

export const delegateImportSchemas = {
  preview: {
    tags,
    summary: 'Xem trước nhập đại biểu từ .xlsx/.csv / preview a delegate import (writes nothing)',
    consumes: ['multipart/form-data'],
    params: ConferenceParams,
    body: UploadForm,
    response: { 200: ImportPreviewSchema, ...errorResponses },
  },
  confirm: {
    tags,
    summary: "Nhập đại biểu từ .xlsx/.csv / import delegates: all rows or none (422 with the rows' problems)",
    consumes: ['multipart/form-data'],
    params: ConferenceParams,
    body: UploadForm,
    response: { 201: Type.Object({ count: Type.Integer(), bridgePointIds: Type.Array(Type.String()) }), ...errorResponses },
  },
  export: {
    tags,
    summary: 'Danh sách đại biểu (.xlsx) / the delegates as an Excel sheet',
    params: ConferenceParams,
    querystring: Type.Object({ bridgePointId: Type.Optional(Id) }, { additionalProperties: false }),
    produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    response: { 200: binary('The delegates as .xlsx'), ...errorResponses },
  },
};
