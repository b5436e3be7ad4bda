/**
 * The cover and contents of a sample document pack as PNGs (60 dpi) for docs/documents:
 *   npx tsx src/documents/pack/render-pack-sample.ts DIR
 * writes DIR/tai-lieu-hoi-nghi-1.png (cover) and -2.png (contents). LibreOffice and pdftoppm needed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDocxToPdf } from '../pdf.js';
import { renderPackCoverDocx } from './pack-cover-docx.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: render-pack-sample.ts DIR');
const work = mkdtempSync(join(tmpdir(), 'diemcau-pack-sample-'));
try {
  const docx = await renderPackCoverDocx({
    governingBody: '',
    issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP',
    conferenceTitle:
      'Hội nghị trực tuyến về tổng kết, nhân rộng các mô hình cải cách hành chính giai đoạn 2021 - 2026 và đánh giá Chỉ số PAR, Chỉ số PAPI năm 2020 của tỉnh Đồng Tháp',
    time: { startsAt: '2021-07-07T08:00', sessions: [] },
    entries: [
      { title: 'Báo cáo đánh giá kết quả triển khai các mô hình CCHC trên địa bàn tỉnh', agendaLabel: 'Nội dung 2', firstPage: 3 },
      {
        title: 'Dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC giai đoạn 2021 - 2026',
        agendaLabel: 'Nội dung 2',
        firstPage: 9,
      },
      { title: 'Tham luận của UBND huyện Châu Thành', agendaLabel: 'Nội dung 5', firstPage: 12 },
    ],
  });
  const pdf = join(work, 'tai-lieu-hoi-nghi.pdf');
  writeFileSync(pdf, await convertDocxToPdf(docx));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(dir, 'tai-lieu-hoi-nghi')]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
