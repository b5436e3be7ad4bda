/**
 * Texts of the consoles' first screen (issue 17): the next action by the meeting's state, the
 * item's and the speaker's controls told apart, row buttons that name their row, the video
 * folded away. Merged under `liveConsole` when a console loads.
 */
import i18n from '../../../i18n/index.js';

const vi = {
  controls: 'Điều khiển chương trình',
  next: 'Tiếp theo: {{name}}',
  noNext: 'Không còn nội dung nào chưa diễn ra',
  itemGroup: 'Nội dung đang diễn ra',
  floorGroup: 'Người đang phát biểu',
  addTime: 'Thêm giờ:',
  extendItem: 'Thêm {{minutes}} phút cho nội dung đang diễn ra',
  extendFloor: 'Thêm {{minutes}} phút cho người đang phát biểu',
  skipCurrent: 'Bỏ qua nội dung này',
  startOf: 'Bắt đầu: {{name}}',
  skipOf: 'Bỏ qua: {{name}}',
  giveTo: 'Mời phát biểu: {{name}}',
  removeOf: 'Xoá đăng ký: {{name}}',
  video: 'Hình ảnh các điểm cầu',
  videoShow: 'Hiện hình ảnh',
  videoHide: 'Ẩn hình ảnh',
  hallLinks: 'Các trang của điểm cầu',
  toCheckIn: 'Đón tiếp tại điểm cầu',
  toDocuments: 'Tài liệu hội nghị',
  toPlan: 'Kế hoạch hội nghị',
};

const en: typeof vi = {
  controls: 'Programme controls',
  next: 'Next: {{name}}',
  noNext: 'No pending item is left',
  itemGroup: 'Item running now',
  floorGroup: 'Speaker now',
  addTime: 'Add time:',
  extendItem: 'Add {{minutes}} min to the item running now',
  extendFloor: 'Add {{minutes}} min to the speaker',
  skipCurrent: 'Skip this item',
  startOf: 'Start: {{name}}',
  skipOf: 'Skip: {{name}}',
  giveTo: 'Give the floor: {{name}}',
  removeOf: 'Remove request: {{name}}',
  video: 'Video of the bridge points',
  videoShow: 'Show video',
  videoHide: 'Hide video',
  hallLinks: "The bridge point's pages",
  toCheckIn: 'Check-in at the bridge point',
  toDocuments: 'Conference documents',
  toPlan: 'Conference plan',
};

i18n.addResourceBundle('vi', 'translation', { liveConsole: vi }, true, false);
i18n.addResourceBundle('en', 'translation', { liveConsole: en }, true, false);
