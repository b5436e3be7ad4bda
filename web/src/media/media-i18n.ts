/**
 * Texts of video and sound (issue 6): the device set-up, the stage, the guest's page,
 * Vietnamese first. Merged under `media` into the app's i18next instance when a media
 * component loads.
 */
import i18n from '../i18n/index.js';

const vi = {
  title: 'Hình ảnh và âm thanh',
  setup: {
    title: 'Chuẩn bị camera và micro',
    camera: 'Camera',
    microphone: 'Micro',
    noCamera: 'Không dùng camera',
    device: 'Thiết bị {{n}}',
    preview: 'Hình ảnh xem trước',
    level: 'Mức âm thanh micro',
    levelHint: 'Hãy nói thử: thanh mức âm thanh phải dao động.',
    join: 'Tham gia',
    starting: 'Đang mở camera và micro…',
    denied: 'Trình duyệt không cho dùng camera hoặc micro. Hãy cho phép rồi thử lại.',
    insecure: 'Trình duyệt chỉ cho dùng camera và micro trên trang https (hoặc trên chính máy chủ).',
    retry: 'Thử lại',
  },
  stage: {
    main: 'Điểm cầu chính',
    beside: 'Điểm cầu đang phát biểu',
    thumbnails: 'Các điểm cầu',
    empty: 'Chưa có hình',
    you: 'Hình của điểm cầu này',
    soundBlocked: 'Bật âm thanh',
    forceMute: 'Tắt micro',
    forceUnmute: 'Mở lại micro',
    forcedMuted: 'Chủ trì đã tắt micro',
    audioOnly: 'Chỉ âm thanh',
  },
  controls: {
    mute: 'Tắt micro của điểm cầu',
    unmute: 'Mở micro của điểm cầu',
    micOpen: 'Đang phát biểu / Micro mở',
    micClosed: 'Micro đang đóng',
    selfMuted: 'Điểm cầu đã tự tắt micro',
    audioOnly: 'Chỉ âm thanh (đường truyền yếu)',
    changeDevices: 'Đổi thiết bị',
    recording: 'Đang ghi hình',
    link: { good: 'Đường truyền tốt', weak: 'Đường truyền yếu', down: 'Mất kết nối', unknown: 'Đang đo đường truyền' },
    figures: '{{rtt}} ms · mất {{loss}}% · {{kbps}} kbit/s',
    connecting: 'Đang kết nối hình và tiếng…',
    reconnecting: 'Đang kết nối lại hình và tiếng…',
  },
  guest: {
    title: 'Khách mời trực tuyến',
    ask: 'Xin phát biểu',
  },
};

const en: typeof vi = {
  title: 'Video and sound',
  setup: {
    title: 'Set up camera and microphone',
    camera: 'Camera',
    microphone: 'Microphone',
    noCamera: 'No camera',
    device: 'Device {{n}}',
    preview: 'Preview',
    level: 'Microphone level',
    levelHint: 'Say something: the level bar should move.',
    join: 'Join',
    starting: 'Opening camera and microphone…',
    denied: 'The browser does not allow the camera or microphone. Allow them and try again.',
    insecure: 'Browsers allow the camera and microphone only on https pages (or on the server itself).',
    retry: 'Try again',
  },
  stage: {
    main: 'Host hall',
    beside: 'Hall with the floor',
    thumbnails: 'Halls',
    empty: 'No picture yet',
    you: 'This hall',
    soundBlocked: 'Turn sound on',
    forceMute: 'Mute',
    forceUnmute: 'Unmute',
    forcedMuted: 'Muted by the chair',
    audioOnly: 'Sound only',
  },
  controls: {
    mute: "Mute this hall's microphone",
    unmute: "Unmute this hall's microphone",
    micOpen: 'Speaking / Microphone open',
    micClosed: 'Microphone closed',
    selfMuted: 'This hall muted itself',
    audioOnly: 'Sound only (weak link)',
    changeDevices: 'Change devices',
    recording: 'Recording',
    link: { good: 'Good link', weak: 'Weak link', down: 'Link down', unknown: 'Measuring the link' },
    figures: '{{rtt}} ms · {{loss}}% lost · {{kbps}} kbit/s',
    connecting: 'Connecting video and sound…',
    reconnecting: 'Reconnecting video and sound…',
  },
  guest: {
    title: 'Remote guest',
    ask: 'Ask to speak',
  },
};

i18n.addResourceBundle('vi', 'translation', { media: vi }, true, false);
i18n.addResourceBundle('en', 'translation', { media: en }, true, false);
