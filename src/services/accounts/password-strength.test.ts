import { describe, expect, it } from 'vitest';
import { rejection } from '../testing.js';
import { assertPasswordStrong, personalWords, weakPasswordError } from './password-strength.js';
import { assertPasswordAllowed } from './passwords.js';

const CHAIR = { email: 'ngoc.anh@dongthap.gov.vn', displayName: 'Nguyễn Ngọc Anh' };

describe('guessable passwords', () => {
  it('refuses repeats, common passwords, keyboard rows and sequences, each with its reason', async () => {
    const cases: [string, string][] = [
      ['aaaaaaaaaa', 'lặp lại'],
      ['password123', 'hay dùng'],
      ['1234567890', 'hay dùng'],
      ['qwertyuiop', 'hay dùng'],
      ['zxcvbnm,./', 'bàn phím'],
    ];
    for (const [password, reason] of cases) {
      const error = await rejection(assertPasswordStrong(password, CHAIR));
      expect([error.status, error.code], password).toEqual([422, 'auth.weak_password']);
      expect(error.localized.vi, password).toContain(reason);
      expect(error.localized.vi).toMatch(/^Mật khẩu quá dễ đoán: /);
      expect(error.localized.en).toMatch(/^The password is too easy to guess: /);
    }
  });

  it("refuses the person's own name and e-mail, with or without the Vietnamese marks", async () => {
    for (const password of ['ngocanh1990', 'nguyenngocanh', 'Ngọc Anh 1990', 'dongthap2021']) {
      const error = await rejection(assertPasswordStrong(password, CHAIR));
      expect([error.code, error.localized.vi], password).toEqual(['auth.weak_password', expect.stringContaining('thư điện tử của bạn')]);
    }
    // The same password is not guessable for someone else: what counts is the person's own words.
    await expect(assertPasswordStrong('ngocanh1990', { email: 'thuky@b.vn', displayName: 'Thư ký' })).resolves.toBeUndefined();
    expect(personalWords(CHAIR)).toEqual(
      expect.arrayContaining(['ngoc.anh@dongthap.gov.vn', 'ngoc', 'anh', 'ngọc anh', 'ngocanh', 'nguyễn', 'nguyen', 'dongthap']),
    );
  });

  it('accepts long phrases, Vietnamese ones included', async () => {
    for (const password of [
      'Chủ trì hội nghị tỉnh 2021',
      'mật-khẩu-người-dùng-2021',
      'correct horse battery staple',
      'sông Tiền chảy qua Cao Lãnh',
    ]) {
      await expect(assertPasswordStrong(password, CHAIR), password).resolves.toBeUndefined();
    }
  });

  it('keeps the length rules first, and says why in our words when zxcvbn gives no warning', async () => {
    expect((await rejection(assertPasswordAllowed('ngắn', CHAIR))).code).toBe('password.too_short');
    expect((await rejection(assertPasswordAllowed('ngoc.anh@dongthap.gov.vn', CHAIR))).code).toBe('password.same_as_email');
    expect((await rejection(assertPasswordAllowed('aaaaaaaaaa', CHAIR))).code).toBe('auth.weak_password');
    const other = weakPasswordError(null);
    expect(other.localized.vi).toBe(
      'Mật khẩu quá dễ đoán: quá ít khả năng để thử. Hãy dùng một câu hay vài từ không liên quan đến nhau, dài hơn.',
    );
    expect(other.fields).toEqual([{ path: '/password', code: 'auth.weak_password', message: other.localized }]);
  });
});
