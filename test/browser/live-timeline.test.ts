/**
 * The timeline page (diễn biến hội nghị) in Chromium after a meeting run through the API on
 * the seed conference: the extended item shows its extension and difference, the skipped item
 * its state, the speech and the changes are listed, the totals count them; the .docx and .xlsx
 * answer 200 with their content types and download from the page's buttons. With
 * UPDATE_SCREENSHOTS=1 it writes docs/screenshots/live-timeline.png.
 */
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';
import { describe, expect, it } from 'vitest';
import type { ProgrammeCommand } from '../../src/domain/live/live-commands.js';
import type { LiveState } from '../../src/domain/live/live-state.js';
import { nextItem } from '../../src/domain/live/live-view.js';
import { liveStateOf, saveScreenshot, useSeedHarness } from './live-helpers.js';

const held = useSeedHarness();

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const run = async (command: ProgrammeCommand): Promise<LiveState> => {
  const answer = await held.h.api<{ state: LiveState }>('POST', `/conferences/${held.seed.id}/live/commands`, command);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.state;
};

describe('the timeline page in Chromium', () => {
  it('shows the extension, the skip, the speech and the totals, and downloads .docx and .xlsx', async () => {
    const { h, seed } = held;
    const host = seed.bridgePoints.find((p) => p.isHost)!;
    let state = await run(START_CONFIRMED);
    const first = nextItem(state)!;
    await run({ type: 'start_item', itemId: first.id });
    state = await run({ type: 'extend', target: 'item', seconds: 120 });
    const skipped = state.items.find((item) => item.state === 'pending')!;
    await run({ type: 'skip_item', itemId: skipped.id });
    const asked = await h.api<{ id: string }>('POST', `/conferences/${seed.id}/live/requests`, {
      clientKey: 'dien-bien-trinh-duyet-1',
      kind: 'speak',
      bridgePointId: host.id,
      speakerName: 'Nguyễn Thị Diễn Biến',
    });
    expect(asked.status).toBe(200);
    await run({ type: 'give_floor', requestId: asked.body.id });
    await run({ type: 'end_floor' });
    await run({ type: 'end_item' });

    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${seed.id}/general`);
    await page.getByRole('link', { name: 'Diễn biến hội nghị' }).click();
    await page.getByRole('heading', { name: 'Diễn biến hội nghị' }).waitFor();

    const extended = page.locator(`[data-testid="timeline-items"] tr[data-item-id="${first.id}"]`);
    await extended.waitFor();
    expect(await extended.getAttribute('data-state')).toBe('done');
    expect(await extended.locator('[data-extended-seconds]').textContent()).toBe('+2 phút');
    // Lengths in words beside clock times: '5 phút', never '05:00' next to '08:00'.
    const cells = await extended.locator('td').allTextContents();
    expect(cells[3]).toMatch(/^\d+ phút$/);
    for (const length of [cells[3], cells[6], cells[7], cells[8]]) expect(length).not.toMatch(/\d:\d/); // planned, actual, extended, difference
    expect(cells[4]).toMatch(/^\d{2}:\d{2}$/); // the clock time of the start stays a clock time
    expect(await page.locator('[data-total="planned"] dd').textContent()).toMatch(/^(\d+ giờ)?( ?\d+ phút)?( ?\d+ giây)?$/);
    const skippedRow = page.locator(`[data-testid="timeline-items"] tr[data-item-id="${skipped.id}"]`);
    expect(await skippedRow.getAttribute('data-state')).toBe('skipped');
    expect(await skippedRow.textContent()).toContain('Bỏ qua');
    expect(await page.locator(`[data-testid="timeline-speeches"] tr[data-request-id="${asked.body.id}"]`).textContent()).toContain(
      'Nguyễn Thị Diễn Biến',
    );
    await page.locator('[data-testid="timeline-changes"] tr[data-kind="extended_item"]').waitFor();
    expect(await page.locator('[data-testid="timeline-changes"] tr[data-kind="skipped"]').textContent()).toContain(
      skipped.content.slice(0, 20),
    );
    expect(await page.locator('[data-total="itemsSkipped"] dd').textContent()).toBe('1');
    expect(await page.locator('[data-total="speeches"] dd').textContent()).toBe('1');

    // The page follows the meeting: a change made elsewhere shows without reloading.
    const second = nextItem(await liveStateOf(h, seed.id))!;
    await run({ type: 'start_item', itemId: second.id });
    await page.locator(`[data-testid="timeline-items"] tr[data-item-id="${second.id}"][data-state="running"]`).waitFor();

    await saveScreenshot(page, 'live-timeline.png');
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/live-timeline.png` });

    // The documents: 200 with their types through HTTP, and as downloads from the buttons.
    for (const [format, type] of [
      ['docx', DOCX],
      ['xlsx', XLSX],
    ] as const) {
      const response = await fetch(`${h.baseUrl}/api/v1/conferences/${seed.id}/live/timeline.${format}`, {
        headers: { cookie: h.admin!.cookie },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip (Office Open XML)
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Tải .${format}` }).click()]);
      expect(download.suggestedFilename()).toBe(`dien-bien-hoi-nghi.${format}`);
    }
  });
});
