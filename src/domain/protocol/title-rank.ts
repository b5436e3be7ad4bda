/**
 * The default protocol rank (thứ tự nghi thức) of a title (chức vụ), as Vietnamese protocol
 * orders the Party committee, the People's Council (HĐND) and the People's Committee (UBND)
 * of a province, a district and a commune, and the heads of departments and offices. Pure.
 *
 * Ranks are positions: 1 comes first. Explicit ranks (typed, imported, set by drag) use the
 * same scale, so an explicit 5 sits with the title default 5. A title this table does not
 * recognise has no default (null): it is shown as unranked, never given an invented rank.
 * A title of several offices ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") takes its highest.
 */
import { foldForSearch } from '../text.js';

type Level = 'province' | 'district' | 'commune';
type Office =
  | 'secretary'
  | 'standing_deputy_secretary'
  | 'deputy_secretary'
  | 'standing_committee_member'
  | 'council_chair'
  | 'council_deputy_chair'
  | 'committee_chair'
  | 'committee_deputy_chair';

/** Province: the Thường trực Tỉnh ủy (Bí thư, Phó Bí thư Thường trực), the chairs of HĐND and UBND, then their deputies. */
const LADDER: Record<Level, Partial<Record<Office, number>>> = {
  province: {
    secretary: 1,
    standing_deputy_secretary: 2,
    council_chair: 3,
    committee_chair: 4,
    deputy_secretary: 5,
    standing_committee_member: 6,
    council_deputy_chair: 7,
    committee_deputy_chair: 8,
  },
  district: {
    secretary: 11,
    standing_deputy_secretary: 12,
    council_chair: 13,
    committee_chair: 14,
    deputy_secretary: 16,
    council_deputy_chair: 17,
    committee_deputy_chair: 18,
  },
  commune: {
    secretary: 23,
    standing_deputy_secretary: 24,
    council_chair: 25,
    committee_chair: 26,
    deputy_secretary: 27,
    council_deputy_chair: 28,
    committee_deputy_chair: 29,
  },
};

/** Heads of provincial departments and the offices of the province's bodies (Văn phòng UBND tỉnh, Văn phòng Tỉnh ủy). */
export const DEPARTMENT_HEAD_RANK = 10;
/** Their deputies (Phó Giám đốc Sở, Phó Trưởng ban, Phó Chánh Văn phòng UBND tỉnh). */
export const DEPARTMENT_DEPUTY_RANK = 15;
/** A Chánh Văn phòng below the province (of a Sở, or not said): after the deputy directors. */
const OFFICE_HEAD_RANK = 19;
const OFFICE_DEPUTY_RANK = 20;
const SECTION_HEAD_RANK = 21;
const SECTION_DEPUTY_RANK = 22;
/** The largest default rank; explicit ranks may go beyond. */
export const LAST_TITLE_RANK = 29;

// Word boundaries on the folded text (lower case, no diacritics). "cơ quan", "địa phương" and
// "xã hội" are not a district, a ward or a commune.
const COMMUNE = /(^|[^a-z])((?<!thi )xa(?! hoi)|(?<!dia )phuong|thi tran|dang uy xa)([^a-z]|$)/;
const DISTRICT = /(^|[^a-z])(huyen|(?<!co )quan|thi xa|thi uy|thanh uy|thanh pho(?! truc thuoc trung uong))([^a-z]|$)/;
const PROVINCE = /(^|[^a-z])(tinh|thanh pho truc thuoc trung uong)([^a-z]|$)/;

/** The level a part of a title names, the most local first (a commune of a district of a province is a commune). */
const levelOf = (text: string): Level | null =>
  COMMUNE.test(text) ? 'commune' : DISTRICT.test(text) ? 'district' : PROVINCE.test(text) ? 'province' : null;

const COUNCIL = /\b(hdnd|hoi dong nhan dan)\b/;
const COMMITTEE = /\b(ubnd|uy ban nhan dan)\b/;
const PARTY = /\b(tinh uy|huyen uy|quan uy|thi uy|thanh uy|dang uy|dang bo)\b/;

/** The office a part of a title names, or null. "Phó" is read before the office it qualifies. */
const officeOf = (text: string): Office | null => {
  const deputyChair = /\b(pho chu tich|pct)\b/.test(text);
  const chair = !deputyChair && /\b(chu tich|ct)\b/.test(text);
  if (chair || deputyChair) {
    if (COMMITTEE.test(text)) return chair ? 'committee_chair' : 'committee_deputy_chair';
    if (COUNCIL.test(text)) return chair ? 'council_chair' : 'council_deputy_chair';
    return null; // Chủ tịch of an association, a union, the Front: not on this ladder.
  }
  if (/\bpho bi thu\b/.test(text)) return /\bthuong truc\b/.test(text) ? 'standing_deputy_secretary' : 'deputy_secretary';
  if (/\bbi thu\b/.test(text) && PARTY.test(text)) return 'secretary';
  if (/\buy vien (ban thuong vu|btv)\b/.test(text)) return 'standing_committee_member';
  return null;
};

/** Heads and deputies of departments, offices and sections, level-aware where it matters. */
const headRankOf = (text: string, level: Level | null): number | null => {
  const deputy = /\b(pho giam doc|pgd|pho chanh van phong|pho cvp|pho truong ban|pho truong phong)\b/.test(text);
  if (/\b(chanh van phong|cvp)\b/.test(text)) {
    // The office of the province's bodies is a department; the office of a Sở comes after its deputy directors.
    const provincial = level === 'province' && !/\bso\b/.test(text);
    if (provincial) return deputy ? DEPARTMENT_DEPUTY_RANK : DEPARTMENT_HEAD_RANK;
    return deputy ? OFFICE_DEPUTY_RANK : OFFICE_HEAD_RANK;
  }
  if (/\b(giam doc|gd|pgd)\b/.test(text) && (/\bso\b/.test(text) || level === 'province' || level === null)) {
    return deputy ? DEPARTMENT_DEPUTY_RANK : DEPARTMENT_HEAD_RANK;
  }
  if (/\btruong ban\b/.test(text) && (level === 'province' || PARTY.test(text))) {
    return deputy ? DEPARTMENT_DEPUTY_RANK : DEPARTMENT_HEAD_RANK;
  }
  if (/\btruong phong\b/.test(text)) return deputy ? SECTION_DEPUTY_RANK : SECTION_HEAD_RANK;
  return null;
};

const rankOfPart = (part: string): number | null => {
  const text = foldForSearch(part).replace(/[^a-z0-9]+/g, ' ');
  if (!text.trim()) return null;
  const level = levelOf(text);
  const office = officeOf(text);
  if (office) return level ? (LADDER[level][office] ?? null) : null;
  return headRankOf(text, level);
};

/** The default rank of a title, or null when the title is not one this table knows. */
export const titleRank = (title: string): number | null => {
  const ranks = title
    .split(/[,;\n]|\s-\s|\s–\s/)
    .map(rankOfPart)
    .filter((rank): rank is number => rank !== null);
  return ranks.length > 0 ? Math.min(...ranks) : null;
};
