/**
 * `diemcau import FILE`: reads the file, imports the plan, stores it through
 * `createFromDraft` and prints, in Vietnamese, the new conference's id, what was placed
 * and every line left unclassified. Exit codes: 0 imported, 1 the file is not an
 * importable plan or storing failed, 2 the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PlanDraft } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { importPlan } from './index.js';
import { errorText } from '../domain/errors.js';

export interface ImportCommandDeps {
  createFromDraft(draft: PlanDraft): Promise<{ id: string; title: string; unclassified: unknown[] }>;
}

/** What was placed, as lines of the report. */
export const draftSummary = (draft: PlanDraft): string[] => {
  const tasks = draft.assignments.reduce((sum, assignment) => sum + assignment.tasks.length, 0);
  const subItems = draft.agendaItems.filter((item) => item.parentKey !== null).length;
  return [
    `  Điểm cầu: ${draft.bridgePoints.length}`,
    `  Thành phần tham dự: ${draft.participantGroups.length}`,
    `  Phân công: ${draft.assignments.length} đơn vị, ${tasks} nhiệm vụ`,
    `  Chương trình: ${draft.agendaItems.length - subItems} nội dung, ${subItems} nội dung con`,
    `  Nơi nhận: ${draft.distribution.length} dòng`,
    `  Chi phí: ${draft.costLines.length} khoản`,
    `  Phiên họp: ${draft.sessions.length}${draft.startsAt ? '' : ' (thời gian bắt đầu chưa xác định)'}`,
    `  Bố cục văn bản: ${draft.outline.length} mục`,
    `  Giữ nguyên văn trong mục riêng: ${freeLines(draft).length} dòng`,
    `  Chưa phân loại: ${draft.unclassified.length} dòng`,
  ];
};

/** The lines kept as the text of a section not bound to the model (purpose, form, documents, other): the report lists them. */
export const freeLines = (draft: PlanDraft): { section: string; text: string }[] =>
  draft.outline.flatMap((section) =>
    section.paragraphs.map((paragraph) => ({
      section: `${section.numbering}. ${section.heading}`.replace(/^\. /, ''),
      text: paragraph.text,
    })),
  );

const describeError = (error: unknown): string => {
  if (error instanceof DomainError) return `${error.localized.vi} (${error.code})`;
  return errorText(error);
};

export const runImportCommand = async (filePath: string, deps: ImportCommandDeps, out: (line: string) => void): Promise<number> => {
  let data: Buffer;
  try {
    data = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    out(`Không đọc được tệp “${filePath}”${code === 'ENOENT' ? ': tệp không tồn tại' : code ? ` (${code})` : ''}.`);
    return 2;
  }
  let draft: PlanDraft;
  try {
    draft = await importPlan({ fileName: basename(filePath), data });
  } catch (error) {
    out(`Không nhập được kế hoạch: ${describeError(error)}`);
    return 1;
  }
  let created: { id: string; title: string; unclassified: unknown[] };
  try {
    created = await deps.createFromDraft(draft);
  } catch (error) {
    out(`Không lưu được kế hoạch: ${describeError(error)}`);
    if (error instanceof DomainError) for (const field of error.fields) out(`  ${field.path}: ${field.message.vi}`);
    return 1;
  }
  out(`Đã nhập hội nghị ${created.id}`);
  out(`  Trích yếu: ${created.title}`);
  for (const line of draftSummary(draft)) out(line);
  const free = freeLines(draft);
  if (free.length > 0) {
    out('Các dòng giữ nguyên văn trong mục riêng của văn bản (in lại đúng chỗ):');
    for (const item of free) out(`  [${item.section}] ${item.text}`);
  }
  if (draft.unclassified.length > 0) {
    out('Các dòng chưa phân loại (cần xem lại và đưa vào đúng mục):');
    for (const item of draft.unclassified) out(`  [${item.section || 'không rõ mục'}] ${item.text}`);
  }
  return 0;
};
