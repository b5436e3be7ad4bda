/**
 * Section III (Phân công thực hiện): the heading of each assignment names the lead agency,
 * each bullet is a task. Co-operating agencies come from `phối hợp (với) X`; a task that
 * drafts or presents a document names it in `producesDocument`. Pure.
 */
import { foldForSearch } from '../domain/text.js';

/**
 * `1. Sở Nội vụ` → lead Sở Nội vụ; `4. Các cơ quan Báo, …: Tham dự, đưa tin.` → the agency
 * before the colon and the text after it as the only task.
 */
export const parseAssignmentHeading = (text: string): { leadAgency: string; inlineTask: string | null } => {
  // `Sở Công Thương (cơ quan thường trực …)`: the agency without its note.
  const lead = (agency: string) => agency.replace(/\s*\([^)]*\)\s*$/u, '').trim() || agency.trim();
  const colon = text.indexOf(':');
  if (colon > 0 && colon < text.length - 1) {
    return { leadAgency: lead(text.slice(0, colon)), inlineTask: text.slice(colon + 1).trim() };
  }
  return { leadAgency: lead(text.replace(/[.:;]+$/, '')), inlineTask: null };
};

/** Verbs that end an agency's name at the start of a task: `Văn phòng Tỉnh ủy chủ trì, …`. */
const TASK_VERB =
  /\s+(chủ trì|phối hợp|chuẩn bị|gửi|bố trí|thông tin|chỉ đạo|kiểm tra|tổng hợp|xây dựng|tham mưu|báo cáo|phát hành|bảo đảm|đảm bảo|cử|tổ chức|thực hiện|hướng dẫn|theo dõi|tiếp nhận|rà soát|dự thảo)(?=[\s,.;:]|$)/u;

/** `Văn phòng Tỉnh ủy chủ trì, phối hợp …` → `Văn phòng Tỉnh ủy: chủ trì, phối hợp …`; null when it names no agency first. */
export const agencyAndTask = (text: string): string | null => {
  const verb = TASK_VERB.exec(text);
  if (!verb || verb.index < 3 || verb.index > 150) return null;
  const agency = text
    .slice(0, verb.index)
    .trim()
    .replace(/^(?:đề nghị|giao)\s+/iu, '');
  if (!/^\p{Lu}/u.test(agency) || (agency.includes(',') === false && agency.split(' ').length > 14)) return null;
  return `${agency}: ${text.slice(verb.index).trim()}`;
};

/** The first words of an agency's name. */
const AGENCY_WORDS = [
  'Sở',
  'Văn phòng',
  'VP',
  'UBND',
  'Ủy ban',
  'Ban',
  'Bộ',
  'Cục',
  'Vụ',
  'Công an',
  'Bộ Chỉ huy',
  'Đài',
  'Báo',
  'Cổng',
  'Trung tâm',
  'Hội',
  'Liên đoàn',
  'Tỉnh',
  'Thành',
  'Huyện',
  'Phòng',
  'Chi cục',
  'Kho bạc',
  'Ngân hàng',
  'Viện',
  'Trường',
  'Bệnh viện',
  'Đoàn',
  'Mặt trận',
  'Bảo hiểm',
  'Thanh tra',
  'Tòa án',
  'Viện kiểm sát',
  'Đảng ủy',
  'Hội đồng',
  'HĐND',
  'Cơ quan',
  'đơn vị',
  'địa phương',
  'các cơ quan',
  'các đơn vị',
  'các sở',
];
const AGENCY_START = new RegExp(`^(?:các\\s+)?(?:${AGENCY_WORDS.join('|')})`, 'u');

/** Words that end an agency name: the verb of the task that follows it. */
const VERB_WORDS = [
  'liên hệ',
  'xác nhận',
  'thực hiện',
  'tổ chức',
  'chuẩn bị',
  'triển khai',
  'đón tiếp',
  'tham mưu',
  'báo cáo',
  'rà soát',
  'hướng dẫn',
  'kiểm tra',
  'theo dõi',
  'tổng hợp',
  'cung cấp',
  'bố trí',
  'đảm bảo',
  'bảo đảm',
  'trình',
  'tham gia',
  'xây dựng',
  'phục vụ',
  'để',
  'trong',
  'theo',
  'khi',
  'trước',
  'sau',
  'nhằm',
  'gửi',
  'mời',
  'có',
  'về',
];
const VERBS = new RegExp(`\\s+(?:${VERB_WORDS.join('|')})(?=\\s|$|[,;.])`, 'u');

/** `Chủ trì, phối hợp Văn phòng UBND Tỉnh liên hệ …` → [Văn phòng UBND Tỉnh]. */
export const cooperatingAgenciesOf = (text: string): string[] => {
  const agencies: string[] = [];
  const pattern = /phối hợp(?:\s+với)?\s+([^;.(:]+)/giu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let phrase = match[1]!;
    const verb = VERBS.exec(phrase);
    if (verb) phrase = phrase.slice(0, verb.index);
    for (const part of phrase.split(
      /,\s*|\s+và\s+(?=(?:các\s+)?(?:Sở|Văn phòng|UBND|Ủy ban|Ban|Bộ|Cục|Công an|Đài|Báo|Cổng|Trung tâm|Hội|Phòng)\s)/u,
    )) {
      const agency = part.trim();
      if (agency && AGENCY_START.test(agency) && !agencies.includes(agency)) agencies.push(agency);
    }
  }
  return agencies;
};

const DOCUMENTS: [RegExp, string][] = [
  [/[dD]ự thảo Thông báo kết luận/u, 'dự thảo Thông báo kết luận'],
  [/[dD]ự thảo Quyết định/u, 'dự thảo Quyết định'],
  [/[dD]ự thảo Kế hoạch/u, 'dự thảo Kế hoạch'],
  [/Tờ trình/u, 'Tờ trình'],
  [/(?<![dD]ự thảo )Thông báo kết luận/u, 'Thông báo kết luận'],
  [/bài phát biểu/iu, 'bài phát biểu'],
  [/Báo cáo/u, 'Báo cáo'],
  [/(?:nội dung )?tham luận/u, 'tham luận'],
];

/** Verbs before a document that mean the task reads or discusses it rather than producing it. */
const NOT_PRODUCING = /thảo luận|góp ý|cho ý kiến|nghiên cứu|tham dự|theo dõi/iu;

/**
 * Short names of the documents a task produces: `Chuẩn bị và trình bày Báo cáo …; dự thảo
 * Quyết định …` → `Báo cáo; dự thảo Quyết định`. A clause that discusses a draft
 * (`tham gia thảo luận dự thảo Quyết định`) produces nothing.
 */
export const producedDocuments = (text: string): string => {
  const found: string[] = [];
  for (const clause of text.split(/;|\.\s/u)) {
    const hits = DOCUMENTS.map(([pattern, name]) => ({ name, index: clause.search(pattern) })).filter((hit) => hit.index >= 0);
    for (const hit of hits.sort((a, b) => a.index - b.index)) {
      if (NOT_PRODUCING.test(clause.slice(0, hit.index))) continue;
      if (found.includes(hit.name)) continue;
      if (hit.name === 'Thông báo kết luận' && found.includes('dự thảo Thông báo kết luận')) continue;
      found.push(hit.name);
    }
  }
  return found.join('; ');
};

/** A task that prepares a contribution "theo phân công tại Chương trình" refers to the agenda's contributions. */
export const refersToContributions = (text: string): boolean => {
  const folded = foldForSearch(text);
  return folded.includes('tham luan') && folded.includes('chuong trinh');
};
