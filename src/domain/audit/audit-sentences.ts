/**
 * An audit entry as a sentence a secretariat can read: "Nguyễn Văn An bỏ qua nội dung 4 «Gợi ý
 * thảo luận»." (English on request), built from the action code (one template each:
 * audit-phrases.ts) and what the entry stored. Names are resolved where the entry lets us: the
 * item's number and title and the bridge point's name from the conference the caller passes,
 * else the names the stored details carry; what is not known is left out, never shown as a code
 * or an identifier. Pure: no I/O, shared by the server and the web app.
 */
import { formatDuration } from '../durations.js';
import { DIFFED_COLLECTIONS } from '../audit-diff.js';
import { AUDIT_PHRASES } from './audit-phrases.js';

export interface AuditSentenceEntry {
  action: string;
  actor: { kind: string; label: string };
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** What the caller knows: the conference's items and bridge points by id, and names of other entities by id. */
export interface AuditNames {
  items?: ReadonlyMap<string, { number: string; content: string }>;
  points?: ReadonlyMap<string, string>;
  /** E.g. from entityNames: a link revoked stores only its time, the row of its creation has its label. */
  entities?: ReadonlyMap<string, string>;
}

type Language = 'vi' | 'en';
type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const firstText = (...values: unknown[]): string | null => values.map(text).find((value) => value !== null) ?? null;
const SHORT = 90;
const shorten = (value: string): string => (value.length > SHORT ? `${value.slice(0, SHORT - 1).trimEnd()}…` : value);

/** Fields that name an entity, most telling first. */
const NAME_FIELDS = ['title', 'fullName', 'displayName', 'name', 'content', 'heading', 'leadAgency', 'text', 'label', 'email', 'fileName'];
const nameIn = (fields: Fields | undefined): string | null => (fields ? firstText(...NAME_FIELDS.map((key) => fields[key])) : null);

/** The first entity of a plan diff (`{ bridgePoints: { <id>: fields | null } }`) in a collection, or any. */
const diffEntity = (sides: Fields[], collection?: string): { id: string; fields: Fields | undefined } | null => {
  for (const side of sides) {
    for (const key of collection ? [collection] : DIFFED_COLLECTIONS) {
      const entities = side[key];
      if (!isFields(entities)) continue;
      const id = Object.keys(entities)[0];
      if (id === undefined) continue;
      const fields = sides.map((s) => (isFields(s[key]) ? s[key][id] : undefined)).find(isFields);
      return { id, fields };
    }
  }
  return null;
};

const STATUS: Record<Language, Record<string, string>> = {
  vi: { draft: 'Dự thảo', issued: 'Đã ban hành', live: 'Đang diễn ra', closed: 'Đã kết thúc' },
  en: { draft: 'Draft', issued: 'Issued', live: 'In progress', closed: 'Ended' },
};
const ROLE: Record<Language, Record<string, string>> = {
  vi: {
    organizer: 'ban tổ chức',
    chair: 'chủ trì',
    operator: 'kỹ thuật điểm cầu',
    delegate: 'đại biểu',
    guest: 'khách mời',
    observer: 'quan sát viên',
  },
  en: { organizer: 'organizer', chair: 'chair', operator: 'operator', delegate: 'delegate', guest: 'guest', observer: 'observer' },
};

/** The bridge point an entry is about, if any: the id a caller names (for a national conference, by asking for it). */
export const auditPointId = (entry: AuditSentenceEntry): string | null => {
  const sides = [entry.after, entry.before].filter(isFields);
  const command = sides.map((side) => side.command).find(isFields) ?? {};
  const field = (key: string): unknown =>
    [command, ...sides].map((side) => side[key]).find((value) => value !== undefined && value !== null);
  const feed = text(command.feed);
  return firstText(
    feed?.startsWith('guest:') ? null : feed,
    field('bridgePointId'),
    diffEntity(sides, 'bridgePoints')?.id,
    entry.entityType === 'bridge_point' ? entry.entityId : null,
  );
};

/** The placeholders' values for one entry; a missing key is not known. */
export const auditFacts = (entry: AuditSentenceEntry, language: Language, names: AuditNames = {}): Record<string, string> => {
  const sides = [entry.after, entry.before].filter(isFields);
  const command = sides.map((side) => side.command).find(isFields) ?? {};
  const field = (key: string): unknown =>
    [command, ...sides].map((side) => side[key]).find((value) => value !== undefined && value !== null);
  const facts: Record<string, string> = {};
  const put = (key: string, value: string | null | undefined) => {
    if (value) facts[key] = value;
  };

  // The item: `nội dung 4 «Báo cáo …»`.
  const itemDiff = diffEntity(sides, 'agendaItems');
  const itemId = firstText(field('itemId'), itemDiff?.id, entry.entityType === 'agenda_item' ? entry.entityId : null);
  const known = itemId ? names.items?.get(itemId) : undefined;
  const itemNumber = firstText(known?.number, itemDiff?.fields?.number);
  const itemTitle = firstText(known?.content, itemDiff?.fields?.content);
  const noun = language === 'en' ? 'item' : 'nội dung';
  const [open, close] = language === 'en' ? ['“', '”'] : ['«', '»'];
  const numbered = itemNumber && /^\d/.test(itemNumber) ? ` ${itemNumber}` : '';
  if (itemTitle || numbered) put('item', `${noun}${numbered}${itemTitle ? ` ${open}${shorten(itemTitle)}${close}` : ''}`);

  // The bridge point, by id from the conference, else as the details name it.
  const pointDiff = diffEntity(sides, 'bridgePoints');
  const pointId = auditPointId(entry);
  put('point', firstText(pointId ? names.points?.get(pointId) : null, field('bridgePointName'), pointDiff?.fields?.name));

  // The entity's own name, from the diff or the details (one level down too).
  const nested = sides.flatMap((side) => Object.values(side).filter(isFields));
  const entityName = firstText(
    nameIn(diffEntity(sides)?.fields),
    ...sides.map(nameIn),
    ...nested.map(nameIn),
    entry.entityId ? names.entities?.get(entry.entityId) : null,
  );
  put('subject', entityName ? shorten(entityName) : null);
  put('speaker', firstText(field('speakerName')));

  const count = field('count');
  const list = sides.map((side) => Object.values(side).find(Array.isArray)).find(Boolean) as unknown[] | undefined;
  if (typeof count === 'number') put('count', String(count));
  else if (list && list.length > 0) put('count', String(list.length));

  if (typeof command.seconds === 'number') put('length', formatDuration(command.seconds, language));
  if (command.target === 'item' || command.target === 'floor') {
    const target = { item: ['nội dung đang thực hiện', 'the current item'], floor: ['người đang phát biểu', 'the current speaker'] };
    put('target', target[command.target][language === 'en' ? 1 : 0]);
  }
  if (typeof command.muted === 'boolean')
    put('muted', (command.muted ? ['tắt', 'muted'] : ['bật lại', 'unmuted'])[language === 'en' ? 1 : 0]);
  if (typeof command.promoted === 'boolean') {
    const tier = {
      true: ['tương tác (WebRTC) trong hôm nay', 'interactive (WebRTC) for the day'],
      false: ['theo dõi (HLS)', 'watching (HLS)'],
    };
    put('tier', tier[String(command.promoted) as 'true' | 'false'][language === 'en' ? 1 : 0]);
  }
  if (typeof command.recording === 'boolean') {
    put('recording', (command.recording ? ['bắt đầu', 'started'] : ['dừng', 'stopped'])[language === 'en' ? 1 : 0]);
  }
  put('status', STATUS[language][String(field('status'))]);
  put('role', ROLE[language][String(field('role'))]);
  return facts;
};

/**
 * The names the entries themselves give their entities (a created link's label, a user's name),
 * by entity id, for the entries of the same entity that store no name (the link's revocation).
 */
export const entityNames = (entries: readonly AuditSentenceEntry[]): Map<string, string> => {
  const found = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.entityId || entry.entityType === 'conference' || found.has(entry.entityId)) continue;
    const name = firstText(...[entry.after, entry.before].filter(isFields).map(nameIn));
    if (name) found.set(entry.entityId, shorten(name));
  }
  return found;
};

/** Fills `{name}`; a `[part]` whose placeholders are not all known is left out. */
export const fillPhrase = (phrase: string, facts: Readonly<Record<string, string>>): string => {
  const fill = (part: string) => part.replace(/\{(\w+)\}/g, (_, key: string) => facts[key] ?? '');
  const known = (part: string) => [...part.matchAll(/\{(\w+)\}/g)].every((match) => facts[match[1]!] !== undefined);
  return fill(phrase.replace(/\[([^[\]]*)\]/g, (_, part: string) => (known(part) ? part : '')))
    .replace(/\s{2,}/g, ' ')
    .trim();
};

/** Who did it, as the sentence names them. */
export const actorName = (actor: AuditSentenceEntry['actor'], language: Language): string => {
  if (actor.kind === 'system') return language === 'en' ? 'The system' : 'Hệ thống';
  return text(actor.label) ?? (language === 'en' ? 'Someone not signed in' : 'Một người chưa đăng nhập');
};

/** Whether the action code has its sentence. */
export const hasAuditSentence = (action: string): boolean => Object.hasOwn(AUDIT_PHRASES, action);

/** `Nguyễn Văn An bỏ qua nội dung 4 «Gợi ý thảo luận».` */
export const auditSentence = (entry: AuditSentenceEntry, language: string, names: AuditNames = {}): string => {
  const lang: Language = language === 'en' ? 'en' : 'vi';
  const phrase = AUDIT_PHRASES[entry.action];
  const what = phrase
    ? fillPhrase(phrase[lang === 'en' ? 1 : 0], auditFacts(entry, lang, names))
    : lang === 'en'
      ? 'made a change that has no description yet'
      : 'thực hiện một thay đổi chưa có mô tả';
  return `${actorName(entry.actor, lang)} ${what}.`;
};
