import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isWorkingDay, setInstallationDays, vietnamCalendar } from '../domain/calendar/working-days.js';
import { DomainError } from '../domain/errors.js';
import { readServerConfig } from './server-config.js';
import { loadInstallationDays, parseInstallationDays } from './holidays-config.js';

describe('the installation’s holidays file and the reminders’ interval', () => {
  let dir: string | null = null;
  afterEach(() => {
    setInstallationDays([]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('adds the days of DIEMCAU_HOLIDAYS_FILE to the calendar the rules use', () => {
    dir = mkdtempSync(join(tmpdir(), 'diemcau-holidays-'));
    const file = join(dir, 'ngay-nghi.json');
    writeFileSync(
      file,
      JSON.stringify([{ date: '2027-02-08', kind: 'holiday', name: 'Tết Âm lịch Đinh Mùi', source: 'Thông báo …/TB-BNV' }]),
    );
    expect(isWorkingDay('2027-02-08', vietnamCalendar())).toBe(true);
    expect(loadInstallationDays(file)).toHaveLength(1);
    expect(isWorkingDay('2027-02-08', vietnamCalendar())).toBe(false);
  });

  it('lists every bad entry, and fails on a missing file', () => {
    const { problems } = parseInstallationDays([{ date: '2027-13-01', kind: 'holiday', name: 'x', source: 's' }, { date: '2027-02-08' }]);
    expect(problems.map((p) => p.path)).toEqual(['/0', '/1']);
    expect(problems[1]!.message.en).toContain('kind, name, source');
    expect(parseInstallationDays({}).problems).toHaveLength(1);
    expect(() => loadInstallationDays('/nonexistent/ngay-nghi.json')).toThrow(DomainError);
  });

  it('reads DIEMCAU_REMINDER_INTERVAL_SECONDS (default 600, 0 off) and refuses a bad value', () => {
    expect(readServerConfig({}).reminderIntervalMs).toBe(600_000);
    expect(readServerConfig({ DIEMCAU_REMINDER_INTERVAL_SECONDS: '0' }).reminderIntervalMs).toBe(0);
    expect(readServerConfig({ DIEMCAU_HOLIDAYS_FILE: ' /etc/diemcau/ngay-nghi.json ' }).holidaysFile).toBe('/etc/diemcau/ngay-nghi.json');
    expect(() => readServerConfig({ DIEMCAU_REMINDER_INTERVAL_SECONDS: 'mười' })).toThrow(/DIEMCAU_REMINDER_INTERVAL_SECONDS/);
  });
});
