/**
 * One sentence template per audited action code, in Vietnamese and English: what follows the
 * actor's name ("{actor} bỏ qua {item}"). Placeholders are filled from the entry (audit-sentences.ts);
 * a part in [brackets] is left out when a placeholder inside it is not known, so a sentence never
 * prints an empty name or a raw identifier. Keep one line per code: the test lists the codes the
 * routes and services audit and fails on one without its sentence.
 *
 * Placeholders: {subject} (the entity's name or title), {item} (`nội dung 4 «…»`), {point} (a bridge
 * point's name), {speaker}, {count}, {length} (a duration in words), {status}, {role}, {target}, {muted}, {recording}, {tier}.
 */

export type Phrase = readonly [vi: string, en: string];

const plan = (noun: [string, string], subject = '[ «{subject}»]', subjectEn = '[ “{subject}”]') => ({
  create: [`thêm ${noun[0]}${subject}`, `added ${noun[1]}${subjectEn}`] as Phrase,
  update: [`sửa ${noun[0]}${subject}`, `edited ${noun[1]}${subjectEn}`] as Phrase,
  delete: [`xoá ${noun[0]}${subject}`, `deleted ${noun[1]}${subjectEn}`] as Phrase,
  reorder: [`sắp xếp lại thứ tự ${noun[0]}`, `reordered ${noun[1]}s`] as Phrase,
});

const groups = plan(['thành phần tham dự', 'the participant group']);
const assignments = plan(['nhóm nhiệm vụ của', 'the assignment of'], '[ {subject}]', '[ {subject}]');
const tasks = plan(['nhiệm vụ', 'the task']);
const conclusions = plan(['kết luận', 'the conclusion']);

export const AUDIT_PHRASES: Readonly<Record<string, Phrase>> = {
  // Accounts, sessions and links
  'user.setup_admin': ['tạo tài khoản quản trị đầu tiên[ {subject}]', 'created the first administrator account[ {subject}]'],
  'user.create': ['tạo tài khoản[ {subject}]', 'created the account[ {subject}]'],
  'user.disable': ['khoá tài khoản[ {subject}]', 'disabled the account[ {subject}]'],
  'user.enable': ['mở khoá tài khoản[ {subject}]', 'enabled the account[ {subject}]'],
  'user.reset_password': ['đặt lại mật khẩu[ cho {subject}]', 'reset the password[ of {subject}]'],
  'user.set_password': ['đặt mật khẩu mới', 'set a new password'],
  'session.login': ['đăng nhập', 'signed in'],
  'session.logout': ['đăng xuất', 'signed out'],
  'session.link_login': ['mở trang bằng đường dẫn riêng', 'opened the page with a personal link'],
  'session.link_logout': ['đóng phiên của đường dẫn riêng', 'closed the personal link session'],
  'session.revoke_all': ['đăng xuất mọi phiên đăng nhập[ của {subject}]', 'signed out every session[ of {subject}]'],
  'setup.link_create': ['tạo đường dẫn thiết lập lần đầu', 'created the first set-up link'],
  'membership.grant': ['cấp quyền[ {role}][ cho {subject}]', 'granted[ the {role} role][ to {subject}]'],
  'membership.revoke': ['thu hồi quyền[ {role}][ của {subject}]', 'revoked[ the {role} role][ of {subject}]'],
  'access_link.create': ['tạo đường dẫn truy cập[ «{subject}»]', 'created the access link[ “{subject}”]'],
  'access_link.revoke': ['thu hồi đường dẫn truy cập[ «{subject}»]', 'revoked the access link[ “{subject}”]'],

  // The plan
  'conference.create': ['tạo hội nghị[ «{subject}»]', 'created the conference[ “{subject}”]'],
  'conference.import': ['nhập kế hoạch hội nghị từ tệp[ «{subject}»]', 'imported the conference plan from a file[ “{subject}”]'],
  'conference.duplicate': ['nhân bản hội nghị[ thành «{subject}»]', 'duplicated the conference[ as “{subject}”]'],
  'conference.update': ['sửa thông tin chung của hội nghị', 'edited the general information'],
  'conference.change_status': ['chuyển trạng thái hội nghị[ sang «{status}»]', 'changed the conference status[ to “{status}”]'],
  'conference.archive': ['lưu trữ hội nghị', 'archived the conference'],
  'conference.unarchive': ['đưa hội nghị ra khỏi lưu trữ', 'took the conference out of the archive'],
  'sessions.replace': ['cập nhật thời gian các phiên họp', 'updated the sessions'],
  'chairs.replace': ['cập nhật người chủ trì hội nghị', 'updated the chairs'],
  'outline.replace': ['cập nhật đề mục của văn bản', 'updated the outline of the document'],
  'budget.replace': ['cập nhật kinh phí', 'updated the budget'],
  'distribution.replace': ['cập nhật nơi nhận', 'updated the distribution list'],
  'unclassified.delete': ['xoá một dòng chưa xếp loại của kế hoạch nhập', 'deleted an unclassified line of the imported plan'],
  'agenda_item.create': ['thêm[ {item}] vào chương trình', 'added[ {item}] to the programme'],
  'agenda_item.update': ['sửa[ {item}] của chương trình', 'edited[ {item}] of the programme'],
  'agenda_item.delete': ['xoá[ {item}] khỏi chương trình', 'deleted[ {item}] from the programme'],
  'agenda_item.reorder': ['sắp xếp lại thứ tự các nội dung chương trình', 'reordered the programme'],
  'bridge_point.create': ['thêm điểm cầu[ {point}]', 'added the bridge point[ {point}]'],
  'bridge_point.create_from_units': [
    'thêm[ {count}] điểm cầu từ danh mục đơn vị hành chính',
    'added[ {count}] bridge points from the list of units',
  ],
  'bridge_point.create_from_unit_tree': [
    'thêm[ {count}] điểm cầu theo cây đơn vị hành chính',
    'added[ {count}] bridge points from the tree of units',
  ],
  'bridge_point.expand_group': [
    'tách nhóm điểm cầu[ {point}] thành từng điểm cầu',
    'split the group of bridge points[ {point}] into points',
  ],
  'bridge_point.update': ['sửa điểm cầu[ {point}]', 'edited the bridge point[ {point}]'],
  'bridge_point.delete': ['xoá điểm cầu[ {point}]', 'deleted the bridge point[ {point}]'],
  'bridge_point.reorder': ['sắp xếp lại thứ tự các điểm cầu', 'reordered the bridge points'],
  'participant_group.create': groups.create,
  'participant_group.update': groups.update,
  'participant_group.delete': groups.delete,
  'participant_group.reorder': groups.reorder,
  'assignment.create': assignments.create,
  'assignment.update': assignments.update,
  'assignment.delete': assignments.delete,
  'assignment.reorder': assignments.reorder,
  'task.create': tasks.create,
  'task.update': tasks.update,
  'task.delete': tasks.delete,
  'task.reorder': tasks.reorder,

  // Documents, consultations, contributions
  'document.upload': ['tải lên tài liệu[ «{subject}»]', 'uploaded the document[ “{subject}”]'],
  'document.add_version': ['tải lên phiên bản mới của tài liệu[ «{subject}»]', 'uploaded a new version of[ “{subject}”]'],
  'document.update': ['sửa thông tin tài liệu[ «{subject}»]', 'edited the document[ “{subject}”]'],
  'document.delete': ['xoá tài liệu[ «{subject}»]', 'deleted the document[ “{subject}”]'],
  'consultation.open': ['mở đợt xin ý kiến dự thảo[ «{subject}»]', 'opened the consultation[ on “{subject}”]'],
  'consultation.respond': ['gửi ý kiến về dự thảo[ «{subject}»]', 'sent comments[ on “{subject}”]'],
  'consultation.answer': ['trả lời ý kiến góp ý[ của {subject}]', 'answered the comments[ of {subject}]'],
  'consultation.remind': ['nhắc các cơ quan gửi ý kiến về dự thảo', 'reminded the agencies to comment on the draft'],
  'contribution.configure': ['thiết lập việc gửi tham luận', 'set up the contributions'],
  'contribution.submit': ['gửi tham luận[ «{subject}»]', 'submitted the contribution[ “{subject}”]'],
  'contribution.decide': ['xét chọn tham luận[ «{subject}»]', 'decided on the contribution[ “{subject}”]'],
  'contribution.remind': ['nhắc các cơ quan gửi tham luận', 'reminded the agencies to send their contributions'],

  // Delegates, invitations, check-in, seating
  'delegate.create': ['thêm đại biểu[ {subject}]', 'added the delegate[ {subject}]'],
  'delegate.update': ['sửa thông tin đại biểu[ {subject}]', 'edited the delegate[ {subject}]'],
  'delegate.delete': ['xoá đại biểu[ {subject}]', 'deleted the delegate[ {subject}]'],
  'delegate.reorder': ['đổi thứ tự nghi thức của đại biểu[ {subject}]', 'moved the delegate[ {subject}] in protocol order'],
  'delegate.import': ['nhập danh sách đại biểu từ tệp[ ({count} người)]', 'imported delegates from a file[ ({count})]'],
  'delegate.invite': ['gửi giấy mời[ tới {count} đại biểu]', 'sent invitations[ to {count} delegates]'],
  'delegate.answer': ['trả lời giấy mời[ của {subject}]', 'answered the invitation[ of {subject}]'],
  'delegate.nominate': ['cử người dự hội nghị[: {subject}]', 'nominated a delegate[: {subject}]'],
  'delegate.check_in': ['điểm danh đại biểu[ {subject}][ tại {point}]', 'checked in[ {subject}][ at {point}]'],
  'delegate.walk_in': ['ghi nhận người đến dự ngoài danh sách[ {subject}][ tại {point}]', 'recorded a walk-in[ {subject}][ at {point}]'],
  'headcount.report': ['báo số người có mặt[ tại {point}][: {count}]', 'reported the headcount[ at {point}][: {count}]'],
  'seating.save_layout': ['lưu sơ đồ chỗ ngồi[ của {point}]', 'saved the seat plan[ of {point}]'],
  'seating.auto_assign': ['xếp chỗ ngồi tự động[ tại {point}]', 'assigned seats automatically[ at {point}]'],
  'seating.move': ['đổi chỗ ngồi[ của {subject}]', 'moved[ {subject}] to another seat'],

  // The live conference
  'live.start_meeting': ['khai mạc hội nghị', 'opened the meeting'],
  'live.end_meeting': ['bế mạc hội nghị', 'closed the meeting'],
  'live.start_item': ['bắt đầu[ {item}]', 'started[ {item}]'],
  'live.end_item': ['kết thúc nội dung đang thực hiện', 'ended the current item'],
  'live.skip_item': ['bỏ qua[ {item}]', 'skipped[ {item}]'],
  'live.pause': ['tạm dừng hội nghị', 'paused the meeting'],
  'live.resume': ['cho hội nghị tiếp tục', 'resumed the meeting'],
  'live.extend': ['thêm[ {length}] cho {target}', 'added[ {length}] to {target}'],
  'live.reorder_items': ['sắp xếp lại các nội dung chưa thực hiện', 'reordered the pending items'],
  'live.insert_item': ['bổ sung nội dung[ «{subject}»]', 'added the item[ “{subject}”]'],
  'live.give_floor': ['mời[ {speaker}] phát biểu', 'gave the floor[ to {speaker}]'],
  'live.end_floor': ['kết thúc lượt phát biểu', 'ended the speech'],
  'live.order_queue': ['sắp xếp lại danh sách đăng ký phát biểu', 'reordered the list of speakers'],
  'live.remove_request': ['bỏ một đăng ký phát biểu[ của {speaker}]', 'removed a request to speak[ of {speaker}]'],
  'live.mute_hall': ['{muted} tiếng điểm cầu[ {point}]', '{muted} the bridge point[ {point}]'],
  'live.set_point_tier': ['chuyển[ điểm cầu {point}] sang {tier}', 'switched[ the bridge point {point}] to {tier}'],
  'live.set_recording': ['{recording} ghi hình', '{recording} recording'],
  'live.request_floor': ['đăng ký phát biểu[ cho {speaker}][ ({point})]', 'asked to speak[ for {speaker}][ ({point})]'],
  'live.withdraw': ['rút đăng ký phát biểu[ của {speaker}]', 'withdrew the request to speak[ of {speaker}]'],
  'live.report_hall': ['báo tình trạng điểm cầu[ {point}]', 'reported the state of the bridge point[ {point}]'],
  'live.message': ['gửi tin nhắn[ tới {point}]', 'sent a message[ to {point}]'],

  // Votes and written opinions
  'vote.create': ['tạo nội dung biểu quyết[ «{subject}»]', 'created the vote[ “{subject}”]'],
  'vote.open': ['mở biểu quyết[ «{subject}»]', 'opened the vote[ “{subject}”]'],
  'vote.close': ['kết thúc biểu quyết[ «{subject}»]', 'closed the vote[ “{subject}”]'],
  'vote.cast': ['bỏ phiếu biểu quyết', 'cast a vote'],
  'vote.cast_secret': ['bỏ phiếu kín', 'cast a secret vote'],
  'vote.count_hands': ['nhập kết quả biểu quyết giơ tay[ tại {point}]', 'entered the show of hands[ at {point}]'],
  'written_opinion.create': ['tạo phiếu lấy ý kiến bằng văn bản[ «{subject}»]', 'created the written opinion form[ “{subject}”]'],
  'written_opinion.send': ['gửi phiếu lấy ý kiến bằng văn bản', 'sent the written opinion forms'],
  'written_opinion.answer': ['trả lời phiếu lấy ý kiến bằng văn bản', 'answered the written opinion form'],
  'written_opinion.answer_secret': ['trả lời phiếu lấy ý kiến kín', 'answered the secret opinion form'],
  'written_opinion.remind': ['nhắc trả lời phiếu lấy ý kiến', 'reminded members to answer the form'],
  'written_opinion.close': ['kết thúc lấy ý kiến bằng văn bản', 'closed the written opinion'],
  'written_opinion.merge': ['tổng hợp kết quả lấy ý kiến bằng văn bản', 'merged the written opinions'],

  // The record: minutes, conclusions, follow-up
  'minutes.note': ['ghi chép cho biên bản', 'took a note for the minutes'],
  'minutes.draft': ['lập dự thảo biên bản', 'drafted the minutes'],
  'minutes.update': ['sửa biên bản', 'edited the minutes'],
  'minutes.open_review': ['gửi biên bản để các thành viên xem lại', 'sent the minutes for review'],
  'minutes.review': ['góp ý biên bản', 'reviewed the minutes'],
  'minutes.lock': ['khoá biên bản', 'locked the minutes'],
  'conclusion.create': conclusions.create,
  'conclusion.update': conclusions.update,
  'conclusion.delete': conclusions.delete,
  'conclusion_notice.draft': ['lập dự thảo Thông báo kết luận', 'drafted the conclusion notice'],
  'conclusion_notice.update': ['sửa Thông báo kết luận', 'edited the conclusion notice'],
  'conclusion_notice.issue': ['ký phát Thông báo kết luận', 'issued the conclusion notice'],
  'followup.progress': ['báo cáo tiến độ nhiệm vụ[ «{subject}»]', 'reported progress on the task[ “{subject}”]'],
  'followup.done': ['báo cáo hoàn thành nhiệm vụ[ «{subject}»]', 'reported the task[ “{subject}”] done'],
  'followup.remind': ['nhắc báo cáo tiến độ nhiệm vụ', 'sent reminders for the tasks'],
  'followup.carry_over': ['chuyển nhiệm vụ sang kỳ sau[ «{subject}»]', 'carried the task[ “{subject}”] over'],
};
