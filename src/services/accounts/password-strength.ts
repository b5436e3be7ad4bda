/**
 * How guessable a new password is, by zxcvbn-ts (its common-password, name and word lists,
 * keyboard patterns, repeats, sequences and dates) with the person's e-mail and name and the
 * app's own words as things an attacker would try first. A score below 3 ("safely
 * unguessable" starts at 3: about 10^8 guesses) is refused with 422 auth.weak_password, and
 * the reason in our own words. The dictionaries (~2 MB) are loaded on the first check, once.
 */
import { invalid, type LocalizedMessage } from '../../domain/errors.js';

export const MIN_PASSWORD_SCORE = 3;
/** zxcvbn looks at the first 100 characters: its matching grows fast with length (a 200-character repeat took 0.7 s). */
const CHECKED_LENGTH = 100;
/** Words anyone attacking this system would try. */
const SITE_WORDS = ['diemcau', 'diem cau', 'hoinghi', 'hoi nghi', 'matkhau', 'mat khau', 'truc tuyen'];

interface Strength {
  score: number;
  /** zxcvbn's feedback code (warnings of its translation keys), or null. */
  warning: string | null;
}

let checker: Promise<(password: string, inputs: string[]) => Strength> | undefined;

const loadChecker = () =>
  (checker ??= (async () => {
    const [{ ZxcvbnFactory }, common] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]);
    const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs, maxLength: CHECKED_LENGTH });
    return (password: string, inputs: string[]) => {
      const result = zxcvbn.check(password, inputs);
      return { score: result.score, warning: result.feedback.warning };
    };
  })());

const REASONS: Record<string, LocalizedMessage> = {
  keyboard: { vi: 'các phím liền nhau trên bàn phím', en: 'keys next to each other on the keyboard' },
  repeat: { vi: 'ký tự hay cụm ký tự lặp lại (như "aaaa", "abcabc")', en: 'repeated characters or groups (like "aaaa", "abcabc")' },
  sequence: { vi: 'một dãy liên tiếp (như "abcd", "6789")', en: 'a sequence (like "abcd", "6789")' },
  date: { vi: 'một năm hay một ngày tháng', en: 'a year or a date' },
  common: { vi: 'một mật khẩu ai cũng hay dùng', en: 'a password many people use' },
  similar: { vi: 'gần giống một mật khẩu ai cũng hay dùng', en: 'close to a password many people use' },
  word: { vi: 'một từ hay một tên riêng lẻ', en: 'a single word or name' },
  personal: { vi: 'tên hoặc địa chỉ thư điện tử của bạn', en: 'your name or e-mail address' },
  other: { vi: 'quá ít khả năng để thử', en: 'too few possibilities to try' },
};

const REASON_OF_WARNING: Record<string, keyof typeof REASONS> = {
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  recentYears: 'date',
  dates: 'date',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  pwned: 'common',
  similarToCommon: 'similar',
  wordByItself: 'word',
  namesByThemselves: 'word',
  commonNames: 'word',
  userInputs: 'personal',
};

/** The 422 of a guessable password, saying why in Vietnamese and English. Pure. */
export function weakPasswordError(warning: string | null) {
  const reason = REASONS[REASON_OF_WARNING[warning ?? ''] ?? 'other']!;
  const message = {
    vi: `Mật khẩu quá dễ đoán: ${reason.vi}. Hãy dùng một câu hay vài từ không liên quan đến nhau, dài hơn.`,
    en: `The password is too easy to guess: ${reason.en}. Use a sentence or a few unrelated words, longer.`,
  };
  return invalid('auth.weak_password', message, [{ path: '/password', code: 'auth.weak_password', message }]);
}

/** Vietnamese typed without its marks, as people often do in passwords: "Ngọc Đức" -> "ngoc duc". */
const withoutMarks = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** What an attacker who knows the person would try: the e-mail, its parts, the name, its words, with and without marks. */
export function personalWords(who: { email: string; displayName?: string }): string[] {
  const [local = '', domain = ''] = who.email.toLowerCase().split('@');
  const name = (who.displayName ?? '').normalize('NFC').toLowerCase().trim();
  const nameWords = name.split(/\s+/);
  // Every run of up to three of the name's words, joined or spaced: "nguyễn ngọc anh" gives "ngọc anh", "ngọcanh" …
  const runs = nameWords.flatMap((_, from) => [1, 2, 3].map((n) => nameWords.slice(from, from + n)));
  const nameParts = runs.flatMap((run) => [run.join(''), run.join(' ')]);
  const words = [who.email.toLowerCase(), local, ...local.split(/[._+-]+/), domain.split('.')[0] ?? '', ...nameParts];
  const all = words.flatMap((word) => [word, withoutMarks(word)]).filter((word) => [...word].length >= 3);
  return [...new Set([...all, ...SITE_WORDS])];
}

/** Throws 422 auth.weak_password when zxcvbn scores the password below 3. */
export async function assertPasswordStrong(password: string, who: { email: string; displayName?: string }): Promise<void> {
  const check = await loadChecker();
  const { score, warning } = check(password, personalWords(who));
  if (score < MIN_PASSWORD_SCORE) throw weakPasswordError(warning);
}

/** Loads the dictionaries now (before a transaction that will check a password). */
export const preparePasswordCheck = async (): Promise<void> => {
  await loadChecker();
};
