/**
 * Texts of the recording of the host programme (issue 6): the consoles' toggle and the
 * timeline's list of recorded sessions, Vietnamese first. Merged under `media.recording`.
 */
import i18n from '../i18n/index.js';

const vi = {
  start: 'Ghi hình',
  stop: 'Dừng ghi hình',
  on: '● Đang ghi hình',
  elapsed: '● Đang ghi hình {{elapsed}}',
  hint: 'Ghi hình điểm cầu chính và điểm cầu đang phát biểu; tự dừng khi bế mạc.',
  confirmTitle: 'Dừng ghi hình?',
  confirmMessage: 'Bản ghi của phiên này được lưu lại và tải được ở trang Diễn biến hội nghị.',
  keepRecording: 'Tiếp tục ghi',
  panel: {
    title: 'Bản ghi hình',
    intro: 'Mỗi lần ghi hình là một phiên: điểm cầu chính và điểm cầu đang phát biểu, mỗi hình một tệp.',
    empty: 'Chưa có bản ghi hình nào.',
    inProgress: 'Đang ghi hình: phiên hiện tại có trong danh sách khi dừng ghi.',
    refresh: 'Làm mới',
    session: 'Phiên',
    started: 'Bắt đầu',
    ended: 'Kết thúc',
    duration: 'Thời lượng',
    files: 'Tệp',
    notEnded: 'Chưa kết thúc',
    noFiles: 'Không có tệp',
    part: { main: 'Điểm cầu chính', beside: 'Điểm cầu phát biểu' },
    download: 'Tải {{name}}',
  },
};

const en: typeof vi = {
  start: 'Record',
  stop: 'Stop recording',
  on: '● Recording',
  elapsed: '● Recording {{elapsed}}',
  hint: 'Records the host hall and the hall with the floor; stops by itself when the meeting closes.',
  confirmTitle: 'Stop recording?',
  confirmMessage: 'The recording of this session is kept and can be downloaded from the timeline page.',
  keepRecording: 'Keep recording',
  panel: {
    title: 'Recordings',
    intro: 'Each recording is a session: the host hall and the hall with the floor, one file each.',
    empty: 'No recordings yet.',
    inProgress: 'Recording: the current session appears here once it stops.',
    refresh: 'Refresh',
    session: 'Session',
    started: 'Started',
    ended: 'Ended',
    duration: 'Length',
    files: 'Files',
    notEnded: 'Not ended',
    noFiles: 'No files',
    part: { main: 'Host hall', beside: 'Hall with the floor' },
    download: 'Download {{name}}',
  },
};

i18n.addResourceBundle('vi', 'translation', { media: { recording: vi } }, true, false);
i18n.addResourceBundle('en', 'translation', { media: { recording: en } }, true, false);
