/**
 * Texts of the watching tier (issue 19): the programme player, a watching point's modes.
 * Merged under `watching` into the app's i18next instance when a watching component loads.
 */
import i18n from '../i18n/index.js';

const vi = {
  video: 'Chương trình hội nghị (truyền hình trực tiếp)',
  starting: 'Đang tải chương trình…',
  live: 'Trực tiếp · trễ ít nhất {{latency}} · {{rendition}}',
  stalled_one: 'Gián đoạn ({{count}} lần), đang tải lại…',
  stalled_other: 'Gián đoạn ({{count}} lần), đang tải lại…',
  error: 'Mất tín hiệu chương trình, đang thử lại…',
  failed: 'Không mở được chương trình. Kiểm tra mạng rồi tải lại trang.',
  tierWatching: 'Điểm cầu theo dõi: xem chương trình qua HLS, chỉ kết nối hai chiều khi được phát biểu.',
  standby: 'Sắp đến lượt phát biểu: camera và micro đã kết nối sẵn (chưa ai thấy, micro đang tắt).',
  speaking: 'Điểm cầu đang phát biểu: hình ảnh và âm thanh hai chiều.',
  devices: 'Camera và micro để phát biểu',
};

const en: typeof vi = {
  video: 'The conference programme (live)',
  starting: 'Loading the programme…',
  live: 'Live · at least {{latency}} behind · {{rendition}}',
  stalled_one: 'Interrupted ({{count}} time), reloading…',
  stalled_other: 'Interrupted ({{count}} times), reloading…',
  error: 'The programme signal was lost, trying again…',
  failed: 'The programme could not be opened. Check the network, then reload the page.',
  tierWatching: 'Watching point: the programme over HLS; two-way only when given the floor.',
  standby: 'Your turn to speak is near: camera and microphone are connected ahead (seen by nobody, microphone off).',
  speaking: 'This point has the floor: two-way picture and sound.',
  devices: 'Camera and microphone for speaking',
};

i18n.addResourceBundle('vi', 'translation', { watching: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { watching: en }, true, true);
