/** Test data: the attendance list of the host point of the seed's conference. */
import type { AttendanceList, AttendanceListRow } from './attendance-list.js';

export const row = (overrides: Partial<AttendanceListRow> = {}): AttendanceListRow => ({
  fullName: 'Phạm Thiện Nghĩa',
  title: 'Chủ tịch UBND Tỉnh',
  organisation: 'UBND tỉnh Đồng Tháp',
  invitation: 'confirmed',
  substitute: null,
  attendance: 'present',
  walkIn: false,
  ...overrides,
});

export const hostList = (rows?: AttendanceListRow[]): AttendanceList => ({
  conference: {
    title: 'Hội nghị trực tuyến đánh giá mô hình cải cách hành chính & Chỉ số CCHC <PAR Index>, PAPI năm 2020',
    startsAt: '2021-07-07T08:00',
    governingBody: '',
    issuingBody: 'Ủy ban nhân dân\nTỉnh Đồng Tháp',
  },
  bridgePoint: { name: 'Điểm cầu Tỉnh', address: 'Hội trường UBND Tỉnh, số 12 đường 30/4, TP Cao Lãnh' },
  rows: rows ?? [
    row(),
    row({ fullName: 'Nguyễn Văn Bình', title: 'Giám đốc', organisation: 'Sở Nội vụ', attendance: 'unknown' }),
    row({
      fullName: 'Trần Thị Cúc',
      title: 'Chánh Văn phòng',
      organisation: 'Văn phòng UBND Tỉnh',
      invitation: 'substituted',
      substitute: { fullName: 'Lê Minh Dũng', title: 'Phó Chánh Văn phòng' },
    }),
    row({ fullName: 'Võ Thành Đạt', title: 'Giám đốc', organisation: 'Sở Tư pháp', invitation: 'declined', attendance: 'absent' }),
    row({ fullName: 'Huỳnh Văn Em', title: 'Phóng viên', organisation: 'Báo Đồng Tháp', invitation: 'not_invited', walkIn: true }),
    row({ fullName: 'Đặng Thị Giang', title: 'Chuyên viên', organisation: 'Sở Nội vụ', invitation: 'invited', attendance: 'unknown' }),
  ],
});
