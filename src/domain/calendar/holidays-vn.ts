/**
 * Public holidays and swapped days of Viet Nam's public sector, as announced, each with the
 * text it comes from. Data with dates, not a rule: the solar fixed days of the Labour Code
 * (1/1, 30/4, 1/5, 2/9) are added for every year by working-days.ts; what is announced every
 * year (Tết, Giỗ Tổ Hùng Vương on the 10th day of the 3rd lunar month, the day next to 2/9,
 * days swapped for a longer break and the Saturdays worked in exchange) is listed here only
 * where the announcement was found.
 *
 * - 2025: found (Tết, Giỗ Tổ, 30/4-1/5 with its swap, 2/9).
 * - 2026: found (1/1 with its swap, Tết, Giỗ Tổ and its compensatory day, 2/9 with its swap).
 * - 2027: NOT found (no announcement was found when this list was written, December 2026):
 *   only the Labour Code's fixed solar days count for 2027 until its days are added here or
 *   by the installation (DIEMCAU_HOLIDAYS_FILE, docs/calendar.md).
 *
 * Kinds: `holiday` a public holiday (Bộ luật Lao động 2019, Điều 112); `day_off` a weekday
 * off by an announcement (a swapped day, hoán đổi, or a compensatory day, nghỉ bù);
 * `working_day` a Saturday or Sunday worked in exchange (làm bù).
 */

export const HOLIDAY_KINDS = ['holiday', 'day_off', 'working_day'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  kind: HolidayKind;
  /** Vietnamese name, as the announcement says it. */
  name: string;
  /** The text the date comes from: the announcement and where it was read. */
  source: string;
}

const LABOUR_CODE = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1';

const TET_2025 =
  'Văn bản 8726/VPCP-KGVX ngày 26/11/2024 (ý kiến Thủ tướng về nghỉ Tết Âm lịch và các dịp lễ năm 2025): nghỉ Tết từ 27/01 đến hết 31/01/2025; ' +
  'đọc tại https://vietnamnews.vn/society/1687874/pm-approves-proposal-for-9-day-continuous-tet-holiday-in-2025.html và https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html';
const APRIL_2025 =
  'Thông báo lịch nghỉ lễ năm 2025 (Bộ LĐTB&XH, 03/12/2024): nghỉ 30/4-1/5 từ 30/4 đến hết 4/5/2025, hoán đổi ngày làm việc thứ Sáu 2/5 sang thứ Bảy 26/4/2025; Giỗ Tổ Hùng Vương thứ Hai 7/4/2025; ' +
  'đọc tại http://vinhphuctv.vn/Quản-trị/Tin-tức-chung/ID/365713/Hai-ky-nghi-dai-ngay-trong-thang-42025 và https://en.sggp.org.vn/ministry-asks-public-holidays-to-be-announced-at-least-30-days-in-advance-post114254.html';
const SEPTEMBER_2025 =
  'Thông báo của Bộ Nội vụ về nghỉ lễ Quốc khánh 2025: nghỉ từ thứ Bảy 30/8 đến hết thứ Ba 2/9/2025, ngày liền kề là thứ Hai 1/9; ' +
  'đọc tại https://vietnamnews.vn/society/1722634/national-day-holiday-to-last-four-days.html và https://en.sggp.org.vn/vietnamese-workers-to-have-four-days-off-for-national-day-2025-post119346.html';
const NEW_YEAR_2026 =
  'Ý kiến của Phó Thủ tướng Phạm Thị Thanh Trà ngày 25/12/2025 (đề xuất của Bộ Nội vụ): nghỉ Tết Dương lịch từ 1/1 đến hết 4/1/2026, hoán đổi ngày làm việc thứ Sáu 2/1 sang thứ Bảy 10/1/2026; ' +
  'đọc tại https://vietnamnews.vn/society/1732658/government-approves-four-day-new-year-holiday.html';
const NOTICE_9441 =
  'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (nghỉ Tết Âm lịch và Quốc khánh năm 2026): Tết từ thứ Hai 16/2 đến hết thứ Sáu 20/2/2026; Quốc khánh nghỉ 1/9 và 2/9, nghỉ thứ Hai 31/8 và làm bù thứ Bảy 22/8/2026; ' +
  'đọc tại https://vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html, https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html và https://www.vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay';
const HUNG_KINGS_2026 =
  'Giỗ Tổ Hùng Vương 2026 rơi vào Chủ nhật 26/4/2026, nghỉ bù thứ Hai 27/4 (Bộ luật Lao động 2019, Điều 111 khoản 3); ' +
  'đọc tại https://news.laodong.vn/du-lich/tin-tuc/lich-nghi-gio-to-hung-vuong-2026-304-15-va-chi-tiet-cac-ky-nghi-le-1658835.html';

const days = (dates: string[], kind: HolidayKind, name: string, source: string): CalendarDay[] =>
  dates.map((date) => ({ date, kind, name, source }));

/** The announced days (the fixed solar holidays are not repeated here). */
export const VIETNAM_ANNOUNCED_DAYS: readonly CalendarDay[] = [
  // 2025
  ...days(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], 'holiday', 'Tết Âm lịch Ất Tỵ', TET_2025),
  ...days(['2025-04-07'], 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', APRIL_2025),
  ...days(['2025-05-02'], 'day_off', 'Nghỉ hoán đổi dịp 30/4 - 1/5', APRIL_2025),
  ...days(['2025-04-26'], 'working_day', 'Làm bù cho thứ Sáu 2/5/2025', APRIL_2025),
  ...days(['2025-09-01'], 'holiday', 'Quốc khánh (ngày liền kề)', SEPTEMBER_2025),
  // 2026
  ...days(['2026-01-02'], 'day_off', 'Nghỉ hoán đổi dịp Tết Dương lịch', NEW_YEAR_2026),
  ...days(['2026-01-10'], 'working_day', 'Làm bù cho thứ Sáu 2/1/2026', NEW_YEAR_2026),
  ...days(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], 'holiday', 'Tết Âm lịch Bính Ngọ', NOTICE_9441),
  ...days(['2026-04-26'], 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', HUNG_KINGS_2026),
  ...days(['2026-04-27'], 'day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương', HUNG_KINGS_2026),
  ...days(['2026-09-01'], 'holiday', 'Quốc khánh (ngày liền kề)', NOTICE_9441),
  ...days(['2026-08-31'], 'day_off', 'Nghỉ hoán đổi dịp Quốc khánh', NOTICE_9441),
  ...days(['2026-08-22'], 'working_day', 'Làm bù cho thứ Hai 31/8/2026', NOTICE_9441),
];

/** The years whose announcements are in the list; other years count only the fixed solar days. */
export const ANNOUNCED_YEARS: readonly number[] = [2025, 2026];

/** The Labour Code's fixed solar holidays of a year (from 2021, when the 2019 Code took effect). */
export const fixedHolidays = (year: number): CalendarDay[] =>
  year < 2021
    ? []
    : [
        { date: `${year}-01-01`, kind: 'holiday', name: 'Tết Dương lịch', source: `${LABOUR_CODE}, điểm a` },
        { date: `${year}-04-30`, kind: 'holiday', name: 'Ngày Chiến thắng', source: `${LABOUR_CODE}, điểm c` },
        { date: `${year}-05-01`, kind: 'holiday', name: 'Ngày Quốc tế lao động', source: `${LABOUR_CODE}, điểm d` },
        { date: `${year}-09-02`, kind: 'holiday', name: 'Quốc khánh', source: `${LABOUR_CODE}, điểm đ` },
      ];
