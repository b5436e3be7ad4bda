/**
 * The timeline of a held meeting as .xlsx, for counting rather than reading: three sheets,
 * "Nội dung" (planned against actual per item), "Phát biểu" (each speech) and "Diễn biến"
 * (each live change), one header row each, frozen. Lengths are numbers of minutes (two
 * decimals shown), times are Excel date-times in Viet Nam's local time (UTC+7).
 */
import ExcelJS from 'exceljs';
import type { Timeline } from '../../domain/live/live-timeline.types.js';
import { CHANGE_LABELS, itemNote, KIND_LABELS, speechItem, VIETNAM_OFFSET_MS, type TimelineMeeting } from './timeline-text.js';

export const SHEETS = { items: 'Nội dung', speeches: 'Phát biểu', changes: 'Diễn biến' } as const;
const FONT = { name: 'Times New Roman', size: 12 };
const TIME = 'hh:mm:ss';
const DATE_TIME = 'dd/mm/yyyy hh:mm';
const MINUTES = '0.00';

/** An epoch-ms server time as an Excel date-time showing the wall clock of Viet Nam. */
export const excelTime = (epochMs: number | null): Date | null => (epochMs === null ? null : new Date(epochMs + VIETNAM_OFFSET_MS));

/** A local `YYYY-MM-DDTHH:mm` as an Excel date-time (already local: no shift). */
const excelLocal = (local: string | null): Date | null =>
  local === null
    ? null
    : new Date(Date.UTC(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10), +local.slice(11, 13), +local.slice(14, 16)));

/** Seconds as a number of minutes, rounded to the second. */
export const minutes = (seconds: number | null): number | null => (seconds === null ? null : Math.round((seconds / 60) * 10000) / 10000);

type Value = string | number | Date | null;
/** Header, width in characters, number format. */
type Column = [header: string, width: number, format?: string];

const addSheet = (workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Value[][]) => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = columns.map(([header, width, format]) => ({
    header,
    width,
    style: { font: FONT, ...(format ? { numFmt: format } : {}) },
  }));
  const header = sheet.getRow(1);
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 32;
  for (const values of rows) sheet.addRow(values);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  return sheet;
};

const STATE_LABELS = { pending: 'Chưa thực hiện', running: 'Đang thực hiện', done: 'Đã thực hiện', skipped: 'Bỏ qua' } as const;

export const buildTimelineWorkbook = (meeting: TimelineMeeting, timeline: Timeline): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'diemcau';
  workbook.title = `Diễn biến hội nghị – ${meeting.title}`;
  addSheet(
    workbook,
    SHEETS.items,
    [
      ['STT', 6],
      ['Số mục', 8],
      ['Nội dung', 50],
      ['Thực hiện', 30],
      ['Dự kiến bắt đầu', 17, DATE_TIME],
      ['Dự kiến (phút)', 11, MINUTES],
      ['Bắt đầu', 11, TIME],
      ['Kết thúc', 11, TIME],
      ['Thực tế (phút)', 11, MINUTES],
      ['Chênh lệch (phút)', 11, MINUTES],
      ['Gia hạn (phút)', 11, MINUTES],
      ['Trạng thái', 15],
      ['Ghi chú', 24],
    ],
    timeline.items.map((item) => [
      item.runOrder,
      item.number,
      item.content,
      item.presenter,
      excelLocal(item.plannedStart),
      minutes(item.plannedSeconds),
      excelTime(item.actualStart),
      excelTime(item.actualEnd),
      minutes(item.actualSeconds),
      minutes(item.overrunSeconds),
      item.extendedSeconds ? minutes(item.extendedSeconds) : null,
      STATE_LABELS[item.state],
      itemNote(item),
    ]),
  );
  addSheet(
    workbook,
    SHEETS.speeches,
    [
      ['STT', 6],
      ['Người phát biểu', 30],
      ['Điểm cầu', 28],
      ['Loại', 17],
      ['Nội dung', 40],
      ['Đăng ký lúc', 11, TIME],
      ['Bắt đầu', 11, TIME],
      ['Kết thúc', 11, TIME],
      ['Thời lượng (phút)', 11, MINUTES],
      ['Được phép (phút)', 11, MINUTES],
      ['Vượt (phút)', 11, MINUTES],
    ],
    timeline.speeches.map((speech, i) => [
      i + 1,
      speech.speakerName,
      speech.bridgePointName,
      KIND_LABELS[speech.kind],
      speechItem(speech),
      excelTime(speech.requestedAt),
      excelTime(speech.givenAt),
      excelTime(speech.endedAt),
      minutes(speech.seconds),
      minutes(speech.allowedSeconds),
      speech.overrunSeconds !== null && speech.overrunSeconds > 0 ? minutes(speech.overrunSeconds) : null,
    ]),
  );
  addSheet(
    workbook,
    SHEETS.changes,
    [
      ['STT', 6],
      ['Thời điểm', 11, TIME],
      ['Thay đổi', 30],
      ['Đối tượng', 50],
      ['Thêm (phút)', 11, MINUTES],
      ['Phiên bản', 10],
    ],
    timeline.changes.map((change, i) => [
      i + 1,
      excelTime(change.at),
      CHANGE_LABELS[change.kind],
      change.subject,
      minutes(change.seconds),
      change.version,
    ]),
  );
  return workbook;
};

export const renderTimelineXlsx = async (meeting: TimelineMeeting, timeline: Timeline): Promise<Buffer> =>
  Buffer.from(await buildTimelineWorkbook(meeting, timeline).xlsx.writeBuffer());
