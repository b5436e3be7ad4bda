/**
 * The first draft of the conclusion notice (Thông báo kết luận) from the record, pure: the
 * Office of the People's Committee issues it (`Số: …/TB-VPUBND`: the symbol is stored without its type code, `VPUBND`, signed TL. CHỦ TỊCH /
 * CHÁNH VĂN PHÒNG), its preamble says when and how the meeting was held, who chaired, who
 * attended and what was heard, and ends "…, Chủ tịch UBND tỉnh kết luận như sau:"; the
 * closing says who must know and act ("… thông báo để … biết, thực hiện./."). Nothing the
 * record does not hold is written: an unknown time or chair is a blank to fill in.
 */
import { BLANK_TIME } from '../session-time.js';

export interface NoticeRecord {
  /** The conference's title (trích yếu of the plan), e.g. "Hội nghị trực tuyến …". */
  title: string;
  governingBody: string;
  issuingBody: string;
  place: string;
  /** `ngày 07 tháng 7 năm 2021` or the blank when the meeting's day is not known. */
  heldOn: string;
  /** Where the host hall is ('' when not given); the number of online points. */
  venue: string;
  onlinePoints: number;
  /** The chair as printed (title and name), '' when unknown. */
  chairText: string;
  /** Who attended, as printed (participant groups, halls). */
  attendees: readonly string[];
  /** Who reported (the presenters of the items that ran). */
  reporters: readonly string[];
}

export interface NoticeDraft {
  governingBody: string;
  issuingBody: string;
  documentSymbol: string;
  subject: string;
  preamble: string;
  closing: string;
  signerAuthority: 'TL.';
  signerBody: string;
  signerTitle: string;
  distribution: string[];
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** The issuing body's place line: `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP` → `UBND TỈNH ĐỒNG THÁP`. */
const committeeCaps = (issuingBody: string): string => {
  const lines = issuingBody
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const rest = lines.slice(1).join(' ');
  return rest ? `UBND ${rest}`.toLocaleUpperCase('vi') : 'UBND TỈNH';
};

export function draftNotice(record: NoticeRecord): NoticeDraft {
  const title = firstLine(record.title) || 'Hội nghị';
  const where =
    record.onlinePoints > 0
      ? `${record.venue.trim() ? `tại ${record.venue.trim()}` : `tại ${BLANK_TIME}`}, kết nối trực tuyến đến ${record.onlinePoints} điểm cầu`
      : record.venue.trim()
        ? `tại ${record.venue.trim()}`
        : `tại ${BLANK_TIME}`;
  const chair = record.chairText.trim() || BLANK_TIME;
  const attendees = record.attendees.map((a) => a.trim()).filter(Boolean);
  const reporters = record.reporters.map((r) => r.trim()).filter(Boolean);
  const preamble = [
    `${record.heldOn.charAt(0).toLocaleUpperCase('vi')}${record.heldOn.slice(1)}, ${where}, ${chair} chủ trì ${lowerFirst(title)}.`,
    `Tham dự có ${attendees.length > 0 ? attendees.join('; ') : BLANK_TIME}.`,
    `Sau khi nghe ${reporters.length > 0 ? reporters.join(', ') : BLANK_TIME} báo cáo và ý kiến của các đại biểu dự họp, Chủ tịch UBND tỉnh kết luận như sau:`,
  ].join('\n');
  return {
    governingBody: committeeCaps(record.issuingBody),
    issuingBody: 'VĂN PHÒNG',
    documentSymbol: 'VPUBND',
    subject: `Kết luận của Chủ tịch UBND tỉnh tại ${lowerFirst(title)}`,
    preamble,
    closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.',
    signerAuthority: 'TL.',
    signerBody: 'CHỦ TỊCH',
    signerTitle: 'CHÁNH VĂN PHÒNG',
    distribution: ['Lưu: VT'],
  };
}
