/**
 * The attendance list of one bridge point (Danh sách đại biểu dự hội nghị – điểm cầu X),
 * as data and as the texts both renderers print: the heading lines, the cells of a row (the
 * columns are in attendance-columns.ts) and the closing counts. The rows come in the order to print (the service sorts them by protocol).
 */
import { BLANK_TIME } from '../../domain/session-time.js';
import type { Conference } from '../../domain/conference.schema.js';
import type { AttendanceState, InvitationState, Substitute } from '../../domain/participants/delegate.js';
import { longDateVi, parseDate, timeVi, weekdayVi } from '../../domain/vietnamese-dates.js';

export interface AttendanceListRow {
  fullName: string;
  title: string;
  organisation: string;
  invitation: InvitationState;
  substitute: Pick<Substitute, 'fullName' | 'title'> | null;
  attendance: AttendanceState;
  walkIn: boolean;
}

export interface AttendanceList {
  conference: Pick<Conference, 'title' | 'startsAt' | 'governingBody' | 'issuingBody'>;
  bridgePoint: { name: string; address: string };
  rows: AttendanceListRow[];
}

export const LIST_TITLE = 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ';

export const CONFIRMATION_LABELS: Readonly<Record<InvitationState, string>> = {
  not_invited: 'Chưa mời',
  invited: 'Chưa trả lời',
  confirmed: 'Tham dự',
  declined: 'Không tham dự',
  substituted: 'Cử người dự thay',
};
export const WALK_IN_LABEL = 'Đăng ký tại chỗ';
export const PRESENT_MARK = 'x';
export const ABSENT_LABEL = 'Vắng';

/** `Điểm cầu Tỉnh`, or `Điểm cầu UBND huyện Lai Vung` for a point named `UBND huyện Lai Vung`. */
export const pointHeading = (name: string): string => {
  const trimmed = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return /^điểm cầu\b/iu.test(trimmed) ? `Điểm cầu${trimmed.slice('điểm cầu'.length)}` : `Điểm cầu ${trimmed}`;
};

/** `Thời gian: 08 giờ 00 phút, thứ Tư, ngày 07 tháng 7 năm 2021`; a blank to fill in while the start is not fixed. */
export const timeLine = (startsAt: string | null): string => {
  if (!startsAt) return `Thời gian: ${BLANK_TIME}`;
  const date = parseDate(startsAt);
  return `Thời gian: ${timeVi(startsAt)}, ${weekdayVi(date)}, ${longDateVi(date)}`;
};

/** The lines under the title: subject, point, time and (when known) the place. */
export const headingLines = (list: AttendanceList): { subject: string; point: string; time: string; place: string | null } => {
  const address = list.bridgePoint.address.trim();
  return {
    subject: list.conference.title.trim().replace(/\s+/g, ' '),
    point: pointHeading(list.bridgePoint.name),
    time: timeLine(list.conference.startsAt),
    place: address ? `Địa điểm: ${address}` : null,
  };
};

export interface RowCells {
  number: string;
  /** The name printed; for a substitute, the substitute's. */
  fullName: string;
  /** `(dự thay Nguyễn Văn A)` under the substitute's name, else null. */
  replaces: string | null;
  title: string;
  organisation: string;
  confirmation: string;
  present: string;
}

/** What each column of a row prints. The signature column is always empty. */
export const rowCells = (row: AttendanceListRow, index: number): RowCells => {
  const substitute = row.invitation === 'substituted' && row.substitute?.fullName.trim() ? row.substitute : null;
  return {
    number: String(index + 1),
    fullName: (substitute?.fullName ?? row.fullName).trim(),
    replaces: substitute ? `(dự thay ${row.fullName.trim()})` : null,
    title: (substitute ? substitute.title : row.title).trim(),
    organisation: row.organisation.trim(),
    confirmation: row.walkIn ? WALK_IN_LABEL : CONFIRMATION_LABELS[row.invitation],
    present: row.attendance === 'present' ? PRESENT_MARK : row.attendance === 'absent' ? ABSENT_LABEL : '',
  };
};

export interface ListTotals {
  listed: number;
  confirmed: number;
  present: number;
  absent: number;
}

export const listTotals = (rows: readonly AttendanceListRow[]): ListTotals => ({
  listed: rows.length,
  confirmed: rows.filter((r) => r.invitation === 'confirmed' || r.invitation === 'substituted').length,
  present: rows.filter((r) => r.attendance === 'present').length,
  absent: rows.filter((r) => r.attendance === 'absent').length,
});

/** `Tổng số: 40 đại biểu; xác nhận tham dự: 35; có mặt: 30; vắng: 2.` */
export const totalsLine = (rows: readonly AttendanceListRow[]): string => {
  const t = listTotals(rows);
  return `Tổng số: ${t.listed} đại biểu; xác nhận tham dự: ${t.confirmed}; có mặt: ${t.present}; vắng: ${t.absent}.`;
};

/** Upper-case lines of a body name as the header prints them. */
export const capsLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim().toLocaleUpperCase('vi'))
    .filter(Boolean);

export const SIGNER_HEADING = 'NGƯỜI LẬP DANH SÁCH';
export const SIGNER_NOTE = '(Ký, ghi rõ họ tên)';
