/**
 * Texts of the meeting regime's warnings (Decision 45/2018/QĐ-TTg), Vietnamese first, added to
 * the app's i18next instance when the component loads (deep merge under `meetingRegime`).
 */
import i18n from '../i18n/index.js';

const vi = {
  documentsTitle: 'Tài liệu gửi chậm so với chế độ họp',
  noticeTitle: 'Thời hạn ban hành thông báo kết luận',
  onlyWarning: 'Đây là cảnh báo để Văn phòng lưu ý, không ngăn thao tác nào.',
  citation: 'Căn cứ: {{text}}',
  codes: {
    sent: '"{{title}}" gửi {{sent}}, sau hạn gửi tài liệu {{deadline}} (chậm {{count}} ngày làm việc).',
    unsent:
      '"{{title}}" chưa đến được người dự họp vì kế hoạch chưa ban hành; hạn gửi tài liệu {{deadline}} đã qua {{count}} ngày làm việc.',
    overdue: 'Thông báo kết luận chưa ban hành; hạn ban hành {{deadline}} đã qua {{count}} ngày làm việc.',
    issuedLate: 'Thông báo kết luận ban hành {{issued}}, sau hạn {{deadline}} (chậm {{count}} ngày làm việc).',
    due: 'Thông báo kết luận cần ban hành chậm nhất {{deadline}} (05 ngày làm việc sau ngày kết thúc hội nghị).',
  },
};

/** English adds the singular of each count (Vietnamese has one form). */
const en = {
  documentsTitle: 'Documents sent later than the meeting regime allows',
  noticeTitle: 'Deadline of the conclusion notice',
  onlyWarning: 'A warning for the secretariat: nothing is blocked.',
  citation: 'Under: {{text}}',
  codes: {
    sent_one: '"{{title}}" was sent on {{sent}}, after the documents deadline of {{deadline}} ({{count}} working day late).',
    sent_other: '"{{title}}" was sent on {{sent}}, after the documents deadline of {{deadline}} ({{count}} working days late).',
    unsent_one:
      '"{{title}}" has not reached the participants because the plan is not issued; the documents deadline of {{deadline}} passed {{count}} working day ago.',
    unsent_other:
      '"{{title}}" has not reached the participants because the plan is not issued; the documents deadline of {{deadline}} passed {{count}} working days ago.',
    overdue_one: 'The conclusion notice has not been issued; its deadline of {{deadline}} passed {{count}} working day ago.',
    overdue_other: 'The conclusion notice has not been issued; its deadline of {{deadline}} passed {{count}} working days ago.',
    issuedLate_one: 'The conclusion notice was issued on {{issued}}, after its deadline of {{deadline}} ({{count}} working day late).',
    issuedLate_other: 'The conclusion notice was issued on {{issued}}, after its deadline of {{deadline}} ({{count}} working days late).',
    due: 'The conclusion notice is due by {{deadline}} (5 working days after the day the meeting ended).',
  },
};

i18n.addResourceBundle('vi', 'translation', { meetingRegime: vi }, true, false);
i18n.addResourceBundle('en', 'translation', { meetingRegime: en }, true, false);
