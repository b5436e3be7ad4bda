/**
 * The first draft of the conclusion notice (Thông báo kết luận) from the record, pure. It holds
 * only what the plan and the record say: the plan's governing body and place, the meeting's day,
 * where and how it was held, who chaired (the plan's chair), who attended and who reported. Who
 * issues the notice (commonly the Office: `VĂN PHÒNG`, `/TB-VPUBND`), its symbol and who signs
 * it (commonly TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG) are the secretariat's choice: they stay empty, to be
 * filled, and issuing refuses while they are (notice-requirements.ts). What the record does not
 * hold is a blank (`………………`), never a guess.
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
  subject: string;
  preamble: string;
  closing: string;
  distribution: string[];
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

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
    `Sau khi nghe ${reporters.length > 0 ? reporters.join(', ') : BLANK_TIME} báo cáo và ý kiến của các đại biểu dự họp, ${chair} kết luận như sau:`,
  ].join('\n');
  return {
    governingBody: record.governingBody.trim(),
    subject: `Kết luận của ${chair} tại ${lowerFirst(title)}`,
    preamble,
    // Who issues it is not known yet: the blank is the issuer's name, to fill (issuing refuses a notice without an issuer).
    closing: `${BLANK_TIME} thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.`,
    // The file copy closes every Nơi nhận (Decree 30); the other lines are the secretariat's.
    distribution: ['Lưu: VT'],
  };
}
