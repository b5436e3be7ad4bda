/**
 * Test support: the timeline of a short held meeting, built by hand. Meeting planned at
 * 08:00 on 07/7/2021 (Asia/Ho_Chi_Minh); item 2 extended by 2 minutes, an item inserted,
 * item 3 skipped, two speeches (one over its time, one point of order), four changes.
 */
import type { Timeline, TimelineItem } from '../../domain/live/live-timeline.types.js';
import type { TimelineMeeting } from './timeline-text.js';

/** Epoch ms of a local (UTC+7) clock time on 07/7/2021. */
export const at = (hh: number, mm: number, ss = 0): number => Date.UTC(2021, 6, 7, hh - 7, mm, ss);

export const meeting: TimelineMeeting = {
  title: 'Hội nghị trực tuyến đánh giá mô hình cải cách hành chính năm 2020',
  startsAt: '2021-07-07T08:00',
  issuer: { governingBody: 'Ủy ban nhân dân\ntỉnh Đồng Tháp', issuingBody: 'Sở Nội vụ' },
};

const item = (fields: Partial<TimelineItem> & Pick<TimelineItem, 'itemId' | 'content' | 'runOrder'>): TimelineItem => ({
  number: String(fields.runOrder),
  presenter: '',
  kind: 'item',
  plannedOrder: fields.runOrder,
  plannedStart: null,
  plannedSeconds: null,
  actualStart: null,
  actualEnd: null,
  actualSeconds: null,
  extendedSeconds: 0,
  overrunSeconds: null,
  state: 'done',
  inserted: false,
  ...fields,
});

export const heldTimeline = (): Timeline => ({
  conferenceId: 'c1',
  startedAt: at(8, 2, 10),
  endedAt: at(8, 42),
  items: [
    item({ itemId: 'i1', runOrder: 1, number: '1', content: 'Khai mạc hội nghị', presenter: 'Chủ tịch UBND Tỉnh', plannedStart: '2021-07-07T08:00', plannedSeconds: 300, actualStart: at(8, 2, 10), actualEnd: at(8, 7, 30), actualSeconds: 320, overrunSeconds: 20 }),
    item({ itemId: 'i2', runOrder: 2, number: '2', content: 'Báo cáo kết quả CCHC năm 2020', presenter: 'Sở Nội vụ - Giám đốc', plannedStart: '2021-07-07T08:05', plannedSeconds: 1200, actualStart: at(8, 7, 30), actualEnd: at(8, 31, 50), actualSeconds: 1460, extendedSeconds: 120, overrunSeconds: 260 }),
    item({ itemId: 'x1', runOrder: 3, number: '', plannedOrder: null, content: 'Phát biểu của đại diện Bộ Nội vụ', presenter: 'Bộ Nội vụ', plannedSeconds: 600, actualStart: at(8, 31, 50), actualEnd: at(8, 39), actualSeconds: 430, overrunSeconds: -170, inserted: true }),
    item({ itemId: 'i3', runOrder: 4, number: '3', plannedOrder: 3, content: 'Tham luận của các địa phương', presenter: 'UBND các huyện', plannedStart: '2021-07-07T08:25', plannedSeconds: 1800, state: 'skipped' }),
    item({ itemId: 'i4', runOrder: 5, number: '4', plannedOrder: 4, content: 'Bế mạc', presenter: 'Chủ tịch UBND Tỉnh', plannedStart: '2021-07-07T08:55', plannedSeconds: 300, actualStart: at(8, 39), actualEnd: at(8, 42), actualSeconds: 180, overrunSeconds: -120 }),
  ],
  speeches: [
    { requestId: 'r1', speakerName: 'Nguyễn Văn Bình', bridgePointId: 'p1', bridgePointName: 'Điểm cầu huyện Tân Hồng', kind: 'speak', itemId: 'i2', itemNumber: '2', itemContent: 'Báo cáo kết quả CCHC năm 2020', requestedAt: at(8, 12), givenAt: at(8, 20), endedAt: at(8, 27, 20), seconds: 440, allowedSeconds: 420, overrunSeconds: 20 },
    { requestId: 'r2', speakerName: 'Trần Thị Cúc', bridgePointId: 'p2', bridgePointName: 'Điểm cầu huyện Lai Vung', kind: 'point_of_order', itemId: 'x1', itemNumber: '', itemContent: 'Phát biểu của đại diện Bộ Nội vụ', requestedAt: at(8, 32, 40), givenAt: at(8, 33), endedAt: at(8, 34, 30), seconds: 90, allowedSeconds: 120, overrunSeconds: -30 },
  ],
  changes: [
    { at: at(8, 25), version: 8, kind: 'extended_item', subject: 'Báo cáo kết quả CCHC năm 2020', seconds: 120 },
    { at: at(8, 30), version: 9, kind: 'request_withdrawn', subject: 'Lê Văn Dũng', seconds: null },
    { at: at(8, 31), version: 10, kind: 'inserted', subject: 'Phát biểu của đại diện Bộ Nội vụ', seconds: null },
    { at: at(8, 39), version: 15, kind: 'skipped', subject: 'Tham luận của các địa phương', seconds: null },
  ],
  totals: { plannedSeconds: 4200, actualSeconds: 2390, itemsRun: 4, itemsSkipped: 1, itemsInserted: 1, itemsOverrun: 2, speeches: 2, speakingSeconds: 530 },
});
