/** The refusals of a written opinion form (phiếu lấy ý kiến), Vietnamese first. */
import { DomainError, notFound } from '../errors.js';

export const formErrors = {
  notFound: () => notFound({ vi: 'phiếu lấy ý kiến', en: 'written opinion form' }, 'written_opinion.not_found'),
  questionsWithVote: () =>
    new DomainError(422, 'written_opinion.questions_with_vote', {
      vi: 'Phiếu gắn với một cuộc biểu quyết dùng đúng nội dung và phương án của cuộc biểu quyết đó; không nhập câu hỏi riêng.',
      en: 'A form on a vote asks the vote’s own question and options; give no questions of its own.',
    }),
  noQuestions: () =>
    new DomainError(422, 'written_opinion.no_questions', {
      vi: 'Phiếu không gắn với cuộc biểu quyết nào phải có ít nhất một câu hỏi.',
      en: 'A form of its own needs at least one question.',
    }),
  votePerPoint: () =>
    new DomainError(409, 'written_opinion.vote_per_point', {
      vi: 'Cuộc biểu quyết theo điểm cầu không lấy ý kiến từng thành viên bằng phiếu.',
      en: 'A vote per bridge point takes no written opinions of members.',
    }),
  notDraft: () =>
    new DomainError(409, 'written_opinion.not_draft', {
      vi: 'Phiếu đã được gửi; không thể gửi lại.',
      en: 'The form has already been sent.',
    }),
  notSent: () =>
    new DomainError(409, 'written_opinion.not_sent', {
      vi: 'Phiếu chưa được gửi hoặc đã kết thúc.',
      en: 'The form has not been sent, or it is closed.',
    }),
  deadlinePassed: () =>
    new DomainError(409, 'written_opinion.deadline_passed', {
      vi: 'Đã hết hạn gửi phiếu lấy ý kiến.',
      en: 'The deadline of the form has passed.',
    }),
  badDeadline: () =>
    new DomainError(422, 'written_opinion.bad_deadline', {
      vi: 'Thời hạn trả lời không phải là một ngày giờ có thật.',
      en: 'The deadline is not a real date and time.',
    }),
  deadlineNotAhead: () =>
    new DomainError(422, 'written_opinion.deadline_not_ahead', {
      vi: 'Thời hạn trả lời phải sau thời điểm gửi phiếu.',
      en: 'The deadline must be later than now.',
    }),
  notRecipient: () =>
    new DomainError(403, 'written_opinion.not_recipient', {
      vi: 'Phiếu này không gửi cho bạn.',
      en: 'This form was not sent to you.',
    }),
  alreadyAnswered: () =>
    new DomainError(409, 'written_opinion.already_answered', {
      vi: 'Bạn đã gửi phiếu này; mỗi thành viên chỉ gửi một lần.',
      en: 'You have already answered this form; each member answers once.',
    }),
  wrongChoices: () =>
    new DomainError(422, 'written_opinion.wrong_choices', {
      vi: 'Hãy chọn đúng một phương án cho mỗi câu hỏi.',
      en: 'Choose one option for each question.',
    }),
  unknownDelegates: (count: number) =>
    new DomainError(422, 'written_opinion.unknown_delegates', {
      vi: `${count} người được chọn không có trong danh sách đại biểu của hội nghị.`,
      en: `${count} of the people chosen are not on the conference's list of delegates.`,
    }),
  notMergeable: () =>
    new DomainError(409, 'written_opinion.not_mergeable', {
      vi: 'Chỉ tổng hợp được khi cả cuộc biểu quyết và phiếu lấy ý kiến gắn với nó đã kết thúc.',
      en: 'Only a closed form on a vote can be merged, once that vote is closed.',
    }),
  alreadyMerged: () =>
    new DomainError(409, 'written_opinion.already_merged', {
      vi: 'Kết quả phiếu này đã được tổng hợp vào cuộc biểu quyết.',
      en: 'This form has already been merged with the vote.',
    }),
  overlap: (count: number) =>
    new DomainError(409, 'written_opinion.overlap', {
      vi: `${count} thành viên đã trả lời phiếu lại có mặt khi biểu quyết tại hội nghị; không thể cộng hai lần.`,
      en: `${count} members who answered the form were present at the meeting’s vote; they cannot be counted twice.`,
    }),
};
