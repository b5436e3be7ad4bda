/**
 * The report of the state of every conclusion (báo cáo tình hình thực hiện kết luận), for the
 * next meeting, as .docx (landscape table) and .xlsx (one sheet): per conclusion its task, the
 * lead and co-operating agencies, the deadline, the state on the day of the report (done,
 * overdue by n working days, …) and the last report of the agency. Blank where nothing is known.
 */
import ExcelJS from 'exceljs';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FOLLOW_UP_STATE_VI } from '../../domain/conclusions/follow-up-rules.js';
import type { Conclusion } from '../../domain/conclusions/conclusion.schema.js';
import { longDateVi, parseDate, shortDateVi } from '../../domain/vietnamese-dates.js';
import { decree30Section, textWidth } from '../decree30-page.js';
import { centred, documentStyles, mm, run, SIZE, STYLE_IDS } from '../styles.js';

export interface FollowUpReport {
  conferenceTitle: string;
  noticeNumber: string;
  /** Local date of the report (YYYY-MM-DD). */
  asOf: string;
  conclusions: readonly Conclusion[];
}

export const REPORT_HEADERS = [
  'STT',
  'Kết luận',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời hạn',
  'Tình trạng',
  'Báo cáo gần nhất',
] as const;

const stateText = (conclusion: Conclusion): string => {
  const { state, workingDaysLate } = conclusion.followUp;
  return state === 'overdue' ? `${FOLLOW_UP_STATE_VI.overdue} ${workingDaysLate} ngày làm việc` : FOLLOW_UP_STATE_VI[state];
};

const lastReport = (conclusion: Conclusion): string => {
  const last = conclusion.reports.at(-1);
  if (!last) return '';
  const day = shortDateVi(parseDate(last.reportedAt));
  return `${day}: ${last.note.trim() || (last.kind === 'done' ? 'Đã hoàn thành' : 'Báo cáo tiến độ')}${last.fileRef ? ' (có tệp kèm theo)' : ''}`;
};

/** The cells of each row, shared by the two formats. */
export const reportRows = (report: FollowUpReport): string[][] =>
  report.conclusions.map((c, i) => [
    String(i + 1),
    c.text.trim(),
    c.taskText.trim(),
    c.leadAgency.trim(),
    c.cooperatingAgencies.join(', '),
    c.deadline ? shortDateVi(parseDate(c.deadline)) : '',
    stateText(c),
    lastReport(c),
  ]);

const WIDTHS = [12, 70, 50, 30, 30, 22, 24, 40].map(mm);
const WIDTH = textWidth('landscape');

const line = (text: string, bold = false, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new Paragraph({ style: STYLE_IDS.compact, alignment, children: [run(text, { size: SIZE.pt12, bold })] });

const cell = (i: number, text: string, bold = false) =>
  new TableCell({
    width: { size: WIDTHS[i]!, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [line(text, bold, bold || i === 0 || i === 5 ? AlignmentType.CENTER : AlignmentType.LEFT)],
  });

export const buildFollowUpDocument = (report: FollowUpReport): Document => {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: REPORT_HEADERS.map((text, i) => cell(i, text, true)) });
  const rows = reportRows(report).map((cells) => new TableRow({ cantSplit: true, children: cells.map((text, i) => cell(i, text)) }));
  return new Document({
    creator: 'diemcau',
    title: 'Tình hình thực hiện kết luận',
    styles: documentStyles(),
    sections: [
      decree30Section('landscape', [
        centred('TÌNH HÌNH THỰC HIỆN KẾT LUẬN', { bold: true }),
        centred(report.conferenceTitle.trim().replace(/\s+/g, ' '), { bold: true }),
        ...(report.noticeNumber ? [centred(`(Thông báo số ${report.noticeNumber})`, { italics: true })] : []),
        centred(`Tính đến ${longDateVi(parseDate(report.asOf))}`, { italics: true }, 240),
        new Table({
          width: { size: WIDTH, type: WidthType.DXA },
          columnWidths: WIDTHS,
          layout: TableLayoutType.FIXED,
          rows: [header, ...rows],
        }),
      ]),
    ],
  });
};

export const renderFollowUpDocx = async (report: FollowUpReport): Promise<Buffer> => Packer.toBuffer(buildFollowUpDocument(report));

export const renderFollowUpXlsx = async (report: FollowUpReport): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'diemcau';
  workbook.title = `Tình hình thực hiện kết luận – ${report.conferenceTitle}`;
  const sheet = workbook.addWorksheet('Kết luận', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const font = { name: 'Times New Roman', size: 12 };
  sheet.columns = REPORT_HEADERS.map((header, i) => ({
    header,
    width: [6, 50, 40, 24, 24, 12, 20, 40][i]!,
    style: { font, alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.getRow(1).font = { ...font, bold: true };
  for (const row of reportRows(report)) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REPORT_HEADERS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
