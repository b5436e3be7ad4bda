/**
 * The words of a Giấy mời (invitation, Decree 30/2020 Appendix I) addressed to one
 * delegate, as plain strings: the .docx, the e-mail and the confirmation page print the
 * same sentences. Pure: no docx objects, no clock.
 */
import type { BridgePoint, Chair, Conference } from '../../domain/conference.schema.js';
import { orderAgenda } from '../../domain/agenda-tree.js';
import { parseDate, shortDateVi, timeVi, weekdayVi } from '../../domain/vietnamese-dates.js';
import { bodyInSentence, withFinalStop } from '../document-text.js';
import { bridgePointLabel } from '../plan-outline.js';

/** Who the invitation is addressed to. */
export interface InvitationAddressee {
  fullName: string;
  title: string;
  organisation: string;
}

export type InvitationPoint = Pick<BridgePoint, 'id' | 'name' | 'address' | 'kind' | 'isHost'>;

const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * The meeting's name from the plan's subject: `Tổ chức Hội nghị trực tuyến …` → `Hội nghị
 * trực tuyến …` (the plan organises it, the invitation invites to it).
 */
export const eventName = (title: string): string => {
  const text = clean(title);
  const stripped = text.replace(/^(tổ chức|về việc tổ chức|v\/v tổ chức)\s+/iu, '');
  return capitalize(stripped || text);
};

/** The subject line (trích yếu) of the Giấy mời: `Dự Hội nghị trực tuyến …`. */
export const invitationSubject = (title: string): string => `Dự ${eventName(title)}`;

/** `Ông (Bà) Nguyễn Văn An - Chủ tịch, UBND huyện Châu Thành`: gender is not known, so both. */
export const addresseeLine = (person: InvitationAddressee): string => {
  const role = [clean(person.title), clean(person.organisation)].filter(Boolean).join(', ');
  return `Ông (Bà) ${clean(person.fullName)}${role ? ` - ${role}` : ''}`;
};

/** `Kính gửi: Ông (Bà) …`. */
export const salutationLine = (person: InvitationAddressee): string => `Kính gửi: ${addresseeLine(person)}.`;

/** `Ủy ban nhân dân tỉnh Đồng Tháp trân trọng kính mời Ông (Bà) tới dự Hội nghị …`. */
export const invitingSentence = (conference: Pick<Conference, 'issuingBody' | 'title'>): string =>
  `${bodyInSentence(conference.issuingBody)} trân trọng kính mời Ông (Bà) tới dự ${eventName(conference.title)}.`;

/** `08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)`: the weekday is computed. */
export const timeText = (localDateTime: string): string => {
  const date = parseDate(localDateTime);
  return `${timeVi(localDateTime)}, ngày ${shortDateVi(date)} (${weekdayVi(date)})`;
};

/** `Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa`, from the participant group marked presiding; '' when none. */
export const presidingText = (conference: Pick<Conference, 'participantGroups'>): string => {
  const group = [...conference.participantGroups].sort((a, b) => a.position - b.position).find((g) => g.isPresiding);
  if (!group) return '';
  const composed = clean([group.role, group.organisation, group.personName].filter((part) => clean(part)).join(' '));
  return composed || clean(group.text.replace(/\(chủ trì\)\.?$/iu, '')).replace(/[.;]$/, '');
};

/** One chair as printed: `Nguyễn Văn An, Phó Chủ tịch UBND tỉnh`, or the stored line without its label. */
const chairText = (chair: Chair): string => {
  const composed = [clean(chair.personName), clean(chair.title)].filter(Boolean).join(', ');
  return composed || clean(chair.text.replace(/^(đồng\s+)?chủ\s+trì\s*:\s*/iu, '')).replace(/[.;,]$/, '');
};

/**
 * `Chủ trì: Nguyễn Văn An, Phó Chủ tịch UBND tỉnh` and `Đồng chủ trì: …` from the plan's
 * chairs (several of one role joined by `; `), without the final stop; [] when there are none.
 */
export const chairLines = (conference: Pick<Conference, 'chairs'>): string[] => {
  const chairs = [...conference.chairs].sort((a, b) => a.position - b.position);
  const line = (role: Chair['role'], label: string): string[] => {
    const texts = chairs
      .filter((chair) => chair.role === role)
      .map(chairText)
      .filter(Boolean);
    return texts.length > 0 ? [`${label}: ${texts.join('; ')}`] : [];
  };
  return [...line('chair', 'Chủ trì'), ...line('co_chair', 'Đồng chủ trì')];
};

/** The chair lines of an invitation: the chairs when the plan names them, else the participant group marked presiding. */
export const presidingLines = (conference: Pick<Conference, 'chairs' | 'participantGroups'>): string[] => {
  const chairs = chairLines(conference);
  if (chairs.length > 0) return chairs;
  const presiding = presidingText(conference);
  return presiding ? [`Chủ trì: ${presiding}`] : [];
};

const pointPlace = (point: InvitationPoint): string => {
  if (point.kind === 'remote') return `trực tuyến qua phần mềm họp trực tuyến (${bridgePointLabel(point.name)})`;
  const address = clean(point.address);
  return address ? `${bridgePointLabel(point.name)}, ${address}` : bridgePointLabel(point.name);
};

/**
 * The place lines: where this delegate attends (their bridge point), then, for a point other
 * than the host, where the meeting is chaired from. Without a point, the plan's venue.
 */
export const placeLines = (conference: Pick<Conference, 'venue' | 'bridgePoints'>, point: InvitationPoint | null): string[] => {
  const venue = clean(conference.venue);
  if (!point) return venue ? [`Địa điểm: ${withFinalStop(venue)}`] : [];
  const lines = [`Địa điểm: ${withFinalStop(pointPlace(point))}`];
  const host = conference.bridgePoints.find((candidate) => candidate.isHost);
  if (host && host.id !== point.id) {
    lines.push(`(Hội nghị tổ chức trực tuyến; điểm cầu chính: ${pointPlace(host).replace(/[.;]$/, '')}).`);
  }
  return lines;
};

/** One line per top-level agenda item: `1. Tuyên bố lý do, giới thiệu đại biểu (Văn phòng UBND Tỉnh).` */
export const agendaSummary = (conference: Pick<Conference, 'agendaItems'>, limit = 15): string[] => {
  const { branches } = orderAgenda(conference.agendaItems);
  const lines = branches.slice(0, limit).map(({ item }, index) => {
    const presenter = clean([item.presenterPerson, item.presenterOrganisation].filter((p) => clean(p)).join(', '));
    const content = clean(item.content).replace(/[.;:]$/, '');
    return `${index + 1}. ${content}${presenter ? ` (${presenter})` : ''}.`;
  });
  if (branches.length > limit) lines.push(`(và ${branches.length - limit} nội dung khác theo Chương trình kèm theo).`);
  return lines;
};

/** `17 giờ 00 phút, ngày 05/7/2021 (thứ Hai)` of a deadline, or null without one. */
export const deadlineText = (deadline: string | null | undefined): string | null => (deadline ? timeText(deadline.slice(0, 16)) : null);

/** The confirmation request: the personal link itself is printed on its own line under it. */
export const confirmationRequest = (deadline: string | null | undefined): string => {
  const until = deadlineText(deadline);
  return (
    `Đề nghị Ông (Bà) xác nhận tham dự${until ? ` trước ${until}` : ''} bằng cách quét mã QR hoặc mở đường dẫn dưới đây; ` +
    'nếu không tham dự được, Ông (Bà) có thể cử người dự thay qua cùng đường dẫn.'
  );
};

/** The note on bringing the invitation to the hall: its QR code is read at check-in. */
export const CHECK_IN_NOTE =
  'Khi đến dự, đề nghị Ông (Bà) mang theo Giấy mời này hoặc mã QR trên điện thoại để đón tiếp, điểm danh tại điểm cầu.';

/** The last line of the body. */
export const CLOSING_LINE = 'Rất mong Ông (Bà) đến dự đúng thời gian./.';

/** `Như trên; Lưu: VT.` under Nơi nhận of an individual invitation. */
export const INVITATION_DISTRIBUTION = ['Như trên;', 'Lưu: VT.'] as const;
