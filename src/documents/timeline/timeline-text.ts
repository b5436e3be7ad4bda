/**
 * The texts of the timeline documents (Diễn biến hội nghị), shared by the .docx and the
 * .xlsx: clock times in Asia/Ho_Chi_Minh (HH:mm:ss), durations as Vietnamese minutes say them
 * ("7 phút 20 giây"), the cells of each item and speech, the line of each change, the totals.
 * Pure functions over the Timeline (src/domain/live/live-timeline.types.ts).
 */
import type { Timeline, TimelineChange, TimelineItem, TimelineSpeech } from '../../domain/live/live-timeline.types.js';
import { clockTime } from '../../domain/vietnamese-dates.js';
import { formatDifference, formatDuration } from '../../domain/durations.js';

/** What the documents print of the meeting besides its timeline. */
export interface TimelineMeeting {
  title: string;
  /** Local `YYYY-MM-DDTHH:mm` (Asia/Ho_Chi_Minh), as in the plan; null while not fixed. */
  startsAt: string | null;
  /** The issuing body (and the one above it), printed at the top when given. */
  issuer?: { governingBody: string; issuingBody: string };
}

export const TIMELINE_TITLE = 'DIỄN BIẾN HỘI NGHỊ';

/** Viet Nam keeps UTC+7 all year: no daylight saving, so a fixed offset is exact. */
export const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `08:02:10`: an epoch-ms server time as the clock in the hall shows it. */
export const clockVi = (epochMs: number): string => {
  const local = new Date(epochMs + VIETNAM_OFFSET_MS);
  return `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}`;
};

/** `7 phút 20 giây`, `1 giờ 5 phút`, `45 giây`, `0 giây` (the sign is left to the caller). */
export const durationVi = (seconds: number): string => formatDuration(seconds, 'vi');

/** `+2 phút 50 giây` (longer than planned), `−1 phút` (shorter), `0 giây`. */
export const differenceVi = (seconds: number): string => formatDifference(seconds, 'vi');

export const ITEM_HEADERS = ['STT', 'Nội dung', 'Thực hiện', 'Dự kiến', 'Thực tế', 'Chênh lệch', 'Ghi chú'] as const;

export interface ItemCells {
  number: string;
  content: string;
  presenter: string;
  /** Lines: the planned start, the planned length. */
  planned: string[];
  /** Lines: start – end, the actual length. */
  actual: string[];
  difference: string;
  note: string;
}

/** `bỏ qua`, `bổ sung`, `gia hạn +2 phút`, joined by `; `. */
export const itemNote = (item: TimelineItem): string =>
  [
    item.state === 'skipped' ? 'bỏ qua' : null,
    item.inserted ? 'bổ sung' : null,
    item.extendedSeconds > 0 ? `gia hạn +${durationVi(item.extendedSeconds)}` : null,
  ]
    .filter(Boolean)
    .join('; ');

export const itemCells = (item: TimelineItem): ItemCells => {
  const prefix = item.number && item.number !== '-' ? `${item.number}. ` : item.number === '-' ? '- ' : '';
  const planned = [
    item.plannedStart ? clockTime(item.plannedStart) : null,
    item.plannedSeconds === null ? null : durationVi(item.plannedSeconds),
  ];
  const actual =
    item.actualStart === null
      ? []
      : [
          `${clockVi(item.actualStart)} – ${item.actualEnd === null ? '…' : clockVi(item.actualEnd)}`,
          item.actualSeconds === null ? null : durationVi(item.actualSeconds),
        ];
  return {
    number: String(item.runOrder),
    content: `${prefix}${item.content}`,
    presenter: item.presenter,
    planned: planned.filter((line): line is string => line !== null),
    actual: actual.filter((line): line is string => line !== null),
    difference: item.overrunSeconds === null ? '' : differenceVi(item.overrunSeconds),
    note: itemNote(item),
  };
};

export const SPEECH_HEADERS = ['STT', 'Người phát biểu', 'Điểm cầu', 'Nội dung', 'Bắt đầu', 'Thời lượng', 'Được phép', 'Vượt'] as const;

export const KIND_LABELS: Readonly<Record<TimelineSpeech['kind'], string>> = {
  speak: 'Phát biểu',
  point_of_order: 'Kiến nghị thủ tục',
};

/** The item the speech belongs to, as printed in the speeches table. */
export const speechItem = (speech: TimelineSpeech): string => {
  const prefix = speech.itemNumber && speech.itemNumber !== '-' ? `${speech.itemNumber}. ` : '';
  return speech.itemId === null ? '' : `${prefix}${speech.itemContent}`;
};

export const speechCells = (speech: TimelineSpeech, index: number): string[] => [
  String(index + 1),
  speech.kind === 'point_of_order' ? `${speech.speakerName} (${KIND_LABELS.point_of_order.toLocaleLowerCase('vi')})` : speech.speakerName,
  speech.bridgePointName,
  speechItem(speech),
  clockVi(speech.givenAt),
  speech.seconds === null ? '' : durationVi(speech.seconds),
  speech.allowedSeconds === null ? '' : durationVi(speech.allowedSeconds),
  speech.overrunSeconds !== null && speech.overrunSeconds > 0 ? durationVi(speech.overrunSeconds) : '',
];

export const CHANGE_LABELS: Readonly<Record<TimelineChange['kind'], string>> = {
  skipped: 'Bỏ qua nội dung',
  extended_item: 'Gia hạn nội dung',
  extended_floor: 'Gia hạn thời gian phát biểu',
  reordered: 'Thay đổi thứ tự nội dung',
  inserted: 'Bổ sung nội dung',
  paused: 'Tạm dừng',
  resumed: 'Tiếp tục',
  request_removed: 'Chủ trì bỏ đăng ký phát biểu',
  request_withdrawn: 'Rút đăng ký phát biểu',
  recording_started: 'Bắt đầu ghi hình',
  recording_stopped: 'Dừng ghi hình',
  hall_muted: 'Chủ trì tắt tiếng điểm cầu',
  hall_unmuted: 'Chủ trì bật lại tiếng điểm cầu',
  point_promoted: 'Chủ trì cho điểm cầu tương tác (WebRTC) trong hôm nay',
  point_demoted: 'Chủ trì trả điểm cầu về theo dõi (HLS)',
};

/** `09:15:20 – Gia hạn nội dung: Báo cáo kết quả (+2 phút)`. */
export const changeLine = (change: TimelineChange): string => {
  const subject = change.subject.trim() ? `: ${change.subject.trim()}` : '';
  const added = change.seconds ? ` (+${durationVi(change.seconds)})` : '';
  return `${clockVi(change.at)} – ${CHANGE_LABELS[change.kind]}${subject}${added}`;
};

/** The date line under the title: the planned start, then when the meeting actually ran. */
export const heldLine = (timeline: Timeline): string | null => {
  if (timeline.startedAt === null) return 'Hội nghị chưa bắt đầu.';
  const end = timeline.endedAt === null ? 'chưa kết thúc' : `kết thúc lúc ${clockVi(timeline.endedAt)}`;
  const length = timeline.endedAt === null ? '' : ` (${durationVi((timeline.endedAt - timeline.startedAt) / 1000)})`;
  return `Thực tế: bắt đầu lúc ${clockVi(timeline.startedAt)}, ${end}${length}.`;
};

/** The closing lines: lengths and counts. */
export const totalsLines = ({ totals }: Timeline): string[] => [
  `Tổng thời gian dự kiến: ${durationVi(totals.plannedSeconds)}; thực tế: ${durationVi(totals.actualSeconds)} (${differenceVi(totals.actualSeconds - totals.plannedSeconds)}).`,
  `Số nội dung đã thực hiện: ${totals.itemsRun}; bỏ qua: ${totals.itemsSkipped}; bổ sung: ${totals.itemsInserted}; vượt thời gian: ${totals.itemsOverrun}.`,
  `Số lượt phát biểu: ${totals.speeches}; tổng thời gian phát biểu: ${durationVi(totals.speakingSeconds)}.`,
];
