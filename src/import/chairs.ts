/**
 * Chủ trì and đồng chủ trì: `Chủ trì: đồng chí Nguyễn Văn Hậu, Phó Chủ tịch UBND tỉnh;
 * đồng chủ trì: …`, a participant marked `(chủ trì)`, a title alone (`Chủ trì: Chủ tịch
 * Ủy ban nhân dân tỉnh`). The person's name is kept only when the text gives one. Pure.
 */
import type { ChairInput, ChairRole } from '../domain/conference.schema.js';
import { splitPersonTail, splitTopLevel } from './participants.js';

const HONORIFIC = /^(?:đồng chí|đ\/c|ông|bà)\s+/iu;
const NAME = /^(\p{Lu}\p{Ll}*)(\s+\p{Lu}\p{Ll}*){1,4}$/u;

/** `đồng chí Hoàng Minh Tâm, Phó Chủ tịch …` → name and title; `Chủ tịch Ủy ban nhân dân tỉnh` → title only. */
export const personAndTitle = (text: string): { personName: string; title: string } => {
  const clean = text.replace(/[.;]+$/, '').trim();
  const honoured = HONORIFIC.test(clean);
  const rest = clean.replace(HONORIFIC, '').trim();
  const comma = rest.indexOf(',');
  const first = comma > 0 ? rest.slice(0, comma).trim() : rest;
  if ((honoured || comma > 0) && NAME.test(first)) {
    const title =
      comma > 0
        ? rest
            .slice(comma + 1)
            .split(',')[0]!
            .trim()
        : '';
    return { personName: first, title };
  }
  // `Phó Thủ tướng Chính phủ Trịnh Quốc Bảo`: a title, then the name.
  const tail = splitPersonTail(rest);
  return tail.personName
    ? { personName: tail.personName, title: tail.organisation }
    : { personName: '', title: rest.split(',')[0]!.trim() };
};

export const chairOf = (role: ChairRole, text: string, printed: string): ChairInput => ({
  role,
  ...personAndTitle(text),
  text: printed.slice(0, 1000),
});

/** `Chủ trì: …; đồng chủ trì: …` → one chair per part; null when the line is not about the chair. */
export const parseChairLine = (text: string): ChairInput[] | null => {
  if (!/^(?:đồng\s+)?chủ trì\s*:/iu.test(text)) return null;
  const chairs: ChairInput[] = [];
  for (const part of splitTopLevel(text)) {
    const match = /^(đồng\s+)?chủ trì\s*:?\s*(.*)$/iu.exec(part);
    if (!match || !match[2]) continue;
    chairs.push(chairOf(match[1] ? 'co_chair' : 'chair', match[2], text));
  }
  return chairs;
};

/** A participant part marked `(chủ trì)` or `(chủ trì Hội nghị)`: the conference's chair (not `chủ trì tại điểm cầu`). */
export const PRESIDING = /\s*\((?:chủ trì|chủ trì hội nghị)\)/iu;
