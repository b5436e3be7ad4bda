/** The refusals of a vote, Vietnamese first. */
import { DomainError, notFound } from '../errors.js';

export const voteErrors = {
  notFound: () => notFound({ vi: 'cuộc biểu quyết', en: 'vote' }, 'vote.not_found'),
  notDraft: () =>
    new DomainError(409, 'vote.not_draft', {
      vi: 'Cuộc biểu quyết đã được mở hoặc đã kết thúc.',
      en: 'The vote has already been opened or closed.',
    }),
  notOpen: () =>
    new DomainError(409, 'vote.not_open', {
      vi: 'Cuộc biểu quyết chưa mở hoặc đã kết thúc; không thể thay đổi.',
      en: 'The vote is not open; nothing can change.',
    }),
  noQuorum: (present: number, required: number, entitled: number) =>
    new DomainError(409, 'vote.no_quorum', {
      vi: `Chưa đủ số lượng để biểu quyết: có mặt ${present}/${entitled}, cần ít nhất ${required}.`,
      en: `No quorum: ${present} of ${entitled} present, at least ${required} needed.`,
    }),
  badOption: () =>
    new DomainError(422, 'vote.bad_option', {
      vi: 'Phương án đã chọn không có trong phiếu.',
      en: 'The chosen option is not on the ballot.',
    }),
  notEntitled: () =>
    new DomainError(403, 'vote.not_entitled', {
      vi: 'Bạn không thuộc danh sách được biểu quyết.',
      en: 'You are not entitled to vote.',
    }),
  notPresent: () =>
    new DomainError(409, 'vote.not_present', {
      vi: 'Đại biểu chưa được điểm danh có mặt nên chưa thể biểu quyết.',
      en: 'Only delegates checked in as present can vote.',
    }),
  alreadyVoted: () =>
    new DomainError(409, 'vote.already_voted', {
      vi: 'Bạn đã bỏ phiếu kín; phiếu kín không thể sửa.',
      en: 'You have already cast this secret ballot; it cannot be changed.',
    }),
  hallCountedByHands: () =>
    new DomainError(409, 'vote.hall_counted_by_hands', {
      vi: 'Điểm cầu này đã nhập kết quả biểu quyết giơ tay; không nhận phiếu điện tử nữa.',
      en: 'This hall has entered a show-of-hands count; electronic ballots are no longer taken there.',
    }),
  handsNotAllowed: () =>
    new DomainError(409, 'vote.hands_not_allowed', {
      vi: 'Biểu quyết giơ tay chỉ dùng cho biểu quyết công khai theo đại biểu.',
      en: 'A show-of-hands count is only for open votes of delegates.',
    }),
  handsWrongLength: () =>
    new DomainError(422, 'vote.hands_wrong_length', {
      vi: 'Số kết quả nhập phải bằng số phương án.',
      en: 'Give one count per option.',
    }),
  handsTooMany: (sum: number, entitled: number) =>
    new DomainError(422, 'vote.hands_too_many', {
      vi: `Tổng số biểu quyết (${sum}) vượt số đại biểu của điểm cầu (${entitled}).`,
      en: `The counts add up to ${sum}, more than the ${entitled} delegates of the hall.`,
    }),
  badRule: () =>
    new DomainError(422, 'vote.bad_rule', {
      vi: 'Tỷ lệ phải nhỏ hơn hoặc bằng 1 (tử số không lớn hơn mẫu số).',
      en: 'A fraction must be at most 1 (numerator not above denominator).',
    }),
  itemNotFound: () => notFound({ vi: 'mục chương trình', en: 'programme item' }, 'vote.item_not_found'),
  hallNotFound: () => notFound({ vi: 'điểm cầu', en: 'bridge point' }, 'vote.bridge_point_not_found'),
  noDelegate: () =>
    new DomainError(403, 'vote.no_delegate', {
      vi: 'Hãy mở đường liên kết cá nhân của đại biểu, hoặc đăng nhập bằng tài khoản có email trùng với email đại biểu trong danh sách, để biểu quyết.',
      en: 'Open your personal delegate link, or sign in with the account whose e-mail is yours on the list of delegates, to vote.',
    }),
};
