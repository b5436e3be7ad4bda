/**
 * Mammoth's simple HTML (p, h1–h6, ul/ol/li, table/tr/td/th, strong, em, a, br, img …) as
 * the line model. Paragraphs, headings and list items become lines (list items get a
 * `- ` bullet); `<br>` breaks a line; every table row becomes one line with its cells,
 * with merged cells (colspan/rowspan) expanded so columns stay aligned; a table nested in
 * a cell is flattened into that cell's paragraphs. Pure, no I/O, no dependency.
 */
import { cleanInline, isDecoration, tableLine, textLine, type PlanLine } from './plan-lines.js';

interface Cell {
  paragraphs: string[];
  colspan: number;
  rowspan: number;
}

interface TableState {
  rows: Cell[][];
  row: Cell[] | null;
  cell: Cell | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });

const spanAttribute = (attributes: string, name: string, max: number): number => {
  const match = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
  const value = match ? Number(match[1]) : 1;
  return Math.min(Math.max(1, value), max);
};

/** Rows of cells with colspan/rowspan expanded into empty cells, so that column n is column n in every row. */
export const expandGrid = (rows: readonly Cell[][]): string[][] => {
  const carried: number[] = [];
  return rows.map((row) => {
    const out: string[] = [];
    let column = 0;
    const skipCarried = () => {
      while ((carried[column] ?? 0) > 0) {
        carried[column] = (carried[column] ?? 0) - 1;
        out.push('');
        column += 1;
      }
    };
    for (const cell of row) {
      skipCarried();
      out.push(cell.paragraphs.join('\n'));
      for (let extra = 1; extra < cell.colspan; extra += 1) out.push('');
      for (let c = column; c < column + cell.colspan; c += 1) carried[c] = cell.rowspan - 1;
      column += cell.colspan;
    }
    while (column < carried.length) {
      if ((carried[column] ?? 0) > 0) {
        carried[column] = (carried[column] ?? 0) - 1;
        out.push('');
      } else if (carried.slice(column).some((n) => n > 0)) {
        out.push('');
      } else break;
      column += 1;
    }
    return out;
  });
};

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'div']);

export const htmlToLines = (html: string): PlanLine[] => {
  const lines: PlanLine[] = [];
  const tables: TableState[] = [];
  let buffer = '';
  let bullet = false;

  const emitParagraph = (text: string) => {
    const table = tables[tables.length - 1];
    if (table) {
      if (table.cell) table.cell.paragraphs.push(text);
      return; // text between cells is not part of any cell: mammoth never writes it
    }
    lines.push(textLine(text));
  };

  const flush = () => {
    const text = cleanInline(decodeEntities(buffer));
    buffer = '';
    if (!text || isDecoration(text)) return;
    emitParagraph(bullet && !/^[-–—•]\s/.test(text) ? `- ${text}` : text.replace(/^[–—•]\s/, '- '));
  };

  const closeTable = () => {
    const table = tables.pop();
    if (!table) return;
    const grid = expandGrid(table.rows);
    if (tables.length > 0) {
      for (const row of grid) for (const cell of row) for (const paragraph of cell.split('\n')) if (paragraph) emitParagraph(paragraph);
      return;
    }
    for (const row of grid) {
      const line = tableLine(row);
      if (line.text) lines.push(line);
    }
  };

  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--[\s\S]*?-->|([^<]+)|</g;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const [, closing, rawTag, attributes = '', text] = match;
    if (text !== undefined) {
      buffer += text;
      continue;
    }
    if (!rawTag) {
      if (match[0] === '<') buffer += '<';
      continue;
    }
    const tag = rawTag.toLowerCase();
    const table = tables[tables.length - 1];
    if (tag === 'br') {
      flush();
      bullet = false;
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      bullet = !closing && tag === 'li';
    } else if (tag === 'table') {
      flush();
      if (closing) closeTable();
      else tables.push({ rows: [], row: null, cell: null });
    } else if (tag === 'tr' && table) {
      flush();
      if (closing) {
        if (table.row) table.rows.push(table.row);
        table.row = null;
      } else table.row = [];
    } else if ((tag === 'td' || tag === 'th') && table) {
      flush();
      if (closing) {
        if (table.cell) (table.row ??= []).push(table.cell);
        table.cell = null;
      } else {
        table.cell = {
          paragraphs: [],
          colspan: spanAttribute(attributes, 'colspan', 50),
          rowspan: spanAttribute(attributes, 'rowspan', 1000),
        };
      }
    }
  }
  flush();
  while (tables.length > 0) closeTable();
  return lines;
};
