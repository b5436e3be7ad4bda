/**
 * The attached programme (CHƯƠNG TRÌNH HỘI NGHỊ): a bordered table
 * STT | NỘI DUNG | THỰC HIỆN | THỜI LƯỢNG, with a column THỜI GIAN of clock times (`08:00 – 08:05`)
 * when the start of the meeting is exact: a row prints its times only when they follow from that
 * start and the durations before it (after an item of unknown length, nothing is printed rather
 * than a guess). programmeRows decides the text of each row; programmeTable styles it.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { computeSchedule, type ScheduledItem } from '../domain/agenda-schedule.js';
import type { AgendaItem, Conference } from '../domain/conference.schema.js';
import { bodyInSentence, citedNumber, documentTypeNameInSentence, HAND_FILL_BLANK } from './document-text.js';
import { clockTime, placeAndDateLine } from '../domain/vietnamese-dates.js';
import { centred, run, SIZE, STYLE_IDS, TEXT_WIDTH } from './styles.js';

export interface ProgrammeRow {
  number: string;
  content: string;
  presenter: string[];
  duration: string;
  /** `08:00 – 08:05`, `08:05` (start known, end not), or '' when the start is not exactly known. */
  clock: string;
  /** Rows the duration cell spans (1 = not merged; 0 = covered by the row above). */
  durationRowSpan: number;
  isTopLevel: boolean;
}

/** `Mỗi đại biểu trình bày 07 phút`. */
export const perSpeakerText = (minutes: number): string => `Mỗi đại biểu trình bày ${String(minutes).padStart(2, '0')} phút`;

/** The duration cell of one item: the printed text if any, else `5 phút`, else blank (never invented). */
export const durationText = (item: Pick<AgendaItem, 'durationMinutes' | 'durationText'>): string => {
  if (item.durationText.trim()) return item.durationText.trim();
  return item.durationMinutes === null ? '' : `${item.durationMinutes} phút`;
};

/** The clock times of one scheduled row: only what is exact, never a lower bound. */
export const clockText = (scheduled: ScheduledItem | undefined): string => {
  if (!scheduled?.start || !scheduled.startIsExact) return '';
  return scheduled.end ? `${clockTime(scheduled.start)} – ${clockTime(scheduled.end)}` : clockTime(scheduled.start);
};

const presenterLines = (item: AgendaItem): string[] => [item.presenterOrganisation.trim(), item.presenterPerson.trim()].filter(Boolean);

/**
 * Rows in display order: top items numbered 1, 2, …, their sub-items `-`. A group with a
 * per-speaker rule prints it once, merged down over its children when none has its own duration.
 * With the meeting's exact start (`YYYY-MM-DDTHH:mm`), each row whose start follows exactly has its clock times.
 */
export const programmeRows = (items: readonly AgendaItem[], startsAt: string | null = null): ProgrammeRow[] => {
  const schedule = computeSchedule(startsAt, items).byId;
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const ids = new Set(sorted.map((item) => item.id));
  const top = sorted.filter((item) => item.parentId === null || !ids.has(item.parentId));
  const rows: ProgrammeRow[] = [];
  top.forEach((item, index) => {
    const children = sorted.filter((child) => child.parentId === item.id);
    const rule = item.durationText.trim() || (item.perSpeakerMinutes !== null ? perSpeakerText(item.perSpeakerMinutes) : '');
    const childrenSilent = children.every((child) => durationText(child) === '');
    const mergeRule = rule !== '' && children.length > 0 && childrenSilent && item.durationMinutes === null;
    rows.push({
      number: String(index + 1),
      content: item.content.trim(),
      presenter: presenterLines(item),
      duration: mergeRule ? '' : rule || durationText(item),
      clock: clockText(schedule[item.id]),
      durationRowSpan: 1,
      isTopLevel: true,
    });
    children.forEach((child, childIndex) => {
      const merged = mergeRule && childIndex === 0;
      rows.push({
        number: '-',
        content: child.content.trim(),
        presenter: presenterLines(child),
        duration: merged ? rule : mergeRule ? '' : durationText(child),
        clock: clockText(schedule[child.id]),
        durationRowSpan: merged ? children.length : mergeRule ? 0 : 1,
        isTopLevel: false,
      });
    });
  });
  return rows;
};

/** `(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp)`. */
export const programmeCaption = (conference: Conference): string => {
  const issuer = bodyInSentence(conference.issuingBody) || bodyInSentence(conference.signerBody);
  const date = placeAndDateLine('', conference.issueDate, HAND_FILL_BLANK);
  const of = issuer ? ` của ${issuer}` : '';
  return `(Kèm theo ${documentTypeNameInSentence(conference.documentType)} số ${citedNumber(conference)} ${date}${of})`;
};

export const PROGRAMME_HEADINGS = ['STT', 'NỘI DUNG', 'THỰC HIỆN', 'THỜI LƯỢNG'] as const;
export const PROGRAMME_COLUMNS = [680, 4440, 2290, TEXT_WIDTH - 680 - 4440 - 2290] as const;
/** The heading of the clock column (the importer reads no field from it), and the widths with it. */
export const CLOCK_HEADING = 'GIỜ';
export const PROGRAMME_COLUMNS_WITH_CLOCK = [680, 3640, 2090, 1450, TEXT_WIDTH - 680 - 3640 - 2090 - 1450] as const;

const cellMargins = { top: 60, bottom: 60, left: 90, right: 90 };

const textCell = (
  width: number,
  lines: string[],
  options: { bold?: boolean; alignment?: 'left' | 'center' | 'justified'; rowSpan?: number } = {},
) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: cellMargins,
    verticalAlign: options.rowSpan && options.rowSpan > 1 ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(options.rowSpan && options.rowSpan > 1 ? { rowSpan: options.rowSpan } : {}),
    children: (lines.length ? lines : ['']).map(
      (line) =>
        new Paragraph({
          style: STYLE_IDS.compact,
          alignment:
            options.alignment === 'center'
              ? AlignmentType.CENTER
              : options.alignment === 'justified'
                ? AlignmentType.JUSTIFIED
                : AlignmentType.LEFT,
          children: [run(line, { size: SIZE.pt13, bold: options.bold ?? false })],
        }),
    ),
  });

/** The bordered programme table; its header row repeats on each page. The clock column only when a row has a time. */
export const programmeTable = (items: readonly AgendaItem[], startsAt: string | null = null): Table => {
  const rowTexts = programmeRows(items, startsAt);
  const withClock = rowTexts.some((row) => row.clock !== '');
  const widths: readonly number[] = withClock ? PROGRAMME_COLUMNS_WITH_CLOCK : PROGRAMME_COLUMNS;
  const headings: readonly string[] = withClock ? ['STT', CLOCK_HEADING, 'NỘI DUNG', 'THỰC HIỆN', 'THỜI LƯỢNG'] : PROGRAMME_HEADINGS;
  const [stt, ...rest] = widths as [number, ...number[]];
  const clockWidth = withClock ? rest.shift()! : 0;
  const [content, presenter, duration] = rest as [number, number, number];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headings.map((heading, index) => textCell(widths[index]!, [heading], { bold: true, alignment: 'center' })),
  });
  const rows = rowTexts.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          textCell(stt, [row.number], { alignment: 'center' }),
          ...(withClock ? [textCell(clockWidth, row.clock ? [row.clock] : [], { alignment: 'center' })] : []),
          textCell(content, [row.content], { alignment: 'justified' }),
          textCell(presenter, row.presenter, { alignment: 'center' }),
          ...(row.durationRowSpan === 0
            ? []
            : [textCell(duration, row.duration ? [row.duration] : [], { alignment: 'center', rowSpan: row.durationRowSpan })]),
        ],
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
};

/** The attached programme page: title, caption, the table and the note. Starts on a new page. */
export const programmeSection = (conference: Conference): (Paragraph | Table)[] => {
  if (conference.agendaItems.length === 0) return [];
  const note = conference.programmeNote.trim();
  return [
    new Paragraph({
      style: STYLE_IDS.compact,
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      children: [run('CHƯƠNG TRÌNH HỘI NGHỊ', { size: SIZE.pt14, bold: true })],
    }),
    centred(programmeCaption(conference), { size: SIZE.pt14, italics: true }, 240),
    programmeTable(conference.agendaItems, conference.startsAt),
    ...(note
      ? [
          new Paragraph({
            style: STYLE_IDS.body,
            spacing: { before: 120 },
            children: [run('* Ghi chú: ', { bold: true, italics: true }), run(note, { italics: true })],
          }),
        ]
      : []),
  ];
};
