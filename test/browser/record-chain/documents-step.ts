/**
 * Step 1 of the record chain: the secretariat, at 1366×768, uploads the Department of Home
 * Affairs' report (PDF) and the draft Decision (.docx, linked to the task that produces it,
 * which closes) to item 2 through the editor's "Tài liệu" section; a delegate of Châu Thành
 * opens the draft from her personal link on a phone (390×844), drawn by pdf.js from the PDF the
 * server made once through LibreOffice; the secretariat sees the read receipt.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { expect } from 'vitest';
import type { Conference } from '../../../src/domain/conference.schema.js';
import type { ConferenceDocument } from '../../../src/domain/documents/conference-document.schema.js';
import { convertDocxToPdf } from '../../../src/documents/pdf.js';
import { saveScreenshot } from '../live-helpers.js';
import { CHAU_THANH, DRAFT, REPORT, personPage, type Chain } from './chain.js';

/** A Word document as the Department of Home Affairs would write it (Times New Roman, Vietnamese). */
const wordFile = (lines: string[]) =>
  Packer.toBuffer(
    new Document({
      sections: [
        {
          children: lines.map(
            (text, i) =>
              new Paragraph({
                alignment: i < 3 ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
                spacing: { after: 160 },
                children: [new TextRun({ text, font: 'Times New Roman', size: 28, bold: i < 3 })],
              }),
          ),
        },
      ],
    }),
  );

const body = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `${i + 1}. Tiếp tục triển khai các mô hình cải cách hành chính với mục tiêu xây dựng chính quyền thân thiện, phục vụ Nhân dân; nâng cao Chỉ số CCHC và Chỉ số PAPI của tỉnh trong giai đoạn 2021 - 2026.`,
  );

export async function documentsStep(chain: Chain): Promise<void> {
  const { h, demo } = chain;
  const page = h.page;
  const reportPdf = await convertDocxToPdf(await wordFile(['UBND TỈNH ĐỒNG THÁP', 'SỞ NỘI VỤ', 'BÁO CÁO', REPORT, ...body(12)]));
  const draftDocx = await wordFile(['ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'DỰ THẢO', 'QUYẾT ĐỊNH', DRAFT, ...body(8)]);
  const item2 = demo.agendaItems.find((item) => item.parentId === null && item.number === '2')!;
  const task = demo.tasks.find((t) => t.text.includes('dự thảo Quyết định ban hành Kế hoạch'))!;
  expect(task.status).not.toBe('done');

  await page.goto(`${h.baseUrl}/conferences/${demo.id}/documents`);
  await page.getByRole('heading', { name: 'Tài liệu hội nghị' }).waitFor();
  const form = page.getByRole('form', { name: 'Tải lên tài liệu' });
  const upload = async (file: { name: string; mimeType: string; buffer: Buffer }, title: string, kind: string, taskId?: string) => {
    await form.getByLabel('Tệp').setInputFiles(file);
    await form.getByLabel('Tên tài liệu').fill(title);
    await form.getByLabel('Loại').selectOption({ label: kind });
    await form.getByLabel('Nội dung chương trình').selectOption(item2.id);
    if (taskId) await form.getByLabel('Nhiệm vụ tạo ra tài liệu').selectOption(taskId);
    await form.getByRole('button', { name: 'Tải lên' }).click();
    await page.locator(`tr[data-document="${title}"]`).waitFor();
  };
  await upload({ name: 'Bao cao So Noi vu.pdf', mimeType: 'application/pdf', buffer: reportPdf }, REPORT, 'Báo cáo');
  await upload(
    {
      name: 'Dự thảo Quyết định.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: draftDocx,
    },
    DRAFT,
    'Dự thảo',
    task.id,
  );
  const draftRow = page.locator(`tr[data-document="${DRAFT}"]`);
  expect(await draftRow.textContent()).toContain('Dự thảo Quyết định.docx');
  expect(await draftRow.textContent()).toContain('2. Báo cáo đánh giá kết quả');
  const documents = (await h.api<{ items: ConferenceDocument[] }>('GET', `/conferences/${demo.id}/documents`)).body.items;
  const draft = documents.find((d) => d.title === DRAFT)!;
  expect(draft).toMatchObject({ kind: 'draft', agendaItemId: item2.id, taskId: task.id, audience: 'invited' });
  expect(draft.versions[0]!.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  chain.draftId = draft.id;
  // Delivering the task's document closed the task.
  const plan = (await h.api<Conference>('GET', `/conferences/${demo.id}`)).body;
  expect(plan.tasks.find((t) => t.id === task.id)!.status).toBe('done');
  await saveScreenshot(page, 'documents.png');

  // The delegate of Châu Thành, from her personal link, on a phone.
  const point = demo.bridgePoints.find((p) => p.name === CHAU_THANH)!;
  const delegate = await h.api<{ id: string }>('POST', `/conferences/${demo.id}/delegates`, {
    bridgePointId: point.id,
    fullName: 'Nguyễn Thị Mai',
  });
  expect(delegate.status).toBe(201);
  const link = await h.api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
    purpose: 'delegate',
    label: 'Nguyễn Thị Mai',
    delegateId: delegate.body.id,
    expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  const phone = await personPage(h, true);
  chain.mai = { id: delegate.body.id, page: phone };
  await phone.goto(`${h.baseUrl}${link.body.url}`);
  await phone.waitForURL(`**/hoi-nghi/${demo.id}/dai-bieu`);
  await phone.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/tai-lieu`);
  await phone.getByRole('link', { name: new RegExp(DRAFT) }).click();
  await phone.getByRole('heading', { name: DRAFT }).waitFor();
  // pdf.js draws the first page of the PDF the server converted (once) from the .docx.
  await phone.locator('.pdf-page[data-drawn="true"]').first().waitFor({ timeout: 90_000 });
  expect(Number(await phone.locator('.pdf-pages').getAttribute('data-pages'))).toBeGreaterThanOrEqual(1);
  const box = await phone.locator('.pdf-page').first().boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(box!.width).toBeGreaterThan(300);
  const painted = await phone
    .locator('.pdf-page canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark += 1;
      return dark;
    });
  expect(painted).toBeGreaterThan(100);
  await saveScreenshot(phone, 'documents-phone.png');

  // The secretariat sees who opened the draft.
  await page.reload();
  const receipts = page.locator(`details[data-receipts="${DRAFT}"]`);
  await expect.poll(() => receipts.locator('summary').textContent()).toContain('1 người đã mở');
  expect(await receipts.locator('summary').textContent()).toContain(`${point.name}: 1`);
  await receipts.locator('td', { hasText: 'Nguyễn Thị Mai' }).waitFor();
  expect(await page.locator(`details[data-receipts="${REPORT}"] summary`).textContent()).toContain('0 người đã mở');
}
