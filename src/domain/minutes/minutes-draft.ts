/**
 * The draft of the minutes (biên bản) built from the record of the meeting, pure: the time of
 * start and end as the live meeting recorded them, place and form, the chair, the secretary,
 * attendance per bridge point, the agenda as it really ran (timeline), each speaker with
 * their hall and speaking time, the secretary's notes and the votes with their results. What
 * the record does not hold prints as a blank (`………………`), never an invented value.
 */
import type { Timeline, TimelineItem, TimelineSpeech } from '../live/live-timeline.types.js';
import { BLANK_TIME } from '../session-time.js';
import type { MinutesBody, MinutesSection } from './minutes.schema.js';
import { localDateTimeOf, recordedClockVi, recordedMomentVi, spokenLengthVi } from './record-time.js';

const sameDay = (a: number | null, b: number | null): boolean =>
  a !== null && b !== null && localDateTimeOf(a).slice(0, 10) === localDateTimeOf(b).slice(0, 10);

/** A closed vote as the minutes print it (from the live timeline, when the votes recorded one). */
export interface MinutesVote {
  itemId: string | null;
  question: string;
  /** `Tán thành: 30 (75,00%); …` and the outcome under its rule. */
  result: string;
}

export interface PointAttendanceCount {
  name: string;
  isHost: boolean;
  present: number;
  absent: number;
}

export interface MinutesRecord {
  title: string;
  /** The host hall's venue as the plan gives it ('' when not given). */
  venue: string;
  /** The names of the points other than the host (the online halls). */
  onlinePoints: readonly string[];
  /** The chair as printed (name and title), '' when the plan names none. */
  chairText: string;
  secretaryName: string;
  timeline: Pick<Timeline, 'startedAt' | 'endedAt' | 'items' | 'speeches'>;
  attendance: readonly PointAttendanceCount[];
  /** The latest revision of the secretary's note per timeline item id. */
  notes: ReadonlyMap<string, string>;
  votes: readonly MinutesVote[];
}

const orBlank = (text: string) => (text.trim() ? text.trim() : BLANK_TIME);

const placeAndForm = (record: MinutesRecord): string => {
  const online = record.onlinePoints.length;
  const form = online > 0 ? `trực tuyến, kết nối từ điểm cầu chính đến ${online} điểm cầu` : 'trực tiếp';
  return `Địa điểm và hình thức: ${orBlank(record.venue)}; hình thức ${form}.`;
};

const attendanceLines = (record: MinutesRecord): string[] => {
  if (record.attendance.length === 0) return [`Thành phần tham dự: ${BLANK_TIME}`];
  const present = record.attendance.reduce((sum, point) => sum + point.present, 0);
  const absent = record.attendance.reduce((sum, point) => sum + point.absent, 0);
  return [
    `Thành phần tham dự: có mặt ${present} đại biểu, vắng mặt ${absent} đại biểu, cụ thể:`,
    ...record.attendance.map(
      (point) => `- ${point.name}${point.isHost ? ' (điểm cầu chính)' : ''}: có mặt ${point.present}, vắng mặt ${point.absent};`,
    ),
  ];
};

const speechLine = (speech: TimelineSpeech, dayOf: number | null): string => {
  const hall = speech.bridgePointName.trim() ? ` (${speech.bridgePointName.trim()})` : '';
  const from = recordedClockVi(speech.givenAt, dayOf);
  const to = speech.endedAt === null ? BLANK_TIME : recordedClockVi(speech.endedAt, dayOf);
  const length = speech.seconds === null ? '' : `, ${spokenLengthVi(speech.seconds)}`;
  return `- ${orBlank(speech.speakerName)}${hall} phát biểu từ ${from} đến ${to}${length}.`;
};

const itemSection = (item: TimelineItem, record: MinutesRecord, dayOf: number | null): MinutesSection => {
  const heading = [item.number.trim(), item.content.trim()].filter(Boolean).join('. ');
  if (item.state === 'skipped' || item.actualStart === null) {
    return { heading, paragraphs: ['Nội dung này không được thực hiện tại hội nghị.'] };
  }
  const paragraphs = [`Thời gian: từ ${recordedClockVi(item.actualStart, dayOf)} đến ${recordedClockVi(item.actualEnd, dayOf)}.`];
  if (item.presenter.trim()) paragraphs.push(`Thực hiện: ${item.presenter.trim()}.`);
  const speeches = record.timeline.speeches.filter((speech) => speech.itemId === item.itemId);
  if (speeches.length > 0) paragraphs.push('Ý kiến phát biểu:', ...speeches.map((speech) => speechLine(speech, dayOf)));
  const note = record.notes.get(item.itemId)?.trim();
  if (note)
    paragraphs.push(
      ...note
        .split(/\n+/)
        .map((line) => line.trim())
        .filter(Boolean),
    );
  for (const vote of record.votes.filter((v) => v.itemId === item.itemId)) {
    paragraphs.push(`Biểu quyết: ${vote.question.trim()}. Kết quả: ${vote.result.trim()}`);
  }
  return { heading, paragraphs };
};

/** The minutes' body from the record. */
export function buildMinutesDraft(record: MinutesRecord): MinutesBody {
  const { startedAt, endedAt } = record.timeline;
  const items = [...record.timeline.items].sort((a, b) => a.runOrder - b.runOrder);
  const unplacedVotes = record.votes.filter((vote) => vote.itemId === null || !items.some((item) => item.itemId === vote.itemId));
  const sections = items.map((item) => itemSection(item, record, startedAt));
  if (unplacedVotes.length > 0) {
    sections.push({
      heading: 'Biểu quyết',
      paragraphs: unplacedVotes.map((vote) => `${vote.question.trim()}. Kết quả: ${vote.result.trim()}`),
    });
  }
  return {
    subject: record.title.trim(),
    opening: [
      `Thời gian bắt đầu: ${recordedMomentVi(startedAt)}.`,
      placeAndForm(record),
      `Chủ tọa: ${orBlank(record.chairText)}.`,
      `Thư ký (người ghi biên bản): ${orBlank(record.secretaryName)}.`,
      ...attendanceLines(record),
      'Nội dung hội nghị:',
    ],
    sections,
    closing: [`Hội nghị kết thúc vào lúc ${recordedClockVi(endedAt, startedAt)}${sameDay(startedAt, endedAt) ? ' cùng ngày' : ''}./.`],
  };
}

/** A vote of the timeline, read without assuming more than it holds; null when it has no closed result. */
export function minutesVoteOf(entry: unknown): MinutesVote | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const vote = entry as {
    itemId?: unknown;
    question?: unknown;
    result?: {
      options?: { label: string; count: number; percentOfEntitled: number | null }[];
      majority?: { passed?: boolean; text?: { vi?: string } };
    } | null;
  };
  if (typeof vote.question !== 'string' || !vote.result || !Array.isArray(vote.result.options)) return null;
  const options = vote.result.options
    .map((o) => `${o.label}: ${o.count}${o.percentOfEntitled === null ? '' : ` (${o.percentOfEntitled.toFixed(2).replace('.', ',')}%)`}`)
    .join('; ');
  const majority = vote.result.majority;
  const outcome =
    majority?.passed === undefined
      ? ''
      : ` — ${majority.passed ? 'được thông qua' : 'không được thông qua'}${majority.text?.vi ? ` (${majority.text.vi})` : ''}`;
  return { itemId: typeof vote.itemId === 'string' ? vote.itemId : null, question: vote.question, result: `${options}${outcome}.` };
}
