import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, findParagraph, paragraphsOf, readDocxParts, tablesOf, type DocxParts } from '../fixtures/docx-parts.js';
import { seedConference } from '../fixtures/seed-conference.js';
import { renderGiayMoiDocx, type GiayMoiInput } from './giay-moi-docx.js';
import { decodeQrPng } from './qr-decode.fixture.js';

const LINK = 'https://hoinghi.dongthap.gov.vn/xac-nhan/q7Zk3m9XyT2bLw8RvN4sJd6HfA1cEgPu0oIi5YtKxWe';
const sizes = (xml: string) => [...new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])))];
const isBold = (xml: string) => /<w:b\/>/.test(xml);

const input = (patch: Partial<GiayMoiInput> = {}): GiayMoiInput => {
  const conference = seedConference();
  return {
    conference,
    delegate: { fullName: 'Nguyễn Văn An', title: 'Chủ tịch', organisation: 'UBND huyện Châu Thành' },
    bridgePoint: conference.bridgePoints.find((p) => p.name === 'UBND huyện Châu Thành') ?? conference.bridgePoints.find((p) => !p.isHost)!,
    confirmationUrl: LINK,
    deadline: '2021-07-05T17:00',
    ...patch,
  };
};

let docx: Buffer;
let parts: DocxParts;
beforeAll(async () => {
  docx = await renderGiayMoiDocx(input());
  parts = await readDocxParts(docx);
});

describe('Giấy mời: Decree 30 frame', () => {
  it('is A4 portrait with the decree margins and Times New Roman only', () => {
    expect(attr(parts.document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(parts.document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(parts.document, 'w:pgMar', 'w:left')).toBe('1701');
    const fonts = new Set([...parts.document.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('prints the header with the GM symbol, the blank number and the place and date', async () => {
    const [header] = tablesOf(parts.document);
    expect(header!.rows[0]!.cells).toEqual([
      'ỦY BAN NHÂN DÂNTỈNH ĐỒNG THÁP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
    ]);
    expect(findParagraph(header!.xml, /^Số:/)?.text).toBe(`Số: ${' '.repeat(5)}/GM-UBND`);
    expect(findParagraph(header!.xml, /^Đồng Tháp, ngày/)?.text).toBe(`Đồng Tháp, ngày ${' '.repeat(5)} tháng 6 năm 2021`);
    const issued = await readDocxParts(await renderGiayMoiDocx(input({ documentNumber: '7', issueDate: '2021-06-28' })));
    expect(findParagraph(issued.document, /^Số:/)?.text).toBe('Số: 07/GM-UBND');
    expect(findParagraph(issued.document, /^Đồng Tháp,/)?.text).toBe('Đồng Tháp, ngày 28 tháng 6 năm 2021');
  });

  it('prints GIẤY MỜI and the subject bold 14 centred', () => {
    const type = findParagraph(parts.document, 'GIẤY MỜI')!;
    expect(isBold(type.xml) && sizes(type.xml)[0] === 28 && /<w:jc w:val="center"\/>/.test(type.xml)).toBe(true);
    const subject = findParagraph(parts.document, /^Dự Hội nghị trực tuyến về tổng kết/)!;
    expect(isBold(subject.xml)).toBe(true);
    expect(findParagraph(parts.document, 'KẾ HOẠCH')).toBeUndefined();
  });

  it('ends with Như trên / Lưu: VT and the plan signer', () => {
    const foot = tablesOf(parts.document).find((table) => table.rows[0]?.cells[0]?.startsWith('Nơi nhận:'))!;
    const texts = paragraphsOf(foot.xml)
      .map((p) => p.text)
      .filter(Boolean);
    expect(texts).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Thiện Nghĩa']);
  });
});

describe('Giấy mời: one delegate', () => {
  it('is addressed to the delegate and invites in the name of the issuing body', () => {
    expect(findParagraph(parts.document, /^Kính gửi:/)?.text).toBe('Kính gửi: Ông (Bà) Nguyễn Văn An - Chủ tịch, UBND huyện Châu Thành.');
    expect(findParagraph(parts.document, /trân trọng kính mời/)?.text).toMatch(
      /^Ủy ban nhân dân tỉnh Đồng Tháp trân trọng kính mời Ông \(Bà\) tới dự Hội nghị/,
    );
  });

  it('gives Chủ trì, Thời gian with the weekday, and Địa điểm at their bridge point, labels bold', () => {
    expect(findParagraph(parts.document, /^Chủ trì:/)?.text).toBe('Chủ trì: Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa.');
    const time = findParagraph(parts.document, /^Thời gian:/)!;
    expect(time.text).toBe('Thời gian: 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).');
    expect(/<w:b\/>.*Thời gian:/s.test(time.xml)).toBe(true);
    const point = input().bridgePoint!;
    expect(findParagraph(parts.document, /^Địa điểm:/)?.text).toBe(`Địa điểm: Điểm cầu ${point.name}, ${point.address}.`);
    expect(findParagraph(parts.document, /điểm cầu chính: Điểm cầu Tỉnh/)).toBeDefined();
  });

  it('summarises the agenda', () => {
    expect(findParagraph(parts.document, 'Nội dung:')).toBeDefined();
    expect(findParagraph(parts.document, '1. Tuyên bố lý do, giới thiệu đại biểu (Văn phòng UBND Tỉnh).')).toBeDefined();
    expect(findParagraph(parts.document, '10. Kết luận của Chủ trì Hội nghị (Chủ tịch UBND Tỉnh).')).toBeDefined();
  });

  it('prints the personal link as a hyperlink, the deadline, and a QR code image that decodes to the link', async () => {
    const confirmation = tablesOf(parts.document).find((t) => t.rows[0]?.cells[0]?.startsWith('Xác nhận tham dự:'))!;
    expect(confirmation.rows[0]!.cells[0]).toContain('trước 17 giờ 00 phút, ngày 05/7/2021 (thứ Hai)');
    expect(confirmation.rows[0]!.cells[0]).toContain(LINK);
    expect(confirmation.xml).toMatch(/<w:hyperlink /);
    expect(confirmation.xml).toMatch(/<pic:pic /);
    const zip = await JSZip.loadAsync(docx);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0]!)!.async('nodebuffer');
    expect(decodeQrPng(png)).toBe(LINK);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain(`Target="${LINK}"`);
  });

  it('falls back to the plan venue without a point and prints no deadline without one', async () => {
    const doc = await readDocxParts(await renderGiayMoiDocx(input({ bridgePoint: null, deadline: null })));
    expect(findParagraph(doc.document, /^Địa điểm:/)?.text).toBe(`Địa điểm: ${seedConference().venue}`);
    expect(doc.document).not.toContain('trước ');
  });

  it('renders a minimal plan without agenda, presiding person or signer', async () => {
    const conference = {
      ...seedConference(),
      agendaItems: [],
      participantGroups: [],
      signerAuthority: '' as const,
      signerName: '',
      signerTitle: '',
      signerBody: '',
    };
    const doc = await readDocxParts(await renderGiayMoiDocx(input({ conference })));
    expect(findParagraph(doc.document, 'Nội dung:')).toBeUndefined();
    expect(findParagraph(doc.document, /^Chủ trì:/)).toBeUndefined();
    expect(findParagraph(doc.document, /^Thời gian:/)).toBeDefined();
  });

  it('answers 422 documents.invalid_plan for a start that cannot be printed', async () => {
    await expect(renderGiayMoiDocx(input({ conference: { ...seedConference(), startsAt: 'not a date' } }))).rejects.toMatchObject({
      status: 422,
      code: 'documents.invalid_plan',
    });
  });
});
