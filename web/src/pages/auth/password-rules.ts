/** The password rules the server enforces (src/services/accounts/passwords.ts), checked early in the form. */
import { useTranslation } from 'react-i18next';
import type { LocalizedMessage } from '../../../../src/domain/errors.js';

export const MIN_PASSWORD_LENGTH = 10;

export const usePasswordRules = () => {
  const { t } = useTranslation();
  return {
    title: t('auth.rules.title'),
    rules: [
      t('auth.rules.length', { n: MIN_PASSWORD_LENGTH }),
      t('auth.rules.notEmail'),
      t('auth.rules.notGuessable'),
      t('auth.rules.phrase'),
    ],
  };
};

/** The first problem with a new password and its repetition, or null. */
export const passwordProblem = (password: string, repeat: string, email: string): { field: string; message: LocalizedMessage } | null => {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return {
      field: 'password',
      message: {
        vi: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
        en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
      },
    };
  }
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return {
      field: 'password',
      message: { vi: 'Mật khẩu không được trùng với địa chỉ thư điện tử.', en: 'The password must not be the e-mail address.' },
    };
  }
  if (password !== repeat)
    return { field: 'repeat', message: { vi: 'Hai lần nhập mật khẩu không khớp.', en: 'The two passwords differ.' } };
  return null;
};
