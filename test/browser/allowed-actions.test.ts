/**
 * The screens show a row's buttons from the `allowedActions` the server puts on each record:
 * Revoke on active links and on memberships (conference.manage_access), a new password link
 * and disabling on accounts (user.update), never disabling one's own account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from './accounts.js';
import { ADMIN, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('buttons follow allowedActions in Chromium', () => {
  it('offers Revoke on active links and on memberships, not on a revoked link', async () => {
    const created = await h.api<{ id: string }>('POST', '/conferences', { title: 'Hội nghị nút thao tác', startsAt: '2030-07-07T08:00' });
    expect(created.status).toBe(201);
    const c = `/conferences/${created.body.id}`;
    await createUser(h, 'chutri.nutthaotac@dongthap.gov.vn', 'Lê Chủ Trì');
    expect(
      (await h.api('POST', `${c}/memberships`, { email: 'chutri.nutthaotac@dongthap.gov.vn', role: 'chair', bridgePointIds: [] })).status,
    ).toBe(201);
    const active = await h.api<{ link: { allowedActions: string[] } }>('POST', `${c}/access-links`, {
      purpose: 'guest',
      label: 'Khách còn hạn',
      expiresAt: inDays(7),
    });
    expect(active.body.link.allowedActions).toEqual(['conference.manage_access']);
    const revoked = await h.api<{ link: { id: string } }>('POST', `${c}/access-links`, {
      purpose: 'observer',
      label: 'Phóng viên thời sự',
      expiresAt: inDays(7),
    });
    expect((await h.api('POST', `${c}/access-links/${revoked.body.link.id}/revoke`)).status).toBe(200);

    const { page } = h;
    await page.goto(`${h.baseUrl}${c}/access`);
    await page.getByRole('button', { name: 'Thu hồi liên kết Khách còn hạn' }).waitFor();
    await page.getByRole('button', { name: /Thu hồi vai trò .* của chutri\.nutthaotac@dongthap\.gov\.vn/ }).waitFor();
    const revokedRow = page.getByRole('row', { name: /Phóng viên thời sự/ });
    await revokedRow.getByText('Đã thu hồi', { exact: true }).waitFor();
    expect(await revokedRow.getByRole('button').count()).toBe(0);
  });

  it('offers a new password link on every account and disabling on every account but one’s own', async () => {
    await createUser(h, 'nguoidung.nutthaotac@dongthap.gov.vn', 'Trần Người Dùng');
    const { page } = h;
    await page.goto(`${h.baseUrl}/quan-tri/nguoi-dung`);
    await page.getByRole('button', { name: 'Khóa tài khoản nguoidung.nutthaotac@dongthap.gov.vn' }).waitFor();
    await page.getByRole('button', { name: `Cấp liên kết đặt mật khẩu cho ${ADMIN.email}` }).waitFor();
    expect(await page.getByRole('button', { name: `Khóa tài khoản ${ADMIN.email}` }).count()).toBe(0);
  });
});
