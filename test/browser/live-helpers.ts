/** Browser-test helpers of the live conference: a harness with the seed conference, its live state, screenshots. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { LiveState } from '../../src/domain/live/live-state.js';
import { ROOT, startHarness, type Harness } from './harness.js';

/** Starts a harness with the seed conference imported before the tests and stops it after them. */
export const useSeedHarness = (): { h: Harness; seed: Conference } => {
  const held = {} as { h: Harness; seed: Conference };
  beforeAll(async () => {
    held.h = await startHarness();
    held.seed = await held.h.importSeed();
  });
  afterAll(async () => {
    await held.h?.stop();
  });
  return held;
};

/** The server's live state of the conference (as the administrator). */
export const liveStateOf = async (h: Harness, conferenceId: string): Promise<LiveState> => {
  const answer = await h.api<{ state: LiveState }>('GET', `/conferences/${conferenceId}/live`);
  expect(answer.status).toBe(200);
  return answer.body.state;
};

/** A link's address made by the API (as the administrator), as the organizer would copy it; valid for a month. */
export const linkUrlOf = async (h: Harness, conferenceId: string, body: Record<string, unknown>): Promise<string> => {
  const expiresAt = new Date(Date.now() + 30 * 24 * 60 * 60_000).toISOString();
  const created = await h.api<{ url: string }>('POST', `/conferences/${conferenceId}/access-links`, { ...body, expiresAt });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return `${h.baseUrl}${created.body.url}`;
};

/** A request to speak made through the API by `call` (a caller of the harness); the request's id. */
export const askToSpeak = async (
  call: Harness['api'],
  conferenceId: string,
  request: { clientKey: string; kind: 'speak' | 'point_of_order'; bridgePointId: string; speakerName: string },
): Promise<string> => {
  const answer = await call<{ id: string }>('POST', `/conferences/${conferenceId}/live/requests`, request);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.id;
};

/** A page of a new user (no cookie) at this screen size. */
export const newSizedPage = async (h: Harness, viewport: { width: number; height: number }): Promise<Page> => {
  const page = await (await h.newContext()).newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewportSize(viewport);
  return page;
};

/**
 * Writes docs/screenshots/<name> when UPDATE_SCREENSHOTS=1: the top of the screen, as a user
 * opening it sees it (a click may have scrolled it), or, given a CSS selector, the screen
 * scrolled to that part (the media of a console, below its meeting state).
 */
export const saveScreenshot = async (page: Page, name: string, scrollTo?: string): Promise<void> => {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const dir = join(ROOT, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate((selector) => {
    const part = selector ? document.querySelector(selector) : null;
    if (part) window.scrollTo(0, part.getBoundingClientRect().top + window.scrollY - 72);
    else window.scrollTo(0, 0);
  }, scrollTo ?? null);
  await page.screenshot({ path: join(dir, name), fullPage: false });
};

/** The whole page to SHOTS_DIR/<name>.png (for review), and its top to docs/screenshots with UPDATE_SCREENSHOTS=1. */
export const shoot = async (page: Page, name: string): Promise<void> => {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
  await saveScreenshot(page, `${name}.png`);
};

/**
 * Acknowledges the opening's safety warnings (the demo is planned for 2021, so opening today
 * is always "another day than planned") and opens the meeting.
 */
export const confirmOpening = async (page: Page): Promise<void> => {
  const dialog = page.getByTestId('opening-confirm');
  await dialog.getByLabel('Tôi đã đọc các cảnh báo trên và vẫn muốn tiếp tục').check();
  await dialog.getByRole('button', { name: 'Vẫn khai mạc' }).click();
};
