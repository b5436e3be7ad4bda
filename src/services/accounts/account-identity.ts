/** The checks on a person's e-mail and name shared by the set-up and by accounts created by an administrator. */
import { conflict, invalid } from '../../domain/errors.js';
import { normalizeText } from '../../domain/text.js';
import { isEmailShaped, normalizeEmail } from './account-records.js';

/** The e-mail (NFC, trimmed, lower-cased) and name (NFC, trimmed); 422 when either is not acceptable. */
export function checkIdentity(input: { email: unknown; displayName: unknown }): { email: string; displayName: string } {
  const email = typeof input.email === 'string' ? normalizeEmail(input.email) : '';
  const displayName = typeof input.displayName === 'string' ? normalizeText(input.displayName) : '';
  if (!isEmailShaped(email)) {
    throw invalid('user.email_invalid', { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'The e-mail address is not valid.' }, [
      { path: '/email', code: 'user.email_invalid', message: { vi: 'Không đúng định dạng.', en: 'Wrong format.' } },
    ]);
  }
  if (displayName.length === 0 || displayName.length > 200) {
    throw invalid('user.display_name_invalid', { vi: 'Họ tên phải có từ 1 đến 200 ký tự.', en: 'The name must have 1 to 200 characters.' });
  }
  return { email, displayName };
}

export const emailTaken = () =>
  conflict('user.email_taken', { vi: 'Địa chỉ thư điện tử này đã có tài khoản.', en: 'This e-mail address already has an account.' });
