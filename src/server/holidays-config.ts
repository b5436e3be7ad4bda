/**
 * The installation's own calendar days (docs/calendar.md): DIEMCAU_HOLIDAYS_FILE names a JSON
 * file, an array of `{ "date": "YYYY-MM-DD", "kind": "holiday" | "day_off" | "working_day",
 * "name": "…", "source": "…" }` (e.g. a year's Tết as announced, once the announcement is out).
 * They join the shipped list (src/domain/calendar/holidays-vn.ts) and win on the same date.
 * A missing or malformed file fails the start with every problem listed, in both languages.
 */
import { readFileSync } from 'node:fs';
import { HOLIDAY_KINDS, type CalendarDay } from '../domain/calendar/holidays-vn.js';
import { setInstallationDays } from '../domain/calendar/working-days.js';
import { DomainError, type FieldProblem } from '../domain/errors.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const problem = (path: string, vi: string, en: string): FieldProblem => ({
  path,
  code: 'config.invalid_holidays',
  message: { vi: `DIEMCAU_HOLIDAYS_FILE${path}: ${vi}`, en: `DIEMCAU_HOLIDAYS_FILE${path}: ${en}` },
});

/** Checks the parsed file; the days, or the list of what is wrong. */
export function parseInstallationDays(value: unknown): { days: CalendarDay[]; problems: FieldProblem[] } {
  if (!Array.isArray(value)) return { days: [], problems: [problem('', 'phải là một mảng JSON.', 'must be a JSON array.')] };
  const days: CalendarDay[] = [];
  const problems: FieldProblem[] = [];
  value.forEach((entry: unknown, index) => {
    const item = (entry ?? {}) as Record<string, unknown>;
    const { date, kind, name, source } = item;
    const bad: string[] = [];
    if (typeof date !== 'string' || !DATE.test(date) || Number.isNaN(Date.parse(date))) bad.push('date');
    if (typeof kind !== 'string' || !(HOLIDAY_KINDS as readonly string[]).includes(kind)) bad.push('kind');
    if (typeof name !== 'string' || !name.trim()) bad.push('name');
    if (typeof source !== 'string' || !source.trim()) bad.push('source');
    if (bad.length > 0) {
      problems.push(
        problem(
          `/${index}`,
          `thiếu hoặc sai ${bad.join(', ')} (date YYYY-MM-DD, kind holiday | day_off | working_day, name, source).`,
          `missing or wrong ${bad.join(', ')} (date YYYY-MM-DD, kind holiday | day_off | working_day, name, source).`,
        ),
      );
      return;
    }
    days.push({
      date: date as string,
      kind: kind as CalendarDay['kind'],
      name: (name as string).trim(),
      source: (source as string).trim(),
    });
  });
  return { days, problems };
}

/** Reads the file and makes its days the installation's; throws DomainError `config.invalid` when it cannot. */
export function loadInstallationDays(path: string): CalendarDay[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError(422, 'config.invalid', {
      vi: `Không đọc được tệp ngày nghỉ DIEMCAU_HOLIDAYS_FILE (${path}): ${reason}`,
      en: `Cannot read the holidays file DIEMCAU_HOLIDAYS_FILE (${path}): ${reason}`,
    });
  }
  const { days, problems } = parseInstallationDays(parsed);
  if (problems.length > 0) {
    throw new DomainError(
      422,
      'config.invalid',
      {
        vi: `Tệp ngày nghỉ không hợp lệ: ${problems.map((p) => p.message.vi).join(' ')}`,
        en: `Invalid holidays file: ${problems.map((p) => p.message.en).join(' ')}`,
      },
      problems,
    );
  }
  setInstallationDays(days);
  return days;
}
