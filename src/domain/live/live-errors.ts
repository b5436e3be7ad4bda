/**
 * Refusals of the live conference: each a DomainError with a stable `live.*` code and a
 * message in Vietnamese and English. 409: the state does not allow it now; 404: unknown id.
 */
import { DomainError } from '../errors.js';

const conflict = (code: string, vi: string, en: string) => new DomainError(409, `live.${code}`, { vi, en });
const missing = (code: string, vi: string, en: string) => new DomainError(404, `live.${code}`, { vi, en });

export const liveErrors = {
  notRunning: () => conflict('not_running', 'Hội nghị chưa bắt đầu.', 'The meeting has not started.'),
  ended: () => conflict('ended', 'Hội nghị đã kết thúc.', 'The meeting has ended.'),
  alreadyStarted: () => conflict('already_started', 'Hội nghị đã bắt đầu.', 'The meeting has already started.'),
  itemNotFound: () => missing('item_not_found', 'Không tìm thấy nội dung trong chương trình.', 'The programme item was not found.'),
  itemRunning: () => conflict('item_running', 'Nội dung này đang diễn ra.', 'This item is already running.'),
  itemClosed: () =>
    conflict(
      'item_closed',
      'Nội dung này đã xong hoặc đã bỏ qua, không thể bắt đầu lại.',
      'This item is done or skipped and cannot start again.',
    ),
  itemNotPending: () =>
    conflict(
      'item_not_pending',
      'Chỉ bỏ qua được nội dung chưa diễn ra hoặc đang diễn ra.',
      'Only a pending or running item can be skipped.',
    ),
  noPendingItem: () => conflict('no_pending_item', 'Không còn nội dung nào chưa diễn ra.', 'No pending item is left.'),
  noItemRunning: () => conflict('no_item_running', 'Không có nội dung nào đang diễn ra.', 'No item is running.'),
  nothingToPause: () => conflict('nothing_to_pause', 'Không có đồng hồ nào đang chạy.', 'No timer is running.'),
  nothingToResume: () => conflict('nothing_to_resume', 'Không có đồng hồ nào đang tạm dừng.', 'No timer is paused.'),
  nothingToExtend: () =>
    conflict('nothing_to_extend', 'Không có thời gian nào để gia hạn.', 'There is no running item or speaker to extend.'),
  reorderMismatch: () =>
    conflict(
      'reorder_mismatch',
      'Thứ tự mới phải gồm đúng các nội dung chưa diễn ra, mỗi nội dung một lần.',
      'The new order must list every pending item exactly once.',
    ),
  requestNotFound: () => missing('request_not_found', 'Không tìm thấy đăng ký phát biểu.', 'The floor request was not found.'),
  requestNotWaiting: () =>
    conflict('request_not_waiting', 'Đăng ký phát biểu này không còn đang chờ.', 'This floor request is no longer waiting.'),
  noFloor: () => conflict('no_floor', 'Không có ai đang phát biểu.', 'Nobody has the floor.'),
  queueMismatch: () =>
    conflict(
      'queue_mismatch',
      'Thứ tự mới phải gồm đúng các đăng ký đang chờ, mỗi đăng ký một lần.',
      'The new order must list every waiting request exactly once.',
    ),
  alreadyWaiting: () =>
    conflict('already_waiting', 'Bạn đã có một đăng ký phát biểu đang chờ.', 'You already have a floor request waiting.'),
  pointNotFound: () =>
    missing('point_not_found', 'Không tìm thấy điểm cầu trong hội nghị.', 'The bridge point is not part of this conference.'),
  pointNotWatching: () =>
    conflict(
      'point_not_watching',
      'Điểm cầu này đã tham gia tương tác (WebRTC) theo kế hoạch, không cần cho tương tác thêm.',
      'This bridge point already interacts (WebRTC) by the plan; there is nothing to promote.',
    ),
  notYourRequest: () =>
    new DomainError(403, 'live.not_your_request', {
      vi: 'Bạn chỉ rút được đăng ký phát biểu của mình.',
      en: 'You can only withdraw your own floor request.',
    }),
};
