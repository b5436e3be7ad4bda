/**
 * Step 4 of the record chain, the meeting: delegates are checked in at the host hall, at Châu
 * Thành (with the delegate who read the draft in step 1) and at a third district; the chair
 * (her own account, at 1366×768) sees the contributions of step 3 beside the programme and
 * opens a vote on the item running; delegates at the host and at Châu Thành vote on phones
 * (390×844; one from her own account, the others from their personal links), one keeping a choice she has not sent while another's ballot arrives live; the
 * third hall's operator enters its show-of-hands count; the chair closes the vote and the host's
 * big screen shows the result (counts, percentages, each hall, adopted or not, the rule), in
 * Vietnamese and in English. With UPDATE_SCREENSHOTS=1 it writes docs/screenshots/votes-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Vote } from '../../../src/domain/votes/vote.schema.js';
import { createUser, loginThroughUi, USER_PASSWORD } from '../accounts.js';
import { ROOT } from '../harness.js';
import { linkUrlOf, newSizedPage, saveScreenshot } from '../live-helpers.js';
import { CHAU_THANH, HONG_NGU, SA_DEC, personPage, shoot, type Chain } from './chain.js';
import { START_CONFIRMED } from '../../../src/domain/safety/safety.fixture.js';

/** Writes docs/screenshots/<name> of one part of a page when UPDATE_SCREENSHOTS=1. */
const savePart = async (part: Locator, name: string) => {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
  await part.scrollIntoViewIfNeeded();
  await part.screenshot({ path: join(ROOT, 'docs/screenshots', name) });
};

export const CHAIR_EMAIL = 'chutich@dongthap.gov.vn';
/** Cúc votes from her own account (a user holding the delegate role whose e-mail is hers on the list), not a link. */
const CUC_EMAIL = 'lethicuc@chauthanh.dongthap.gov.vn';
export const QUESTION = 'Thông qua dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC';

export async function meetingStep(chain: Chain): Promise<void> {
  const { h, demo } = chain;
  const linkUrl = (body: Record<string, unknown>) => linkUrlOf(h, demo.id, body);
  const host = demo.bridgePoints.find((point) => point.isHost)!;
  const chauThanh = demo.bridgePoints.find((point) => point.name === CHAU_THANH)!;
  const third = demo.bridgePoints.find((point) => !point.isHost && ![CHAU_THANH, HONG_NGU, SA_DEC].includes(point.name))!;
  const people: Record<'host' | 'chauThanh' | 'third', string[]> = { host: [], chauThanh: [chain.mai!.id], third: [] };
  const names = {
    host: ['Nguyễn Văn An', 'Trần Thị Bình'],
    chauThanh: ['Lê Thị Cúc', 'Phạm Văn Dũng'],
    third: ['Võ Văn Em', 'Đỗ Thị Gấm', 'Huỳnh Văn Hải'],
  };
  for (const [hall, point] of [
    ['host', host],
    ['chauThanh', chauThanh],
    ['third', third],
  ] as const) {
    for (const fullName of names[hall]) {
      const email = fullName === 'Lê Thị Cúc' ? CUC_EMAIL : '';
      const created = await h.api<{ id: string }>('POST', `/conferences/${demo.id}/delegates`, {
        bridgePointId: point.id,
        fullName,
        email,
      });
      expect(created.status).toBe(201);
      people[hall].push(created.body.id);
    }
  }
  for (const delegateId of Object.values(people).flat()) {
    const checked = await h.api('POST', `/conferences/${demo.id}/check-ins`, { key: `bq-${delegateId}`, delegateId, method: 'search' });
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
  }
  for (const command of [START_CONFIRMED, { type: 'start_item' }])
    expect((await h.api('POST', `/conferences/${demo.id}/live/commands`, command)).status).toBe(200);

  // The chair, on her own account, sees the contributions beside the programme.
  const chairUser = await createUser(h, CHAIR_EMAIL, 'Phạm Thiện Nghĩa');
  const granted = await h.api('POST', `/conferences/${demo.id}/memberships`, { userId: chairUser.id, role: 'chair', bridgePointIds: [] });
  expect(granted.status).toBe(201);
  const chair = await personPage(h);
  await loginThroughUi(chair, h.baseUrl, CHAIR_EMAIL, USER_PASSWORD);
  await chair.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/dieu-hanh`);
  await chair.locator('[data-status="live"]').waitFor();
  const contributions = chair.getByRole('region', { name: 'Tham luận' });
  await contributions.getByRole('button', { name: /UBND huyện Châu Thành/ }).click();
  await contributions.getByText('Huyện Châu Thành triển khai 05 mô hình mới về cải cách hành chính.').waitFor();
  await contributions.getByRole('link', { name: 'Mở tệp tham luận' }).waitFor();
  await contributions.getByRole('button', { name: /UBND huyện Hồng Ngự/ }).waitFor();
  await shoot(chair, 'contributions-chair');

  // The vote on the item running.
  const votes = async () => (await h.api<{ items: Vote[] }>('GET', `/conferences/${demo.id}/votes`)).body.items;
  const panel = chair.getByTestId('chair-votes');
  await panel.getByLabel('Nội dung biểu quyết').fill(QUESTION);
  // The chair asks for two thirds present before it opens (8 of 8 are).
  await panel.getByTestId('vote-quorum').selectOption({ label: 'Có mặt ít nhất hai phần ba tổng số có quyền biểu quyết' });
  await panel.getByRole('button', { name: 'Mở biểu quyết' }).click();
  await panel.getByTestId('vote-running').waitFor();
  const [vote] = await votes();
  expect(vote).toMatchObject({ state: 'open', question: QUESTION, openedWith: { present: 8, entitled: 8 } });
  await savePart(panel, 'votes-chair-open.png');

  const screen = await newSizedPage(h, { width: 1920, height: 1080 });
  await screen.goto(await linkUrl({ purpose: 'display', bridgePointId: host.id, label: 'Máy chiếu' }));
  await screen.waitForURL(`**/hoi-nghi/${demo.id}/man-hinh/${host.id}`);
  await expect.poll(() => screen.getByTestId('screen-vote-open').textContent()).toContain(QUESTION);

  // Phones at the host and at Châu Thành. Bình picks and waits; Cúc votes meanwhile.
  const phone = async (delegateId: string) => {
    const page = await newSizedPage(h, { width: 390, height: 844 });
    await page.goto(await linkUrl({ purpose: 'delegate', delegateId, label: 'Giấy mời' }));
    await page.waitForURL(`**/hoi-nghi/${demo.id}/dai-bieu`);
    await page.locator('[data-status="live"]').waitFor();
    return page;
  };
  const ballotOf = (page: Page) => page.getByTestId('ballot');
  const binh = await phone(people.host[1]!);
  await createUser(h, CUC_EMAIL, 'Lê Thị Cúc');
  const member = await h.api('POST', `/conferences/${demo.id}/memberships`, { email: CUC_EMAIL, role: 'delegate', bridgePointIds: [] });
  expect(member.status).toBe(201);
  const cuc = await personPage(h, true);
  await loginThroughUi(cuc, h.baseUrl, CUC_EMAIL, USER_PASSWORD);
  await cuc.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/dai-bieu`);
  await cuc.locator('[data-status="live"]').waitFor();
  await ballotOf(binh).getByRole('radio', { name: 'Tán thành', exact: true }).click();
  await ballotOf(cuc).getByRole('radio', { name: 'Không tán thành' }).click();
  await ballotOf(cuc).getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect.poll(() => ballotOf(cuc).getByTestId('ballot-sent').textContent()).toBe('Đã ghi nhận phiếu của bạn: Không tán thành');
  // Cúc's ballot reaches Bình's phone live; Bình's unsent choice stays as it was.
  await expect.poll(() => ballotOf(binh).getByTestId('ballot-cast').textContent()).toBe('Đã biểu quyết: 1');
  expect(await ballotOf(binh).getByRole('radio', { name: 'Tán thành', exact: true }).getAttribute('aria-checked')).toBe('true');
  expect(await ballotOf(binh).getByTestId('ballot-sent').count()).toBe(0);
  expect(await binh.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveScreenshot(binh, 'votes-phone.png');
  await ballotOf(binh).getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect.poll(() => ballotOf(binh).getByTestId('ballot-sent').textContent()).toBe('Đã ghi nhận phiếu của bạn: Tán thành');
  // Mai, who read the draft on her phone in step 1, votes from the same page.
  const mai = chain.mai!.page;
  await mai.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/dai-bieu`);
  await ballotOf(mai).getByRole('radio', { name: 'Tán thành', exact: true }).click();
  await ballotOf(mai).getByRole('button', { name: 'Gửi phiếu' }).click();
  await expect.poll(() => ballotOf(mai).getByTestId('ballot-sent').textContent()).toBe('Đã ghi nhận phiếu của bạn: Tán thành');

  // The third hall votes by a show of hands, entered by its operator.
  const operator = await newSizedPage(h, { width: 1366, height: 768 });
  await operator.goto(await linkUrl({ purpose: 'operator', bridgePointId: third.id, label: `Kỹ thuật ${third.name}` }));
  await operator.waitForURL(`**/hoi-nghi/${demo.id}/diem-cau/${third.id}`);
  const hands = operator.getByTestId('hands-form');
  await hands.getByLabel('Tán thành', { exact: true }).fill('3');
  await hands.getByLabel('Không tán thành', { exact: true }).fill('0');
  await hands.getByRole('button', { name: 'Gửi kết quả giơ tay' }).click();
  await hands.getByText('Đã gửi kết quả giơ tay.').waitFor();
  await savePart(hands, 'votes-operator.png');

  await expect.poll(() => panel.getByTestId('vote-cast').textContent()).toBe('Đã biểu quyết: 6 / 8 có mặt (8 có quyền biểu quyết)');
  await panel.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await panel.getByTestId('vote-verdict').waitFor();
  const [closed] = await votes();
  expect(closed!.result).toMatchObject({ entitled: 8, present: 8, cast: 6, majority: { required: 5, inFavour: 5, passed: true } });
  expect(closed!.result!.halls.find((hall) => hall.bridgePointId === third.id)).toMatchObject({
    method: 'show_of_hands',
    counts: [3, 0, 0],
  });

  // The big screen shows the result with the rule, each hall, and no scrollbars.
  const result = screen.getByTestId('screen-vote');
  await expect.poll(() => result.getByTestId('vote-verdict').textContent()).toBe('ĐƯỢC THÔNG QUA');
  expect(await result.getByTestId('vote-rule').textContent()).toBe(
    'Điều kiện thông qua: Tán thành quá một nửa tổng số đại biểu có quyền biểu quyết (cần 5)',
  );
  expect(await result.getByTestId('vote-quorum-rule').textContent()).toMatch(/^Điều kiện tiến hành: .*hai phần ba.* \(cần 6\)$/);
  const rows = await result.getByTestId('vote-options').locator('tbody tr').allTextContents();
  expect(rows).toEqual(['Tán thành562,5%', 'Không tán thành112,5%', 'Không biểu quyết00%']);
  expect(await result.getByTestId('vote-halls').locator('tbody tr').count()).toBe(3);
  expect(await result.getByTestId('vote-halls').textContent()).toContain(`${third.name} (Giơ tay)`);
  expect(
    await screen.evaluate(() => ({
      width: document.documentElement.scrollWidth - window.innerWidth,
      height: document.documentElement.scrollHeight - window.innerHeight,
    })),
  ).toEqual({ width: 0, height: 0 });
  await saveScreenshot(screen, 'votes-big-screen.png');
  await savePart(panel, 'votes-chair-closed.png');

  // The phones show the result too; the big screen in English.
  await expect.poll(() => cuc.getByTestId('vote-verdict').textContent()).toBe('ĐƯỢC THÔNG QUA');
  await screen.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/man-hinh/${host.id}?lang=en`);
  await expect.poll(() => screen.getByTestId('vote-verdict').textContent()).toBe('ADOPTED');
  expect(await screen.getByTestId('vote-rule').textContent()).toBe(
    'Passes with: "Tán thành" by more than half of the members entitled to vote (5 needed)',
  );

  for (const type of ['end_item', 'end_meeting'])
    expect((await h.api('POST', `/conferences/${demo.id}/live/commands`, { type })).status).toBe(200);
}
