/**
 * Every error leaves the server as an ErrorBody: a stable code and a message in Vietnamese
 * and English. Domain errors keep their status; schema failures become 400
 * `validation.failed` with one entry per field; anything unexpected becomes a generic 500
 * whose details go to the log only (no stack traces or SQL in responses).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, type ErrorBody, type FieldProblem, type LocalizedMessage } from '../../domain/errors.js';
import { toFieldProblems, withValues, type ValidationIssue } from '../validation/validation-messages.js';

interface Mapped {
  status: number;
  code: string;
  message: LocalizedMessage;
  fields?: FieldProblem[];
}

export const errorBody = (code: string, message: LocalizedMessage, fields?: FieldProblem[]): ErrorBody => ({
  error: fields && fields.length > 0 ? { code, message, fields } : { code, message },
});

const VALIDATION_FAILED: LocalizedMessage = {
  vi: 'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
  en: 'The submitted data is not valid. Please check the marked fields.',
};

const BY_FASTIFY_CODE: Record<string, Omit<Mapped, 'fields'>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'request.malformed_json',
    message: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'request.too_large',
    message: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'request.unsupported_media_type',
    message: {
      vi: 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON (application/json).',
      en: 'Unsupported content type; send JSON (application/json).',
    },
  },
};
BY_FASTIFY_CODE.FST_ERR_CTP_EMPTY_JSON_BODY = BY_FASTIFY_CODE.FST_ERR_CTP_INVALID_JSON_BODY!;
BY_FASTIFY_CODE.FST_REQ_FILE_TOO_LARGE = BY_FASTIFY_CODE.FST_ERR_CTP_BODY_TOO_LARGE!;
BY_FASTIFY_CODE.FST_PARTS_LIMIT = BY_FASTIFY_CODE.FST_ERR_CTP_BODY_TOO_LARGE!;
BY_FASTIFY_CODE.FST_FILES_LIMIT = BY_FASTIFY_CODE.FST_ERR_CTP_BODY_TOO_LARGE!;
BY_FASTIFY_CODE.FST_FIELDS_LIMIT = BY_FASTIFY_CODE.FST_ERR_CTP_BODY_TOO_LARGE!;
BY_FASTIFY_CODE.FST_INVALID_MULTIPART_CONTENT_TYPE = {
  ...BY_FASTIFY_CODE.FST_ERR_CTP_INVALID_MEDIA_TYPE!,
  message: { vi: 'Hãy gửi tệp dưới dạng multipart/form-data.', en: 'Send the file as multipart/form-data.' },
};

const INVALID_REQUEST: LocalizedMessage = { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' };
const INTERNAL: Mapped = {
  status: 500,
  code: 'internal',
  message: {
    vi: 'Đã xảy ra lỗi không mong muốn trên máy chủ. Vui lòng thử lại sau.',
    en: 'An unexpected error occurred on the server. Please try again later.',
  },
};

/** Maps any thrown value to the status and body the client receives (the request's body tells an empty field from a malformed one). Pure, for tests. */
export const mapError = (error: unknown, body?: unknown): Mapped => {
  if (error instanceof DomainError) {
    return { status: error.status, code: error.code, message: error.localized, fields: error.fields };
  }
  if (typeof error !== 'object' || error === null) return INTERNAL;
  const fastifyError = error as Partial<FastifyError> & { validation?: ValidationIssue[] };
  if (Array.isArray(fastifyError.validation)) {
    const issues = fastifyError.validationContext === 'body' ? withValues(fastifyError.validation, body) : fastifyError.validation;
    return { status: 400, code: 'validation.failed', message: VALIDATION_FAILED, fields: toFieldProblems(issues) };
  }
  const known = fastifyError.code ? BY_FASTIFY_CODE[fastifyError.code] : undefined;
  if (known) return known;
  const status = fastifyError.statusCode;
  if (error instanceof SyntaxError && status === 400) return BY_FASTIFY_CODE.FST_ERR_CTP_INVALID_JSON_BODY!;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: 'request.invalid', message: INVALID_REQUEST };
  }
  return INTERNAL;
};

export const ROUTE_NOT_FOUND: LocalizedMessage = {
  vi: 'Không tìm thấy địa chỉ được yêu cầu.',
  en: 'The requested address was not found.',
};

export const sendRouteNotFound = (_request: FastifyRequest, reply: FastifyReply) =>
  reply.code(404).send(errorBody('route.not_found', ROUTE_NOT_FOUND));

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error, request.body);
    if (mapped.status >= 500) request.log.error({ err: error }, 'unexpected error');
    else request.log.info({ code: mapped.code, status: mapped.status }, 'request rejected');
    return reply.code(mapped.status).send(errorBody(mapped.code, mapped.message, mapped.fields));
  });
  app.setNotFoundHandler((request, reply) => sendRouteNotFound(request, reply));
}

export default fp(errorsPlugin, { name: 'diemcau-errors', fastify: '5.x' });
