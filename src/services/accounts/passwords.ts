/**
 * Passwords: argon2id hashes (@node-rs/argon2 defaults: 19 MiB, 2 passes), the rules of a new
 * password (length, not the e-mail, not guessable: password-strength.ts), a dummy verify.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { invalid, type FieldProblem } from '../../domain/errors.js';
import { normalizeText } from '../../domain/text.js';
import { assertPasswordStrong } from './password-strength.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
// `Algorithm` is a const enum; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: ARGON2ID });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the time of one verify, so that an unknown e-mail answers as slowly as a known one. */
export async function dummyVerify(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Problems of a new password (empty when acceptable). Length counts characters, not bytes. */
export function passwordProblems(password: string, email: string): FieldProblem[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return [
      {
        path: '/password',
        code: 'password.too_short',
        message: {
          vi: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
          en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
        },
      },
    ];
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return [
      {
        path: '/password',
        code: 'password.too_long',
        message: {
          vi: `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
          en: `The password is longer than ${MAX_PASSWORD_LENGTH} characters.`,
        },
      },
    ];
  }
  if (normalizeText(password).toLowerCase() === normalizeText(email).toLowerCase()) {
    return [
      {
        path: '/password',
        code: 'password.same_as_email',
        message: { vi: 'Mật khẩu không được trùng với địa chỉ thư điện tử.', en: 'The password must not be the e-mail address.' },
      },
    ];
  }
  return [];
}

/** Throws 422 with the password's problem as code (password.too_short, password.too_long, password.same_as_email). */
export function assertPasswordAcceptable(password: unknown, email: string): asserts password is string {
  if (typeof password !== 'string') {
    throw invalid('password.too_short', { vi: 'Chưa nhập mật khẩu.', en: 'No password given.' });
  }
  const [problem] = passwordProblems(password, email);
  if (problem) throw invalid(problem.code, problem.message, [problem]);
}

/**
 * Every rule of a new password: 422 with password.too_short, password.too_long,
 * password.same_as_email, or auth.weak_password (guessable, given the person's e-mail and name).
 */
export async function assertPasswordAllowed(password: unknown, who: { email: string; displayName?: string }): Promise<void> {
  assertPasswordAcceptable(password, who.email);
  await assertPasswordStrong(password, who);
}
