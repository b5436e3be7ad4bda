/** Browser-test helpers for accounts: users created through the API, sign-in through the UI. */
import type { Page } from 'playwright-core';
import type { Harness } from './harness.js';

export const USER_PASSWORD = 'mật-khẩu-người-dùng-2021';

/** Creates a user as the administrator and sets their password through the one-time link (API). */
export async function createUser(h: Harness, email: string, displayName: string, password = USER_PASSWORD): Promise<{ id: string }> {
  const created = await h.api<{ user: { id: string }; link: string }>('POST', '/users', { email, displayName });
  if (created.status !== 201) throw new Error(`user not created: ${created.status} ${JSON.stringify(created.body)}`);
  const token = created.body.link.replace('/mat-khau/', '');
  const set = await h.apiAs(null)('POST', '/auth/password', { token, password });
  if (set.status !== 200) throw new Error(`password not set: ${set.status} ${JSON.stringify(set.body)}`);
  return { id: created.body.user.id };
}

/** Signs in through the login page (Vietnamese labels) and waits to leave it. */
export async function loginThroughUi(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

/** Collects every dialog (alert, confirm, prompt) a page opens. */
export const recordDialogs = (page: Page): string[] => {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return seen;
};
