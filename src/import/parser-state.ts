/** Where the parser of a convening document stands while it reads the lines (parse-plan.ts). */
import type { SectionState } from './body-sections.js';
import type { OutlineStack } from './outline.js';
import type { ColumnMap } from './programme.js';

export type Zone = 'header' | 'body' | 'distribution' | 'signature' | 'after_signature' | 'programme';

export interface ParserState {
  zone: Zone;
  outline: OutlineStack;
  /** Depth of the outline section where the current handler began. */
  sectionDepth: number;
  /** Collecting `- ` addressees after `Kính gửi:` or `… điện:`. */
  addressees: boolean;
  /** A list under a label of a letter or an invitation (`… kính mời:`, `Địa điểm:`, `đề nghị:`) read by a section's handler. */
  labelList: boolean;
  expectTitle: boolean;
  numberSeen: boolean;
  section: SectionState;
  signature: 'title' | 'name' | 'done';
  columns: ColumnMap | null;
  /** Inside a multi-line `(Kèm theo …)` note. */
  inAnnexNote: boolean;
}
