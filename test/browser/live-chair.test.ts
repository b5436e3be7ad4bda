/**
 * The chair's console in Chromium on the seed conference: the chair opens the meeting,
 * starts the first item, gives the floor to a request made through the API (it appears in
 * the queue by itself), extends the item, skips a pending item; the secretariat's console in
 * another tab shows the same state and countdown, and the server's state agrees. An editor open
 * on the plan shows "Đang diễn ra", and "Đã kết thúc" once the meeting is closed through the API,
 * without a reload (issue 17). With UPDATE_SCREENSHOTS=1 it writes docs/screenshots/live-chair.png and live-secretary.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nextItem } from '../../src/domain/live/live-view.js';
import { createUser, USER_PASSWORD } from './accounts.js';
import { askToSpeak, confirmOpening, liveStateOf, saveScreenshot, useSeedHarness } from './live-helpers.js';

const held = useSeedHarness();
const liveState = () => liveStateOf(held.h, held.seed.id);
const remaining = async (page: Page, target: 'item' | 'floor'): Promise<number> =>
  Number(await page.locator(`[data-testid="countdown"][data-target="${target}"]`).first().getAttribute('data-remaining-ms'));

describe('the chair console in Chromium', () => {
  it('runs the seed meeting: open, start, give the floor to a request, extend, skip; the secretariat sees the same', async () => {
    const { h, seed } = held;
    const { page } = h;
    const host = seed.bridgePoints.find((p) => p.isHost)!;
    await page.goto(`${h.baseUrl}/conferences/${seed.id}/general`);
    await page.getByRole('link', { name: 'Điều hành hội nghị' }).click();
    await page.getByRole('heading', { name: 'Điều hành hội nghị' }).waitFor();
    await page.locator('[data-status="live"]').waitFor();

    await page.getByRole('button', { name: 'Khai mạc' }).click();
    await confirmOpening(page);
    await page.locator('.chair-console[data-phase="running"]').waitFor();
    const before = await liveState();
    const first = nextItem(before)!;
    const [second, third] = before.items.filter((item) => item.state === 'pending' && item.id !== first.id);
    await page.getByRole('button', { name: 'Bắt đầu nội dung tiếp theo' }).click();
    await page.locator(`[data-testid="current-item"][data-item-id="${first.id}"]`).waitFor();
    await expect.poll(() => page.locator('[data-testid="current-item"] .current-item-title').textContent()).toContain(first.content);
    expect(await page.locator('[data-target="item"]').first().getAttribute('data-phase')).toBe('running');

    // A request made elsewhere (the API) reaches the queue by itself.
    const asked = await h.api<{ id: string }>('POST', `/conferences/${seed.id}/live/requests`, {
      clientKey: 'trinh-duyet-chu-tri-1',
      kind: 'speak',
      bridgePointId: host.id,
      speakerName: 'Nguyễn Văn Phát Biểu',
    });
    expect(asked.status).toBe(200);
    const row = page.locator(`[data-testid="speaker-queue"] [data-request-id="${asked.body.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Nguyễn Văn Phát Biểu');
    await row.getByRole('button', { name: 'Mời phát biểu' }).click();
    await page.locator(`[data-testid="current-speaker"][data-request-id="${asked.body.id}"]`).waitFor();
    await page.locator('[data-testid="countdown"][data-target="floor"]').waitFor();
    await page.locator('[data-testid="speaker-queue-empty"]').waitFor();

    // +3 minutes on the item: the countdown jumps by about 180 s.
    const itemLeft = await remaining(page, 'item');
    await page.locator('[data-extend="item"]', { hasText: '+3 phút' }).click();
    await expect.poll(() => remaining(page, 'item')).toBeGreaterThan(itemLeft + 170_000);

    // Skip the third item (pending) from the programme list.
    await page.locator(`[data-testid="programme-list"] [data-item-id="${third!.id}"]`).getByRole('button', { name: 'Bỏ qua' }).click();
    await page.locator(`[data-testid="programme-list"] [data-item-id="${third!.id}"][data-state="skipped"]`).waitFor();

    const after = await liveState();
    expect(after.phase).toBe('running');
    expect(after.currentItemId).toBe(first.id);
    expect(after.items.find((i) => i.id === first.id)!.extendedSeconds).toBe(180);
    expect(after.items.find((i) => i.id === third!.id)!.state).toBe('skipped');
    expect(after.items.find((i) => i.id === second!.id)!.state).toBe('pending');
    expect(after.floor?.requestId).toBe(asked.body.id);
    expect(await page.locator('.chair-console').getAttribute('data-version')).toBe(String(after.version));
    await saveScreenshot(page, 'live-chair.png');

    // The secretariat's console (another tab) shows the same item, speaker and countdown.
    const secretary = await h.context.newPage();
    await secretary.goto(`${h.baseUrl}/hoi-nghi/${seed.id}/thu-ky`);
    await secretary.getByRole('heading', { name: 'Bàn thư ký' }).waitFor();
    await secretary.locator(`[data-testid="current-item"][data-item-id="${first.id}"]`).waitFor();
    await secretary.locator(`[data-testid="current-speaker"][data-request-id="${asked.body.id}"]`).waitFor();
    await secretary.locator(`[data-testid="programme-list"] [data-item-id="${third!.id}"][data-state="skipped"]`).waitFor();
    const [mine, theirs] = [await remaining(page, 'item'), await remaining(secretary, 'item')];
    expect(Math.abs(mine - theirs)).toBeLessThan(3_000);
    await secretary.locator('[data-testid="live-log"] [data-type="item.skipped"]').waitFor();

    // A change made on the chair's console reaches the secretariat's without reloading.
    await page.getByRole('button', { name: 'Kết thúc phát biểu' }).click();
    await secretary.locator('[data-testid="current-speaker"]').waitFor({ state: 'detached' });
    await saveScreenshot(secretary, 'live-secretary.png');
    await secretary.close();
  });

  it('orders the queue with the buttons, marks points of order, and starts the next item from the keyboard', async () => {
    const { h, seed } = held;
    const { page } = h;
    const host = seed.bridgePoints.find((p) => p.isHost)!;
    // One waiting request per requester: two chairs and the organizer ask.
    const chair = async (n: number) => {
      const email = `chu-tri-${n}@dongthap.gov.vn`;
      await createUser(h, email, `Chủ trì ${n}`);
      expect((await h.api('POST', `/conferences/${seed.id}/memberships`, { email, role: 'chair', bridgePointIds: [] })).status).toBe(201);
      return h.apiAs(await h.signIn(email, USER_PASSWORD));
    };
    const callers = [await chair(1), await chair(2), h.api];
    const ask = (clientKey: string, kind: 'speak' | 'point_of_order', speakerName: string) =>
      askToSpeak(callers.shift()!, seed.id, { clientKey, kind, bridgePointId: host.id, speakerName });
    const a = await ask('trinh-duyet-chu-tri-2', 'speak', 'Lê Thị Một');
    const b = await ask('trinh-duyet-chu-tri-3', 'speak', 'Trần Văn Hai');
    const order = await ask('trinh-duyet-chu-tri-4', 'point_of_order', 'Võ Văn Thủ Tục');
    const rows = page.locator('[data-testid="speaker-queue"] [data-request-id]');
    await expect.poll(() => rows.count()).toBe(3);
    const queued = async () => rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-request-id')));
    const waiting = async () => (await liveState()).waitingOrder;
    expect(await queued()).toEqual(await waiting());
    expect(await page.locator(`[data-request-id="${order}"]`).getAttribute('data-kind')).toBe('point_of_order');
    expect(await page.locator(`[data-request-id="${order}"]`).textContent()).toContain('Kiến nghị thủ tục');

    await page.getByRole('button', { name: 'Đưa Trần Văn Hai lên' }).click();
    await expect.poll(async () => (await waiting()).indexOf(b)).toBeLessThan((await waiting()).indexOf(a));
    await expect.poll(queued).toEqual(await waiting());
    await page.locator(`[data-request-id="${a}"]`).getByRole('button', { name: 'Xoá' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect((await liveState()).requests.find((r) => r.id === a)!.state).toBe('removed');

    // N on the page (no control focused) starts the next pending item.
    const next = nextItem(await liveState())!;
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await page.locator(`[data-testid="current-item"][data-item-id="${next.id}"]`).waitFor();
    expect((await liveState()).currentItemId).toBe(next.id);
  });

  it('shows an editor open on the plan the status of the meeting closed elsewhere, without a reload (issue 17)', async () => {
    const { h, seed } = held;
    const editor = await h.context.newPage();
    await editor.goto(`${h.baseUrl}/conferences/${seed.id}/general`);
    const badge = editor.locator('.editor-meta .badge').first();
    await expect.poll(() => badge.textContent()).toBe('Đang diễn ra');
    // A vote is still open when the chair closes the meeting.
    const left = await h.api<{ id: string }>('POST', `/conferences/${seed.id}/votes`, {
      question: 'Thông qua Kế hoạch năm sau?',
      quorum: null,
    });
    expect(left.status, JSON.stringify(left.body)).toBe(201);
    expect((await h.api('POST', `/conferences/${seed.id}/votes/${left.body.id}/open`)).status).toBe(200);
    const ended = await h.api('POST', `/conferences/${seed.id}/live/commands`, { type: 'end_meeting' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    await expect.poll(() => badge.textContent()).toBe('Đã kết thúc');
    await editor.close();

    // After the meeting the console offers no new vote, but closes the one left open with its result.
    const { page } = h;
    await page.reload();
    const panel = page.getByTestId('chair-votes');
    await panel.getByTestId('vote-running').waitFor();
    expect(await panel.locator('form.vote-form').count()).toBe(0);
    await panel.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
    await panel.getByTestId('vote-verdict').waitFor();
    expect(await panel.locator('form.vote-form').count()).toBe(0);
    const closed = await h.api<{ state: string }>('GET', `/conferences/${seed.id}/votes/${left.body.id}`);
    expect(closed.body.state).toBe('closed');
  });
});
