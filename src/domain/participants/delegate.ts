/**
 * A delegate (đại biểu) of a conference: who is invited at which bridge point, whether they
 * answered, and whether they came. Pure rules only: validation of what a person types or
 * imports, and the storage form of a Vietnamese phone number.
 */
import type { FieldProblem, LocalizedMessage } from '../errors.js';
import { normalizeText } from '../text.js';

export const INVITATION_STATES = ['not_invited', 'invited', 'confirmed', 'declined', 'substituted'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const ATTENDANCE_STATES = ['unknown', 'present', 'absent'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

/** Người dự thay: the person who attends in place of the invited delegate. */
export interface Substitute {
  fullName: string;
  title: string;
  phone: string;
  email: string;
}

export interface Delegate {
  id: string;
  conferenceId: string;
  bridgePointId: string;
  participantGroupId: string | null;
  fullName: string;
  title: string;
  organisation: string;
  phone: string;
  email: string;
  seat: string;
  notes: string;
  invitation: InvitationState;
  substitute: Substitute | null;
  attendance: AttendanceState;
  walkIn: boolean;
  /** Protocol order (thứ tự nghi thức) the secretariat gave: 1 first; null when none (domain/protocol). */
  protocolRank: number | null;
  /** The rank of the delegate's participant group (thành phần); null without a group or when the group has none. */
  groupRank: number | null;
  /** The default rank of the title (domain/protocol/title-rank.ts); null when the title is not recognised. */
  titleRank: number | null;
  answeredAt: string | null;
  checkedInAt: string | null;
  /** Bumped by every write; a client may send it back to refuse a lost update. */
  version: number;
}

/** What a person types in the form or a spreadsheet row carries. */
export type DelegateInput = Pick<Delegate, 'fullName' | 'title' | 'organisation' | 'phone' | 'email' | 'seat' | 'notes'>;
export type DelegateField = keyof DelegateInput;
export const DELEGATE_FIELDS: readonly DelegateField[] = ['fullName', 'title', 'organisation', 'phone', 'email', 'seat', 'notes'];

/** Longest accepted value of each field, in characters after NFC normalisation. */
export const DELEGATE_LIMITS: Readonly<Record<DelegateField, number>> = {
  fullName: 100,
  title: 300,
  organisation: 500,
  phone: 30,
  email: 200,
  seat: 20,
  notes: 2000,
};

const FIELD_LABELS: Record<DelegateField, LocalizedMessage> = {
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  title: { vi: 'Chức vụ', en: 'Title' },
  organisation: { vi: 'Đơn vị', en: 'Organisation' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'E-mail' },
  seat: { vi: 'Ghế', en: 'Seat' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
};

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;
const SEPARATORS = /[\s.\-()]/g;

/**
 * Storage form 0xxxxxxxxx of a Vietnamese phone number, or null when it is not one.
 * Accepts spaces, dots, dashes and brackets, and the international forms +84, 0084 and
 * +84 (0). Mobile: 10 digits starting 03, 05, 07, 08, 09. Landline: 11 digits, area code 02x.
 */
export const normalizePhone = (raw: string): string | null => {
  let digits = raw.normalize('NFKC').trim().replace(SEPARATORS, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
  if (digits.startsWith('00')) digits = digits.slice(1); // +84 (0) 912 …
  if (!/^\d+$/.test(digits)) return null;
  return MOBILE.test(digits) || LANDLINE.test(digits) ? digits : null;
};

export const isMobilePhone = (phone: string): boolean => MOBILE.test(phone);

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:.]{2,}$/;
export const isValidEmail = (raw: string): boolean => {
  const email = raw.trim();
  return email.length <= DELEGATE_LIMITS.email && EMAIL.test(email) && !email.includes('..');
};

const problem = (path: string, code: string, message: LocalizedMessage): FieldProblem => ({ path, code, message });

/** Storage form: every field NFC and trimmed, the phone as 0xxxxxxxxx when valid, e-mail in lower case. */
export const normalizeDelegateInput = (input: DelegateInput): DelegateInput => {
  const phone = normalizeText(input.phone);
  return {
    fullName: normalizeText(input.fullName).replace(/\s+/g, ' '),
    title: normalizeText(input.title),
    organisation: normalizeText(input.organisation),
    phone: normalizePhone(phone) ?? phone,
    email: normalizeText(input.email).toLowerCase(),
    seat: normalizeText(input.seat),
    notes: normalizeText(input.notes),
  };
};

const contactProblems = (value: { phone: string; email: string }, prefix: string): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const phone = value.phone.trim();
  if (phone && phone.length <= DELEGATE_LIMITS.phone && normalizePhone(phone) === null) {
    problems.push(
      problem(`${prefix}/phone`, 'delegate.phone_invalid', {
        vi: `Số điện thoại "${phone}" không hợp lệ: di động 10 số bắt đầu bằng 03, 05, 07, 08, 09; cố định 11 số bắt đầu bằng 02.`,
        en: `"${phone}" is not a Vietnamese phone number: mobile numbers have 10 digits starting 03, 05, 07, 08 or 09; landlines 11 digits starting 02.`,
      }),
    );
  }
  const email = value.email.trim();
  if (email && email.length <= DELEGATE_LIMITS.email && !isValidEmail(email)) {
    problems.push(
      problem(`${prefix}/email`, 'delegate.email_invalid', {
        vi: `Địa chỉ email "${email}" không hợp lệ.`,
        en: `"${email}" is not a valid e-mail address.`,
      }),
    );
  }
  return problems;
};

const lengthProblems = (value: Partial<Record<DelegateField, string>>, prefix: string): FieldProblem[] =>
  DELEGATE_FIELDS.flatMap((field) => {
    const text = value[field];
    const max = DELEGATE_LIMITS[field];
    if (text === undefined || normalizeText(text).length <= max) return [];
    const label = FIELD_LABELS[field];
    return [
      problem(`${prefix}/${field}`, 'delegate.too_long', {
        vi: `${label.vi} dài quá ${max} ký tự.`,
        en: `${label.en} is longer than ${max} characters.`,
      }),
    ];
  });

const nameProblems = (fullName: string, path: string): FieldProblem[] =>
  normalizeText(fullName) ? [] : [problem(path, 'delegate.name_required', { vi: 'Cần nhập họ và tên.', en: 'A full name is required.' })];

/** Problems of a delegate as typed or imported; an empty list means it may be saved. Phone and e-mail are optional. */
export const validateDelegate = (input: DelegateInput, prefix = ''): FieldProblem[] => [
  ...nameProblems(input.fullName, `${prefix}/fullName`),
  ...lengthProblems(input, prefix),
  ...contactProblems(input, prefix),
];

/** Problems of a substitute named through the confirmation link: a name and at least one way to reach them. */
export const validateSubstitute = (input: Substitute, prefix = '/substitute'): FieldProblem[] => {
  const problems = [
    ...nameProblems(input.fullName, `${prefix}/fullName`),
    ...lengthProblems({ fullName: input.fullName, title: input.title, phone: input.phone, email: input.email }, prefix),
    ...contactProblems(input, prefix),
  ];
  if (!input.phone.trim() && !input.email.trim()) {
    problems.push(
      problem(`${prefix}/phone`, 'delegate.contact_required', {
        vi: 'Cần nhập số điện thoại hoặc email của người dự thay.',
        en: 'A phone number or an e-mail address of the substitute is required.',
      }),
    );
  }
  return problems;
};
