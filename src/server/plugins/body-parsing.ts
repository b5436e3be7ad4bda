/**
 * Request bodies: JSON only (text/plain and other types get 415). An empty JSON body is
 * treated as no body, so bodiless actions (archive, delete) work whatever header the
 * client sends; `__proto__`/`constructor` keys are refused as malformed; strings with NUL
 * characters are refused (PostgreSQL cannot store them).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, type FieldProblem } from '../../domain/errors.js';
import { messageFor } from '../validation/validation-messages.js';

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Paths of every string (value or key) holding a NUL character. */
export const findNulCharacters = (value: unknown, path = '', found: string[] = []): string[] => {
  if (found.length >= 20) return found;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findNulCharacters(item, `${path}/${index}`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const child = `${path}/${escapePointer(key)}`;
      if (key.includes('\u0000')) found.push(child);
      findNulCharacters(item, child, found);
    }
  }
  return found;
};

async function bodyParsingPlugin(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim().length === 0) return done(null, undefined);
    // Fastify's default JSON parser answers through the callback; it returns nothing to wait for.
    void parseJson(request, text, (error, parsed) => {
      if (error) return done(error, undefined);
      const paths = findNulCharacters(parsed);
      if (paths.length === 0) return done(null, parsed);
      const fields: FieldProblem[] = paths.map((path) => ({
        path,
        code: 'characters',
        message: messageFor({ keyword: 'characters', instancePath: path, params: {} }),
      }));
      done(
        new DomainError(
          400,
          'validation.failed',
          {
            vi: 'Dữ liệu gửi lên chứa ký tự không được phép.',
            en: 'The submitted data contains characters that are not allowed.',
          },
          fields,
        ),
        undefined,
      );
    });
  });
}

export default fp(bodyParsingPlugin, { name: 'diemcau-body-parsing', fastify: '5.x' });
