/**
 * Section II (Thành phần tham dự): bridge point headings and participant lines. A line
 * may hold several groups (`Đại diện lãnh đạo: A; B; C.`, `X; Y (do … mời).`); every
 * group keeps the whole printed line in `text`, so nothing printed is lost. Pure.
 */
import { foldForSearch } from '../domain/text.js';

export interface ParsedGroup {
  organisation: string;
  role: string;
  count: number | null;
  personName: string;
  isRepresentative: boolean;
  isPresiding: boolean;
  invitedBy: string;
}

export interface PointHeading {
  name: string;
  quota: number | null;
  /** `Đầu cầu cấp huyện`, `Các điểm cầu huyện`: one heading for every other point. */
  isEveryOtherPoint: boolean;
}

/** `Điểm cầu Tỉnh: 40 đại biểu.` → name Điểm cầu Tỉnh, quota 40; `Đầu cầu cấp huyện` → every other point. */
export const parsePointHeading = (text: string): PointHeading | null => {
  const match =
    /^(?:Tại\s+)?((?:các\s+)?(?:điểm|đầu)\s+cầu\b.*?)(?:\s*[:(-]\s*(?:khoảng\s+|tối đa\s+)?(\d+)\s*(?:đại biểu|người)\)?)?\s*[.:]?$/iu.exec(
      text,
    );
  if (!match) return null;
  const name = match[1]!.trim().replace(/[.:,]$/, '');
  const folded = foldForSearch(name);
  return {
    name: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1),
    quota: match[2] ? Number(match[2]) : null,
    isEveryOtherPoint: /\bcap (huyen|xa|tinh)\b|^cac\b|\bcac (huyen|xa|don vi)\b|con lai/.test(folded),
  };
};

/** Headings whose guests join through the conferencing software rather than at a hall. */
export const isRemoteCategory = (heading: string): boolean => /ket noi|phan mem|truc tuyen|tu xa/.test(foldForSearch(heading));

const SURNAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Trương Mai Tô Tạ Châu Lưu Thái Lương Kiều Quách Tăng Đào Trịnh Triệu Vương Mạc Thân Nông Diệp Hứa Khổng Lục Ông Phùng Tôn Từ Văn Viên Hà Cao La Thạch'.split(
    ' ',
  ),
);
const NOT_PERSON = /\b(Hồ Chí Minh|Cao Lãnh|Hà Nội|Hà Tĩnh|Hà Giang|Hà Nam|Cao Bằng|Lâm Đồng|Trần Văn Thời)\b/u;
const isCapitalised = (word: string) => /^\p{Lu}\p{Ll}*$/u.test(word);

/**
 * `UBND Tỉnh Phạm Thiện Nghĩa` → organisation `UBND Tỉnh`, person `Phạm Thiện Nghĩa`: a tail of
 * three to five capitalised words that begins with a Vietnamese surname is a person's name.
 */
export const splitPersonTail = (text: string): { organisation: string; personName: string } => {
  const words = text.split(' ');
  for (let start = 1; start <= words.length - 3; start += 1) {
    const tail = words.slice(start);
    if (tail.length > 5 || !SURNAMES.has(tail[0]!) || !tail.every(isCapitalised)) continue;
    const personName = tail.join(' ');
    if (NOT_PERSON.test(personName)) continue;
    return { organisation: words.slice(0, start).join(' '), personName };
  }
  return { organisation: text, personName: '' };
};

const HONORIFIC = /^(?:Ông|Bà|Đồng chí|Đ\/c|Đ\/\s?c|TS\.|ThS\.|PGS\.?\s?TS\.|GS\.?\s?TS\.)\s+(.+)$/iu;
/** What follows an organisation's name but is not part of it. */
const ORGANISATION_TAIL = /\s+(?:phụ trách|và các thành phần|và thành phần)\b.*$/u;
const ROLES = [
  'Ủy viên',
  'Bộ trưởng',
  'Thứ trưởng',
  'Chỉ huy trưởng',
  'Thành viên',
  'Trưởng',
  'Phó Chủ tịch Thường trực',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Bí thư',
  'Bí thư',
  'Thường trực',
  'Phó Giám đốc',
  'Giám đốc',
  'Phó Thủ trưởng',
  'Thủ trưởng',
  'Phó Trưởng ban',
  'Trưởng ban',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Lãnh đạo',
  'Cục trưởng',
  'Vụ trưởng',
  'Tổng Giám đốc',
  'Công chức',
  'Cán bộ',
  'Chuyên viên',
].sort((a, b) => b.length - a.length);

/** Splits at `;` outside parentheses. */
export const splitTopLevel = (text: string, separator = ';'): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === separator && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
};

const emptyGroup = (): ParsedGroup => ({
  organisation: '',
  role: '',
  count: null,
  personName: '',
  isRepresentative: false,
  isPresiding: false,
  invitedBy: '',
});

/** One part of a participant line (no `;` inside): person, representative, role + organisation, or organisation. */
const parsePart = (part: string, shared: Partial<ParsedGroup> = {}): ParsedGroup => {
  const group = { ...emptyGroup(), ...shared };
  let rest = part
    .replace(/[.;,]+$/, '')
    .replace(/^các đồng chí\s+/iu, '')
    .trim();
  const presiding = /\s*\((?:chủ trì|chủ trì hội nghị)\)/iu;
  if (presiding.test(rest)) {
    group.isPresiding = true;
    rest = rest.replace(presiding, '').trim();
  }
  const invited = /\s*\(do\s+(.+?)\s+mời\)/iu.exec(rest);
  if (invited) {
    group.invitedBy = invited[1]!.trim();
    rest = rest.replace(invited[0], '').trim();
  }
  const count = /[:,(]?\s*(\d+)\s*(?:đại biểu|người|đồng chí)\)?$/iu.exec(rest);
  if (count && count.index > 0) {
    group.count = Number(count[1]);
    rest = rest
      .slice(0, count.index)
      .trim()
      .replace(/[:,(]$/, '')
      .trim();
  }
  const person = HONORIFIC.exec(rest);
  // `Đồng chí Phó Chủ tịch …`: an honorific before a title, not before a name.
  const titleAfterHonorific = person
    ? ROLES.find((r) => person[1]!.toLocaleLowerCase('vi').startsWith(`${r.toLocaleLowerCase('vi')} `))
    : undefined;
  if (person && titleAfterHonorific) rest = person[1]!;
  if (person && !titleAfterHonorific) {
    const [name = '', ...details] = person[1]!.split(/,\s*|\s+[-–]\s+/u);
    group.personName = name.trim();
    // The first title after the name is the role (`…, Chủ tịch UBND tỉnh, Trưởng Ban …`).
    const detail = details[0] ?? '';
    const of = detail.search(/\s(của|thuộc|tại)\s/u);
    const role = ROLES.find((r) => detail.toLocaleLowerCase('vi').startsWith(`${r.toLocaleLowerCase('vi')} `));
    if (of > 0) {
      group.role = detail.slice(0, of).trim();
      group.organisation = detail
        .slice(of)
        .replace(/^\s*(của|thuộc|tại)\s+/u, '')
        .trim();
    } else if (role) {
      group.role = detail.slice(0, role.length);
      group.organisation = detail.slice(role.length).trim();
    } else group.role = detail;
    return group;
  }
  const representative = /^Đại diện(\s+lãnh đạo)?\s*(.*)$/iu.exec(rest);
  if (representative) {
    group.isRepresentative = true;
    group.role = representative[1] ? 'Đại diện lãnh đạo' : 'Đại diện';
    group.organisation = representative[2]!.trim();
    return group;
  }
  const role = ROLES.find((r) => rest.toLocaleLowerCase('vi').startsWith(`${r.toLocaleLowerCase('vi')} `));
  if (role) {
    group.role = rest.slice(0, role.length);
    const split = splitPersonTail(rest.slice(role.length).trim().replace(ORGANISATION_TAIL, ''));
    group.organisation = split.organisation;
    group.personName = split.personName;
    return group;
  }
  group.organisation = rest;
  return group;
};

const KIND_OF_BODY: Record<string, string> = { bo: 'Bộ', so: 'Sở', ban: 'Ban', nganh: 'Ngành', 'dang uy': 'Đảng ủy' };

/**
 * `Bộ trưởng các Bộ: Công an, Quốc phòng` → role Bộ trưởng, one group per body (`Bộ Công an`);
 * `đại diện lãnh đạo các sở: Nội vụ, Tư pháp` likewise; null for any other part.
 */
const roleForBodies = (part: string): ParsedGroup[] | null => {
  const match = /^(.{2,60}?)\s+các\s+(bộ|sở|ban|ngành|đảng ủy)\s*:\s*(.+)$/iu.exec(part.replace(/[.;]+$/, ''));
  if (!match) return null;
  const role = match[1]!.trim();
  const kind = KIND_OF_BODY[foldForSearch(match[2]!)] ?? match[2]!;
  const representative = /^đại diện/iu.test(role);
  return splitTopLevel(match[3]!, ',').map((name) => ({
    ...emptyGroup(),
    role,
    organisation: `${kind} ${name.replace(/^và\s+/u, '').trim()}`,
    isRepresentative: representative,
  }));
};

/** One part of a line (no top-level `;`) → its groups. */
const parseParts = (part: string): ParsedGroup[] => {
  const bodies = roleForBodies(part);
  if (bodies) return bodies;
  const listed = /^(Đại diện(?:\s+lãnh đạo)?)\s*:\s*(.+)$/iu.exec(part);
  if (listed) {
    const role = /lãnh đạo/iu.test(listed[1]!) ? 'Đại diện lãnh đạo' : 'Đại diện';
    return splitTopLevel(listed[2]!.replace(/[.;]+$/, ''), ',').map((organisation) => ({
      ...parsePart(organisation),
      role,
      isRepresentative: true,
    }));
  }
  // `lãnh đạo A, B, C` (01: `Lãnh đạo Công an tỉnh`): one role for a comma list of bodies.
  const lead = /^(lãnh đạo|giám đốc)\s+(.+)$/iu.exec(part.replace(/[.;]+$/, ''));
  if (lead && /,/.test(lead[2]!)) {
    const role = lead[1]!;
    const repeated = new RegExp(`^${role}\\s+`, 'iu');
    return splitTopLevel(lead[2]!, ',').map((organisation) => ({
      ...emptyGroup(),
      role,
      organisation: organisation.replace(/^và\s+/u, '').replace(repeated, ''),
    }));
  }
  return [parsePart(part)];
};

/**
 * One printed participant line (bullet removed) → its groups.
 * `Đại diện lãnh đạo: A; B; C.` gives one representative group per organisation; so do
 * `Bộ trưởng các Bộ: A, B, C` and `đại diện lãnh đạo các sở: A, B`.
 */
export const parseParticipantLine = (printed: string): ParsedGroup[] => {
  let line = printed;
  line = line.replace(/[;.]+$/, '');
  const listed = /^(Đại diện(?:\s+lãnh đạo)?)\s*:\s*(.+)$/iu.exec(line);
  if (listed && line.includes(';')) {
    const role = /lãnh đạo/iu.test(listed[1]!) ? 'Đại diện lãnh đạo' : 'Đại diện';
    return splitTopLevel(listed[2]!).map((organisation) => ({
      ...parsePart(organisation),
      role,
      isRepresentative: true,
    }));
  }
  const groups = splitTopLevel(line).flatMap(parseParts);
  return groups.length > 0 ? groups : [parsePart(printed)];
};
