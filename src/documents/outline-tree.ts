/**
 * The document's outline (conference.outline, a flat list with parent ids) as a tree in
 * document order. A section whose parent is missing, or that would close a cycle, is
 * printed at the top level rather than lost. Pure.
 */
import type { OutlineSection } from '../domain/conference.schema.js';

export interface OutlineNode {
  section: OutlineSection;
  children: OutlineNode[];
}

/** The top-level sections, each with its sub-sections, all in position order. */
export const outlineSections = (outline: readonly OutlineSection[]): OutlineNode[] => {
  const sorted = [...outline].sort((a, b) => a.position - b.position);
  const ids = new Set(sorted.map((section) => section.id));
  const byId = new Map(sorted.map((section) => [section.id, section]));
  /** True when following the parents from `section` reaches a section without parent. */
  const rooted = (section: OutlineSection): boolean => {
    const seen = new Set<string>();
    let current: OutlineSection | undefined = section;
    while (current?.parentId) {
      if (seen.has(current.id) || !ids.has(current.parentId)) return false;
      seen.add(current.id);
      current = byId.get(current.parentId);
    }
    return true;
  };
  const isTop = (section: OutlineSection) => section.parentId === null || !rooted(section);
  const build = (section: OutlineSection): OutlineNode => ({
    section,
    children: sorted.filter((child) => child.parentId === section.id && !isTop(child)).map(build),
  });
  return sorted.filter(isTop).map(build);
};
