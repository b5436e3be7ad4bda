/**
 * What the steps of the record chain (record-chain.test.ts) share: one harness on one demo
 * conference, a real SMTP server, the pages of the people met along the way, and screenshots.
 */
import type { Page } from 'playwright-core';
import type { Conference } from '../../../src/domain/conference.schema.js';
import type { TestSmtpServer } from '../../../src/mail/smtp-server.fixture.js';
import type { Harness } from '../harness.js';

export interface Chain {
  h: Harness;
  demo: Conference;
  smtp: TestSmtpServer;
  /** The draft Decision uploaded in the documents step. */
  draftId?: string;
  /** The delegate of Châu Thành who read the draft on her phone (her personal link's page). */
  mai?: { id: string; page: Page };
  /** The districts' pages, opened on the links of their mail in the comments step. */
  districts: Record<string, Page>;
}

export const DRAFT = 'Dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC giai đoạn 2021 - 2026';
export const REPORT = 'Báo cáo đánh giá kết quả triển khai các mô hình CCHC trên địa bàn tỉnh';
export const CHAU_THANH = 'UBND huyện Châu Thành';
export const HONG_NGU = 'UBND huyện Hồng Ngự';
export const SA_DEC = 'UBND thành phố Sa Đéc';

export { shoot } from '../live-helpers.js';

/** A new person's browser (own cookies) at a laptop's or a phone's size. */
export const personPage = async (h: Harness, phone = false): Promise<Page> => {
  const context = await h.newContext();
  const page = context.pages()[0] ?? (await context.newPage());
  // Conversions and several browsers on two cores: wait longer than Playwright's default.
  page.setDefaultTimeout(30_000);
  await page.setViewportSize(phone ? { width: 390, height: 844 } : { width: 1366, height: 768 });
  return page;
};

/** The local date (Viet Nam) of a moment, YYYY-MM-DD. */
export const vietnamDate = (at: Date): string => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
