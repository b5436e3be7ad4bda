/** Refusals of the media room: a DomainError with a stable `media.*` code, in Vietnamese and English. */
import { DomainError } from '../../domain/errors.js';

const conflict = (code: string, vi: string, en: string) => new DomainError(409, `media.${code}`, { vi, en });

export const mediaErrors = {
  notJoined: () =>
    conflict(
      'not_joined',
      'Trang chưa vào phòng hình ảnh, âm thanh. Trang sẽ tự kết nối lại.',
      'The page has not joined the media room. It will reconnect by itself.',
    ),
  viewOnly: () =>
    conflict('view_only', 'Trang này chỉ xem, không gửi hình ảnh, âm thanh.', 'This page only views; it sends no camera or microphone.'),
  noThumbnails: () =>
    conflict(
      'no_thumbnails',
      'Chỉ màn hình của chủ trì và thư ký có các trang hình của điểm cầu để chuyển.',
      "Only the chair's and the secretariat's screens have pages of hall thumbnails to turn.",
    ),
  recordingNotFound: () =>
    new DomainError(404, 'media.recording_not_found', { vi: 'Không tìm thấy bản ghi hình.', en: 'The recording was not found.' }),
  engineFailed: (detail: string) =>
    new DomainError(503, 'media.engine_failed', {
      vi: `Máy chủ hình ảnh, âm thanh không thực hiện được yêu cầu (${detail}). Trang sẽ thử lại.`,
      en: `The media server could not do it (${detail}). The page will try again.`,
    }),
  badRequest: () =>
    new DomainError(400, 'media.bad_request', {
      vi: 'Yêu cầu gửi tới phòng hình ảnh, âm thanh không hợp lệ (thiếu hoặc sai giá trị).',
      en: 'Invalid media room request (a value is missing or wrong).',
    }),
  otherProcess: () =>
    new DomainError(503, 'media.other_process', {
      vi: 'Hình ảnh, âm thanh của hội nghị này do một tiến trình máy chủ khác phục vụ. Bộ cân bằng tải phải đưa mọi kết nối /media của một hội nghị về cùng một tiến trình. Trang sẽ thử lại.',
      en: "This conference's video and sound are served by another server process. The load balancer must send all /media connections of a conference to one process. The page will try again.",
    }),
  badSdp: () => new DomainError(400, 'media.bad_sdp', { vi: 'Mô tả phiên (SDP) không hợp lệ.', en: 'Invalid session description (SDP).' }),
  watchingUnavailable: (detail: string) =>
    new DomainError(503, 'media.watching_unavailable', {
      vi: `Chưa phát được chương trình cho các điểm cầu theo dõi (HLS): ${detail}.`,
      en: `The programme for watching points (HLS) cannot be sent: ${detail}.`,
    }),
  watchLinkInvalid: () =>
    new DomainError(403, 'media.watch_link_invalid', {
      vi: 'Đường dẫn xem chương trình đã hết hạn hoặc không còn hiệu lực. Trang sẽ lấy đường dẫn mới.',
      en: 'The programme address has expired or is no longer valid. The page will get a new one.',
    }),
  programmeStarting: () =>
    new DomainError(503, 'media.programme_starting', {
      vi: 'Chương trình đang bắt đầu phát. Trình phát sẽ thử lại sau một giây.',
      en: 'The programme is starting. The player will try again in a second.',
    }),
  notPublished: () =>
    new DomainError(404, 'media.programme_not_found', {
      vi: 'Chưa có phần này của chương trình (đang bắt đầu phát hoặc đã quá cũ).',
      en: 'This part of the programme is not there (starting, or too old).',
    }),
};
