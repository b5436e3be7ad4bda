/**
 * The outline as the editor lists it: the sections in document order (each parent before its
 * subsections, each level by position) with their depth, and the body of PUT /outline. Pure.
 */
import type { OutlineSection } from '../../../../src/domain/conference.schema.js';
import type { OutlineSectionWrite } from '../../api/conferences.js';

export type OutlineRow = OutlineSection & { depth: number };

export const outlineRows = (sections: readonly OutlineSection[]): OutlineRow[] => {
  const children = new Map<string | null, OutlineSection[]>();
  for (const section of sections) {
    const siblings = children.get(section.parentId) ?? [];
    siblings.push(section);
    children.set(section.parentId, siblings);
  }
  const rows: OutlineRow[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const section of [...(children.get(parentId) ?? [])].sort((a, b) => a.position - b.position)) {
      rows.push({ ...section, depth });
      walk(section.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
};

/** The sections keyed by their ids, in document order: what the server stores again. */
export const outlineWrite = (rows: readonly OutlineRow[]): OutlineSectionWrite[] =>
  rows.map((row) => ({
    key: row.id,
    parentKey: row.parentId,
    numbering: row.numbering,
    heading: row.heading,
    kind: row.kind,
    paragraphs: row.paragraphs,
  }));
