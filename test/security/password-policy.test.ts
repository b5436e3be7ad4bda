/**
 * Issue 15, item 4: guessable passwords are refused wherever a password is set (the first
 * set-up and the one-time password link), with a reason in Vietnamese and English, and the
 * link still serves for a better password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createServices } from '../../src/services/index.js';
import { SQLITE_CASE, type TestDatabase } from '../../src/storage/test-databases.js';
import { API, apiDatabases, call, expectErrorBody, openTestApp, type TestApp } from '../api/helpers.js';

describe('the first set-up refuses a guessable password', () => {
  let database: TestDatabase;
  afterAll(() => database?.close());

  it('answers 422 auth.weak_password for "aaaaaaaaaa" and creates nobody; a phrase is accepted', async () => {
    database = await SQLITE_CASE.open();
    const services = createServices(database);
    const app = await buildApp({ services, database: { dialect: 'sqlite' }, webRoot: null });
    try {
      const { token } = await services.accounts.createFirstAdminSetupLink();
      const payload = { token, email: 'quantri@dongthap.gov.vn', displayName: 'Quản trị' };
      const refused = await app.inject({ method: 'POST', url: `${API}/setup`, payload: { ...payload, password: 'aaaaaaaaaa' } });
      const error = expectErrorBody(refused, 422, 'auth.weak_password');
      expect(error.message.vi).toContain('lặp lại');
      expect(error.fields).toEqual([expect.objectContaining({ path: '/password', code: 'auth.weak_password' })]);
      expect(await database.db.selectFrom('users').select('id').execute()).toEqual([]);
      const accepted = await app.inject({
        method: 'POST',
        url: `${API}/setup`,
        payload: { ...payload, password: 'sông Tiền chảy qua Cao Lãnh' },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('the password link refuses a guessable password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(apiDatabases()[0]!);
  });
  afterAll(() => t?.close());

  it("refuses common passwords and the person's own name, keeps the link for a better one", async () => {
    const created = await call<{ user: { id: string }; link: string }>(
      t.app,
      { method: 'POST', url: `${API}/users`, payload: { email: 'ngoc.anh@dongthap.gov.vn', displayName: 'Nguyễn Ngọc Anh' } },
      201,
    );
    const token = created.link.replace('/mat-khau/', '');
    const set = (password: string) => t.rawInject({ method: 'POST', url: `${API}/auth/password`, payload: { token, password } });
    for (const [password, reason] of [
      ['password123', 'hay dùng'],
      ['qwertyuiop', 'hay dùng'],
      ['ngocanh1990', 'tên hoặc địa chỉ thư điện tử của bạn'],
    ] as const) {
      const error = expectErrorBody(await set(password), 422, 'auth.weak_password');
      expect(error.message.vi, password).toContain(reason);
      expect(error.message.en, password).toMatch(/^The password is too easy to guess/);
    }
    expectErrorBody(await set('ngắn'), 422, 'password.too_short');
    expect((await set('Chủ trì hội nghị tỉnh 2021')).statusCode).toBe(200);
  });
});
