/**
 * The delegate list as the secretariat keeps it in Excel: one sheet "Đại biểu", a title,
 * then a bold, frozen, filterable header row and one row per delegate, ordered by bridge
 * point, protocol rank and name. Phones are text cells, so their leading 0 survives.
 * The file reads back through readSheet + suggestMapping (the import) unchanged.
 */
import { compareProtocol, type ProtocolRanked } from '../../domain/protocol/protocol-order.js';
import ExcelJS from 'exceljs';
import type { AttendanceState, Delegate, InvitationState } from '../../domain/participants/delegate.js';
import { compareVietnamese } from '../../domain/text.js';

export type ExportDelegate = Pick<
  Delegate,
  | 'bridgePointId'
  | 'participantGroupId'
  | 'fullName'
  | 'title'
  | 'organisation'
  | 'phone'
  | 'email'
  | 'seat'
  | 'notes'
  | 'invitation'
  | 'substitute'
  | 'attendance'
  | 'walkIn'
> &
  Partial<ProtocolRanked>;

export interface DelegatesWorkbookInput {
  /** The conference title, printed under the sheet title; may be blank. */
  conferenceTitle: string;
  /** Bridge points in plan order; delegates follow this order. */
  bridgePoints: readonly { id: string; name: string }[];
  participantGroups: readonly { id: string; name: string }[];
  delegates: readonly ExportDelegate[];
}

export const SHEET_NAME = 'Đại biểu';

export const EXPORT_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên', width: 28 },
  { header: 'Chức vụ', width: 30 },
  { header: 'Đơn vị', width: 36 },
  { header: 'Điện thoại', width: 14 },
  { header: 'Email', width: 28 },
  { header: 'Điểm cầu', width: 28 },
  { header: 'Nhóm', width: 26 },
  { header: 'Ghế', width: 8 },
  { header: 'Xác nhận', width: 22 },
  { header: 'Có mặt', width: 10 },
  { header: 'Ghi chú', width: 30 },
] as const;

/** Row (1-based) of the header in the exported sheet. */
export const HEADER_ROW = 4;

export const INVITATION_LABELS: Readonly<Record<InvitationState, string>> = {
  not_invited: 'Chưa mời',
  invited: 'Chưa trả lời',
  confirmed: 'Tham dự',
  declined: 'Không tham dự',
  substituted: 'Cử người dự thay',
};

export const ATTENDANCE_LABELS: Readonly<Record<AttendanceState, string>> = {
  unknown: '',
  present: 'Có mặt',
  absent: 'Vắng',
};

const confirmationText = (d: ExportDelegate): string => {
  if (d.invitation !== 'substituted' || !d.substitute) return INVITATION_LABELS[d.invitation];
  const who = [d.substitute.fullName, d.substitute.title].filter(Boolean).join(', ');
  return `${INVITATION_LABELS.substituted}: ${who}`;
};

const ranked = (d: ExportDelegate): ProtocolRanked => ({
  protocolRank: d.protocolRank ?? null,
  groupRank: d.groupRank ?? null,
  titleRank: d.titleRank ?? null,
});

const attendanceText = (d: ExportDelegate): string =>
  d.walkIn && d.attendance === 'present' ? 'Có mặt (không mời trước)' : ATTENDANCE_LABELS[d.attendance];

/** Bridge point order, then protocol order (domain/protocol: the ranked first, by rank), then name. */
export const exportOrder = (bridgePoints: readonly { id: string }[], delegates: readonly ExportDelegate[]): ExportDelegate[] => {
  const position = new Map(bridgePoints.map((p, i) => [p.id, i]));
  const pointIndex = (d: ExportDelegate) => position.get(d.bridgePointId) ?? bridgePoints.length;
  return [...delegates].sort(
    (a, b) => pointIndex(a) - pointIndex(b) || compareProtocol(ranked(a), ranked(b)) || compareVietnamese(a.fullName, b.fullName),
  );
};

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export const renderDelegatesXlsx = async (input: DelegatesWorkbookInput): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'diemcau';
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.properties.defaultRowHeight = 18;
  const font = { name: 'Times New Roman', size: 12 };
  const lastColumn = EXPORT_COLUMNS.length;
  EXPORT_COLUMNS.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width;
    col.font = font;
  });
  sheet.getColumn(5).numFmt = '@';

  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.getCell(1, 1).value = 'DANH SÁCH ĐẠI BIỂU';
  sheet.getCell(1, 1).font = { ...font, size: 14, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, lastColumn);
  sheet.getCell(2, 1).value = input.conferenceTitle;
  sheet.getCell(2, 1).font = { ...font, italic: true };
  sheet.getCell(2, 1).alignment = { horizontal: 'center', wrapText: true };

  const header = sheet.getRow(HEADER_ROW);
  header.values = EXPORT_COLUMNS.map((c) => c.header);
  header.font = { ...font, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.border = thin;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
  });

  const pointNames = new Map(input.bridgePoints.map((p) => [p.id, p.name]));
  const groupNames = new Map(input.participantGroups.map((g) => [g.id, g.name]));
  exportOrder(input.bridgePoints, input.delegates).forEach((d, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.values = [
      index + 1,
      d.fullName,
      d.title,
      d.organisation,
      d.phone,
      d.email,
      pointNames.get(d.bridgePointId) ?? '',
      (d.participantGroupId && groupNames.get(d.participantGroupId)) || '',
      d.seat,
      confirmationText(d),
      attendanceText(d),
      d.notes,
    ];
    row.getCell(5).numFmt = '@';
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
    for (let c = 1; c <= lastColumn; c += 1) row.getCell(c).border = thin;
  });
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + input.delegates.length, column: lastColumn },
  };
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
