/** Texts of the media tier of a bridge point (issue 19), Vietnamese first: registered by media-tier-i18n.ts. */
export const mediaTierVi = {
  label: 'Cách tham gia',
  labelOf: 'Cách tham gia của {{name}}',
  byKind: 'Theo loại điểm cầu (mặc định: {{tier}})',
  tiers: { interactive: 'Tương tác (WebRTC)', watching: 'Theo dõi (HLS)' },
  short: { interactive: 'Tương tác', watching: 'Theo dõi' },
  hostAlways: 'Điểm cầu chủ trì luôn tương tác',
  promote: 'Cho tương tác hôm nay',
  promoteOf: 'Cho {{name}} tương tác hôm nay',
  demote: 'Trả về theo dõi',
  demoteOf: 'Trả {{name}} về theo dõi',
  promoted: 'Tương tác hôm nay (chủ trì cho phép)',
  playback: {
    starting: 'Đang tải',
    playing: 'Trễ ít nhất {{latency}}',
    playingUnknown: 'Đang phát',
    stalled: 'Gián đoạn ({{count}})',
    error: 'Lỗi phát',
    title: 'Tình trạng nhận chương trình (HLS)',
  },
};

export const mediaTierEn: typeof mediaTierVi = {
  label: 'Takes part',
  labelOf: 'How {{name}} takes part',
  byKind: 'By the kind of point (default: {{tier}})',
  tiers: { interactive: 'Interactive (WebRTC)', watching: 'Watching (HLS)' },
  short: { interactive: 'Interactive', watching: 'Watching' },
  hostAlways: 'The host point always interacts',
  promote: 'Interactive today',
  promoteOf: 'Let {{name}} interact today',
  demote: 'Back to watching',
  demoteOf: 'Send {{name}} back to watching',
  promoted: 'Interactive today (allowed by the chair)',
  playback: {
    starting: 'Loading',
    playing: 'At least {{latency}} behind',
    playingUnknown: 'Playing',
    stalled: 'Interrupted ({{count}})',
    error: 'Playback error',
    title: 'How the programme arrives (HLS)',
  },
};
