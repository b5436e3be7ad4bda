/**
 * Durations as people say them, never as a clock: `15 phút`, `1 giờ 5 phút`, `7 phút 20 giây`
 * (English `15 min`, `1 h 5 min`, `7 min 20 s`). A length printed as `15:00` beside clock times
 * like `08:00` reads as a time of day; these words cannot. Pure; shared by the server's
 * documents and the screens.
 */

export type DurationLanguage = 'vi' | 'en';

const UNITS: Readonly<Record<DurationLanguage, readonly [string, string, string]>> = {
  vi: ['giờ', 'phút', 'giây'],
  en: ['h', 'min', 's'],
};

const languageOf = (language: string): DurationLanguage => (language === 'en' ? 'en' : 'vi');

/** `7 phút 20 giây`, `1 giờ 5 phút`, `45 giây`, `0 giây` (rounded to the second; the sign is left to the caller). */
export const formatDuration = (seconds: number, language: string = 'vi'): string => {
  const [h, m, s] = UNITS[languageOf(language)];
  const total = Number.isFinite(seconds) ? Math.round(Math.abs(seconds)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} ${h}`);
  if (minutes) parts.push(`${minutes} ${m}`);
  if (rest || parts.length === 0) parts.push(`${rest} ${s}`);
  return parts.join(' ');
};

/** Whole minutes (a planned length): `15 phút`, `1 giờ 5 phút`, `0 phút`. */
export const formatMinutes = (minutes: number, language: string = 'vi'): string =>
  minutes === 0 ? `0 ${UNITS[languageOf(language)][1]}` : formatDuration(minutes * 60, language);

/** `+2 phút 50 giây` (longer than planned), `−1 phút` (shorter), `0 giây`. */
export const formatDifference = (seconds: number, language: string = 'vi'): string =>
  Math.round(seconds) === 0 ? formatDuration(0, language) : `${seconds > 0 ? '+' : '−'}${formatDuration(seconds, language)}`;
