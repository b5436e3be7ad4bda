/**
 * The attached programme (`CHƯƠNG TRÌNH HỘI NGHỊ`): the table STT | NỘI DUNG | THỰC HIỆN |
 * THỜI LƯỢNG as agenda items. Numbered rows are items, `-` rows sub-items of the last
 * numbered row, a row without a number continues the previous row's cells. Pure.
 */
import type { AgendaItemKind, PlanDraft } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { splitPersonTail } from './participants.js';

export type DraftAgendaItem = PlanDraft['agendaItems'][number];
type Column = 'number' | 'content' | 'presenter' | 'duration';

export interface ColumnMap {
  columns: (Column | null)[];
  /** Header text of each column, for columns the agenda has no field for. */
  names: string[];
}

export const DEFAULT_COLUMNS: ColumnMap = { columns: ['number', 'content', 'presenter', 'duration'], names: [] };

const columnOf = (header: string): Column | null => {
  const folded = foldForSearch(header);
  if (/^(stt|tt|so tt|so thu tu)$/.test(folded)) return 'number';
  if (folded.includes('noi dung')) return 'content';
  if (/thuc hien|trinh bay|don vi|nguoi|chu tri|phu trach/.test(folded)) return 'presenter';
  if (/thoi luong|thoi gian/.test(folded)) return 'duration';
  return null;
};

/** The header row of the programme table, or null when the cells are not one. */
export const programmeHeader = (cells: readonly string[]): ColumnMap | null => {
  const columns = cells.map(columnOf);
  if (!columns.includes('content') || columns.filter(Boolean).length < 2) return null;
  return { columns, names: [...cells] };
};

export interface DurationCell {
  minutes: number | null;
  perSpeakerMinutes: number | null;
  text: string;
}

/** `5 phút` → 5; `1 giờ 30 phút` → 90; `08h00 - 08h05` → 5; `Mỗi đại biểu trình bày 07 phút` → per speaker 7. */
export const parseDurationCell = (cell: string): DurationCell => {
  const text = cell.trim();
  const none = { minutes: null, perSpeakerMinutes: null, text };
  if (!text) return { ...none, text: '' };
  const perSpeaker = /^mỗi\s+(?:đại biểu|đơn vị|ý kiến|người|báo cáo|tham luận|địa phương)\D*?(\d{1,3})\s*phút/iu.exec(text);
  if (perSpeaker) return { ...none, perSpeakerMinutes: Math.max(1, Number(perSpeaker[1])) };
  const minutes = /^(\d{1,4})\s*(?:phút|ph|p|')\.?$/iu.exec(text);
  if (minutes) return { minutes: Math.min(1440, Number(minutes[1])), perSpeakerMinutes: null, text: '' };
  const hours = /^(\d{1,2})\s*(?:giờ|tiếng|h)(?:\s*(\d{1,2})\s*(?:phút|ph|p)?)?\.?$/iu.exec(text);
  if (hours) return { minutes: Math.min(1440, Number(hours[1]) * 60 + Number(hours[2] ?? 0)), perSpeakerMinutes: null, text: '' };
  const range = /^(\d{1,2})\s*(?:h|giờ|:)\s*(\d{2})?\s*[-–—]\s*(\d{1,2})\s*(?:h|giờ|:)\s*(\d{2})?$/iu.exec(text);
  if (range) {
    const span = Number(range[3]) * 60 + Number(range[4] ?? 0) - (Number(range[1]) * 60 + Number(range[2] ?? 0));
    if (span >= 0) return { minutes: span, perSpeakerMinutes: null, text };
  }
  return none;
};

/** `Giải lao` → break; `Ý kiến phát biểu …` → remarks; `Kết luận …` → conclusion; else item. */
export const agendaKindOf = (content: string): AgendaItemKind => {
  const folded = foldForSearch(content);
  if (/^(giai lao|nghi giai lao|nghi giua gio)/.test(folded)) return 'break';
  if (/^(y kien phat bieu|phat bieu y kien)/.test(folded)) return 'remarks';
  if (/^(ket luan|phat bieu ket luan)/.test(folded)) return 'conclusion';
  return 'item';
};

/** `Bà Đỗ Thanh Huyền, chuyên gia UNDP` → person and organisation; `Sở Nội vụ` → organisation only. */
export const parsePresenter = (cell: string): { presenterOrganisation: string; presenterPerson: string } => {
  const text = cell.trim();
  const honorific = /^(?:Ông|Bà|Đồng chí|Đ\/c)\s+([^,–-]+?)\s*(?:[,–-]\s*(.*))?$/u.exec(text);
  if (honorific) return { presenterPerson: honorific[1]!.trim(), presenterOrganisation: (honorific[2] ?? '').trim() };
  const split = splitPersonTail(text);
  return { presenterOrganisation: split.organisation, presenterPerson: split.personName };
};

const SUB_MARK = /^(?:[-–—+•*]|\d+\.\d+\.?|[a-zđ]\)|[a-zđ]\.)$/u;

export interface AgendaBuilder {
  items: DraftAgendaItem[];
  /** The last top-level item: the parent of `-` rows. */
  lastTop: DraftAgendaItem | null;
  /** Row text that has no place in the agenda (extra columns, rows without content). */
  leftovers: string[];
}

export const createAgendaBuilder = (): AgendaBuilder => ({ items: [], lastTop: null, leftovers: [] });

const applyDuration = (builder: AgendaBuilder, item: DraftAgendaItem, cell: string) => {
  const duration = parseDurationCell(cell);
  if (!duration.text && duration.minutes === null && duration.perSpeakerMinutes === null) return;
  if (duration.perSpeakerMinutes !== null) {
    // The shared rule of a group belongs to the group's row, not to its first speaker.
    const target = item.parentKey && builder.lastTop ? builder.lastTop : item;
    target.perSpeakerMinutes = duration.perSpeakerMinutes;
    target.durationText = duration.text;
    return;
  }
  item.durationMinutes = duration.minutes;
  item.durationText = duration.text;
};

/** Adds one table row of the programme. */
export const addAgendaRow = (builder: AgendaBuilder, cells: readonly string[], map: ColumnMap): void => {
  const value = (column: Column) =>
    cells
      .filter((_cell, index) => map.columns[index] === column)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const extras = cells
    .map((cell, index) => ({ cell: cell.replace(/\s+/g, ' ').trim(), index }))
    .filter(({ cell, index }) => cell && !map.columns[index])
    .map(({ cell, index }) => (map.names[index] ? `${map.names[index]}: ${cell}` : cell));
  const number = value('number').replace(/\.$/, '');
  const content = value('content');
  const presenter = value('presenter');
  const duration = value('duration');
  const previous = builder.items[builder.items.length - 1];
  if (extras.length > 0) builder.leftovers.push(`${number ? `${number}. ` : ''}${content ? `${content} | ` : ''}${extras.join(' | ')}`);

  // Without a number column (a timetable: Thời gian | Nội dung | …) every row with content is an item.
  if (!number && previous && (map.columns.includes('number') || !content)) {
    // A row without a number continues the row above it (a cell broken across lines).
    if (content) previous.content = `${previous.content} ${content}`;
    if (presenter) {
      const joined = [previous.presenterOrganisation, previous.presenterPerson, presenter].filter(Boolean).join(' ');
      Object.assign(previous, parsePresenter(joined));
    }
    if (duration) applyDuration(builder, previous, [previous.durationText, duration].filter(Boolean).join(' '));
    return;
  }
  if (!content) {
    const rest = [number, presenter, duration].filter(Boolean).join(' | ');
    if (rest && extras.length === 0) builder.leftovers.push(rest);
    return;
  }
  const isSub = SUB_MARK.test(number);
  const parent = isSub ? builder.lastTop : null;
  const item: DraftAgendaItem = {
    key: `agenda-${builder.items.length + 1}`,
    parentKey: parent ? parent.key : null,
    number: number.slice(0, 10),
    content,
    ...parsePresenter(presenter),
    durationMinutes: null,
    perSpeakerMinutes: null,
    durationText: '',
    kind: agendaKindOf(content),
  };
  builder.items.push(item);
  if (!item.parentKey) builder.lastTop = item;
  applyDuration(builder, item, duration);
};
