/** Set-up and password links: one-time tokens with an expiry, consumed inside a transaction. */
import { DomainError } from '../../domain/errors.js';
import {
  expireUserTokens,
  findOneTimeTokenByHash,
  insertOneTimeToken,
  markOneTimeTokenUsed,
} from '../../storage/repositories/one-time-token-repository.js';
import type { Executor, OneTimeTokenRow } from '../../storage/tables.js';
import { hashToken, isTokenShaped, newToken } from './tokens.js';

export type OneTimePurpose = 'first_admin' | 'password_reset';

export interface OneTimeLink {
  /** Shown once (printed or handed to the person); only its hash is stored. */
  token: string;
  expiresAt: string;
}

const CODE_PREFIX: Record<OneTimePurpose, string> = { first_admin: 'setup', password_reset: 'password_link' };
const NAME: Record<OneTimePurpose, { vi: string; en: string }> = {
  first_admin: { vi: 'Liên kết thiết lập', en: 'The set-up link' },
  password_reset: { vi: 'Liên kết đặt mật khẩu', en: 'The password link' },
};

/** 401 <prefix>.token_invalid, 422 <prefix>.token_expired, 422 <prefix>.token_used. */
export function oneTimeLinkError(purpose: OneTimePurpose, problem: 'invalid' | 'expired' | 'used'): DomainError {
  const name = NAME[purpose];
  const code = `${CODE_PREFIX[purpose]}.token_${problem}`;
  if (problem === 'invalid') {
    return new DomainError(401, code, { vi: `${name.vi} không hợp lệ.`, en: `${name.en} is not valid.` });
  }
  if (problem === 'expired') {
    return new DomainError(422, code, {
      vi: `${name.vi} đã hết hạn. Hãy đề nghị quản trị viên cấp liên kết mới.`,
      en: `${name.en} has expired. Ask an administrator for a new one.`,
    });
  }
  return new DomainError(422, code, {
    vi: `${name.vi} đã được sử dụng. Mỗi liên kết chỉ dùng được một lần.`,
    en: `${name.en} has already been used. Each link works once.`,
  });
}

export async function issueOneTimeLink(
  executor: Executor,
  input: { purpose: OneTimePurpose; userId: string | null; now: Date; ttlMs: number; id: string },
): Promise<OneTimeLink> {
  const { token, hash } = newToken();
  const expiresAt = new Date(input.now.getTime() + input.ttlMs).toISOString();
  // A new password link replaces the person's earlier unused ones.
  if (input.userId !== null) await expireUserTokens(executor, input.userId, input.purpose, input.now.toISOString());
  await insertOneTimeToken(executor, {
    id: input.id,
    token_hash: hash,
    purpose: input.purpose,
    user_id: input.userId,
    created_at: input.now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  return { token, expiresAt };
}

/** Checks the token and marks it used (inside the caller's transaction); throws the errors above. */
export async function consumeOneTimeLink(executor: Executor, purpose: OneTimePurpose, token: unknown, now: Date): Promise<OneTimeTokenRow> {
  if (!isTokenShaped(token)) throw oneTimeLinkError(purpose, 'invalid');
  const row = await findOneTimeTokenByHash(executor, hashToken(token));
  if (!row || row.purpose !== purpose) throw oneTimeLinkError(purpose, 'invalid');
  if (row.used_at !== null) throw oneTimeLinkError(purpose, 'used');
  if (Date.parse(row.expires_at) <= now.getTime()) throw oneTimeLinkError(purpose, 'expired');
  if (!(await markOneTimeTokenUsed(executor, row.id, now.toISOString()))) throw oneTimeLinkError(purpose, 'used');
  return row;
}
