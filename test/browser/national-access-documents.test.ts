/**
 * The organizer's screens that choose or name bridge points, on a national conference (600
 * points: its plan read carries none) at 1366×768: an operator link for a commune found by
 * typing its name without diacritics, listed with that name; a document for two chosen points,
 * named in its row; a consultation asking a commune (with its operator's e-mail); a group of
 * participants added at a point found by search; the audit log naming the link's point.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf } from '../../src/services/documents/documents.fixture.js';
import type { ConferenceDocument } from '../../web/src/documents/documents-api.js';
import { startHarness, type Harness } from './harness.js';
import { shoot } from './live-helpers.js';
import { createNationalConference, type NationalConference } from './national-conference.js';

let h: Harness;
let national: NationalConference;
let c = '';

/** What an organizer types on a keyboard without Vietnamese input: no diacritics, "đ" as "d". */
const plain = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** Types the name without diacritics into the combobox labelled `label` and picks the point. */
const pick = async (page: Page, scope: Locator, label: string, name: string) => {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(plain(name));
  await page.getByRole('option', { name, exact: true }).click();
};

beforeAll(async () => {
  h = await startHarness();
  national = await createNationalConference(h);
  c = `${h.baseUrl}/conferences/${national.id}`;
});
afterAll(async () => {
  await h?.stop();
});

describe('access, documents, consultations and participants of a national conference in Chromium', () => {
  it('reads a plan without its points', async () => {
    const plan = await h.api<{ bridgePoints: unknown[]; bridgePointSummary: { inline: boolean; points: number } }>(
      'GET',
      `/conferences/${national.id}`,
    );
    expect(plan.body.bridgePoints).toEqual([]);
    expect(plan.body.bridgePointSummary).toMatchObject({ inline: false, points: 600 });
  });

  it('creates an operator link for a commune found without diacritics and lists it by name', async () => {
    const { page } = h;
    const { commune } = national.names;
    await page.goto(`${c}/access`);
    const form = page.getByRole('form', { name: 'Tạo liên kết' });
    await form.getByLabel('Mục đích').selectOption('operator');
    await pick(page, form, 'Điểm cầu', commune);
    expect(await form.getByRole('combobox', { name: 'Điểm cầu' }).inputValue()).toBe(commune);
    await form.getByLabel('Dành cho').fill('Kỹ thuật viên điểm cầu');
    await form.getByRole('button', { name: 'Tạo liên kết' }).click();
    await page
      .getByRole('row', { name: /Kỹ thuật viên điểm cầu/ })
      .getByText(commune)
      .waitFor();
    expect(await page.getByTestId('points-elsewhere').count()).toBe(0);
    await shoot(page, 'national-access-link');

    // A role for an operator of two points chosen by search.
    const members = page.getByRole('form', { name: 'Giao vai trò' });
    await members.getByLabel('Thư điện tử của người nhận vai trò').fill('kythuat.xa@example.gov.vn');
    await members.getByLabel('Vai trò', { exact: true }).selectOption('operator');
    await pick(page, members, 'Thêm điểm cầu', national.names.otherCommune);
    await members.getByRole('list', { name: 'Đã chọn 1 điểm cầu' }).getByText(national.names.otherCommune).waitFor();

    // The audit log names an edited point though the plan does not carry it.
    const found = await h.api<{ items: { id: string; name: string }[] }>(
      'GET',
      `/conferences/${national.id}/bridge-points?q=${encodeURIComponent(plain(commune))}&limit=20`,
    );
    const point = found.body.items.find((item) => item.name === commune)!;
    expect((await h.api('PATCH', `/conferences/${national.id}/bridge-points/${point.id}`, { quota: 12 })).status).toBe(200);
    await page.goto(`${c}/audit`);
    await page
      .locator('.audit-sentence', { hasText: `sửa điểm cầu ${commune}` })
      .first()
      .waitFor();
    await shoot(page, 'national-audit');
  });

  it('uploads a document for two points chosen by search and names them in its row', async () => {
    const { page } = h;
    const { commune, otherCommune } = national.names;
    await page.goto(`${c}/documents`);
    const form = page.getByRole('form', { name: 'Tải lên tài liệu' });
    await form.getByLabel('Tệp').setInputFiles({ name: 'bao-cao-xa.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await form.getByLabel('Tên tài liệu').fill('Báo cáo của hai xã');
    await form.getByLabel('Ai được đọc').selectOption('points');
    await pick(page, form, 'Thêm điểm cầu', commune);
    await pick(page, form, 'Thêm điểm cầu', otherCommune);
    const chosen = form.getByRole('list', { name: 'Đã chọn 2 điểm cầu' });
    await chosen.getByText(commune).waitFor();
    await chosen.getByText(otherCommune).waitFor();
    await shoot(page, 'national-document-form');
    await form.getByRole('button', { name: 'Tải lên' }).click();
    const row = page.locator('tr[data-document="Báo cáo của hai xã"]');
    await row.getByText(commune).waitFor();
    await row.getByText(otherCommune).waitFor();
    const documents = (await h.api<{ items: ConferenceDocument[] }>('GET', `/conferences/${national.id}/documents`)).body.items;
    expect(documents.find((d) => d.title === 'Báo cáo của hai xã')).toMatchObject({ audience: 'points' });
    expect(documents.find((d) => d.title === 'Báo cáo của hai xã')!.audiencePointIds).toHaveLength(2);
    await shoot(page, 'national-documents');
  });

  it('opens a consultation asking a commune found by search', async () => {
    const { page } = h;
    const { commune } = national.names;
    await page.goto(`${c}/consultations`);
    const form = page.getByRole('form', { name: 'Lấy ý kiến một dự thảo' });
    await form.getByLabel('Tên dự thảo').fill('dự thảo Kế hoạch chuyển đổi số cấp xã');
    await form.getByLabel('Cơ quan chủ trì soạn thảo').fill('Sở Khoa học và Công nghệ');
    await form.getByLabel('Hạn gửi ý kiến').fill(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10));
    await pick(page, form, 'Thêm điểm cầu', commune);
    await form.getByLabel(commune, { exact: true }).waitFor();
    await form.getByLabel(`Email nhận văn bản: ${commune}`).fill('vanthu.xa@example.gov.vn');
    await shoot(page, 'national-consultation-form');
    await form.getByRole('button', { name: 'Gửi lấy ý kiến' }).click();
    await page.getByText(/^Đã gửi lấy ý kiến/).waitFor();
    await page.getByRole('article', { name: 'dự thảo Kế hoạch chuyển đổi số cấp xã' }).getByText(commune).waitFor();
    await shoot(page, 'national-consultation-sent');
    const asked = await h.services.consultations.list(national.id, {
      reads: true,
      manages: true,
      mayAnswer: () => false,
      allowedActions: [],
    });
    expect(JSON.stringify(asked)).toContain('vanthu.xa@example.gov.vn');
  });

  it('adds a group of participants at a point found by search', async () => {
    const { page } = h;
    const { otherCommune } = national.names;
    await page.goto(`${c}/participants`);
    expect(await page.getByText('Chưa có điểm cầu: thêm điểm cầu trước').count()).toBe(0);
    await pick(page, page.locator('body'), 'Thêm thành phần tại một điểm cầu', otherCommune);
    await page.getByRole('heading', { name: otherCommune, level: 3 }).waitFor();
    await shoot(page, 'national-participants');
  });

  it('binds a conclusion to a commune found by search', async () => {
    const { page } = h;
    const { commune } = national.names;
    await page.goto(`${c}/conclusions`);
    await page.getByRole('button', { name: 'Dự thảo thông báo từ diễn biến hội nghị' }).click();
    await page.getByLabel('Nội dung kết luận').fill('Các xã hoàn thành sắp xếp bộ phận một cửa.');
    await pick(page, page.locator('form.conclusion-form'), 'Hoặc một điểm cầu (tìm theo tên)', commune);
    expect(await page.getByLabel('Cơ quan chủ trì', { exact: true }).inputValue()).toBe(commune);
    await shoot(page, 'national-conclusion-form');
    await page.getByRole('button', { name: 'Thêm kết luận' }).click();
    await page.getByRole('listitem', { name: 'Các xã hoàn thành sắp xếp bộ phận một cửa.' }).getByText(commune).waitFor();
    const notice = await h.api<{ conclusions: { leadBody: { bridgePointId: string | null } | null }[] }>(
      'GET',
      `/conferences/${national.id}/conclusion-notice`,
    );
    expect(notice.body.conclusions.at(-1)!.leadBody?.bridgePointId).toBeTruthy();
  });
});
