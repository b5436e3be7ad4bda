/**
 * A small PlanDraft taken from the Đồng Tháp 2021 seed plan, for tests of the services
 * and of the API (not used at run time).
 */
import { ONE_POINT } from '../domain/conference-rules.js';
import { blankAgendaItemDetails } from '../domain/agenda-items.js';
import { blankParticipantGroupDetails } from '../domain/participant-groups.js';
import type { PlanDraft } from '../domain/conference.schema.js';
import { blankConferenceInfo } from '../domain/conference-rules.js';

const group = (over: Partial<PlanDraft['participantGroups'][number]> & { text: string }): PlanDraft['participantGroups'][number] => ({
  scope: 'point',
  bridgePointKey: 'tinh',
  ...blankParticipantGroupDetails(),
  ...over,
});

const item = (over: Partial<PlanDraft['agendaItems'][number]> & { key: string; content: string }): PlanDraft['agendaItems'][number] => ({
  parentKey: null,
  ...blankAgendaItemDetails(),
  ...over,
});

export const sampleDraft = (): PlanDraft => ({
  ...blankConferenceInfo(),
  issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP',
  documentSymbol: 'UBND',
  place: 'Đồng Tháp',
  issueDate: '2021-06',
  title: 'Tổ chức Hội nghị trực tuyến về tổng kết, nhân rộng các mô hình cải cách hành chính giai đoạn 2021 - 2026',
  purpose: 'Nhằm tổng kết, nhân rộng các mô hình cải cách hành chính (CCHC)...',
  startsAt: '2021-07-07T08:00',
  venue: 'Hội trường Ủy ban nhân dân (UBND) Tỉnh và trực tuyến tại các điểm cầu UBND các huyện, thành phố trực thuộc tỉnh.',
  replacesInvitation: true,
  fundingSource: 'Sử dụng từ nguồn kinh phí cải cách hành chính năm 2021 được phân bổ cho Sở Nội vụ.',
  signerName: 'Phạm Thiện Nghĩa',
  bridgePoints: [
    {
      key: 'tinh',
      name: 'Điểm cầu Tỉnh',
      address: 'Hội trường UBND Tỉnh',
      quota: 40,
      kind: 'hall',
      isHost: true,
      operatorName: '',
      operatorPhone: '',
      operatorEmail: '',
      unitCode: null,
      ...ONE_POINT,
    },
    {
      key: 'chau-thanh',
      name: 'UBND huyện Châu Thành',
      address: '',
      quota: null,
      kind: 'hall',
      isHost: false,
      operatorName: '',
      operatorPhone: '',
      operatorEmail: '',
      unitCode: '877',
      ...ONE_POINT,
    },
  ],
  participantGroups: [
    group({
      category: '1.1. Khách mời ngoài tỉnh',
      personName: 'Đỗ Thanh Huyền',
      isRemote: true,
      text: 'Bà Đỗ Thanh Huyền, chuyên gia về Chỉ số PAPI (UNDP);',
    }),
    group({
      category: '1.2. Cơ quan đảng, chính quyền, đoàn thể',
      role: 'Chủ tịch',
      personName: 'Phạm Thiện Nghĩa',
      isPresiding: true,
      text: 'Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa (Chủ trì).',
    }),
    group({
      scope: 'every_other_point',
      bridgePointKey: null,
      role: 'Chủ tịch UBND cấp xã',
      invitedBy: 'Chủ tịch UBND cấp huyện',
      text: 'Chủ tịch UBND cấp xã (do Chủ tịch UBND cấp huyện mời).',
    }),
  ],
  assignments: [
    {
      leadAgency: 'Sở Nội vụ',
      cooperatingAgencies: [],
      heading: '1. Sở Nội vụ',
      tasks: [
        {
          text: 'Chuẩn bị và trình báo cáo đánh giá kết quả triển khai các mô hình CCHC.',
          deadline: '2021-07-01',
          status: 'todo',
          cooperatingAgencies: ['Văn phòng UBND Tỉnh'],
          agendaItemKey: 'i2',
          producesDocument: 'Báo cáo',
        },
      ],
    },
    {
      leadAgency: 'Văn phòng UBND Tỉnh',
      cooperatingAgencies: ['Sở Nội vụ'],
      heading: '2. Văn phòng UBND Tỉnh',
      tasks: [
        {
          text: 'Chuẩn bị hội trường, kết nối đường truyền trực tuyến.',
          deadline: null,
          status: 'in_progress',
          cooperatingAgencies: [],
          agendaItemKey: null,
          producesDocument: '',
        },
        {
          text: 'Dự thảo Thông báo kết luận sau Hội nghị.',
          deadline: '2024-02-29',
          status: 'todo',
          cooperatingAgencies: [],
          agendaItemKey: null,
          producesDocument: 'Thông báo kết luận',
        },
      ],
    },
  ],
  agendaItems: [
    item({
      key: 'i1',
      number: '1',
      content: 'Tuyên bố lý do, giới thiệu đại biểu',
      presenterOrganisation: 'Văn phòng UBND Tỉnh',
      durationMinutes: 5,
    }),
    item({
      key: 'i2',
      number: '2',
      content: 'Báo cáo đánh giá kết quả triển khai các mô hình CCHC',
      presenterOrganisation: 'Sở Nội vụ',
      durationMinutes: 15,
    }),
    item({
      key: 'i5',
      number: '5',
      content: 'Ý kiến, tham luận của các cơ quan, địa phương',
      perSpeakerMinutes: 7,
      durationText: 'Mỗi đại biểu trình bày 07 phút',
    }),
    item({
      key: 'i5a',
      parentKey: 'i5',
      number: '-',
      content: 'Các mô hình, cách làm mới về CCHC',
      presenterOrganisation: 'UBND huyện Châu Thành',
    }),
    item({
      key: 'i5b',
      parentKey: 'i5',
      number: '-',
      content: 'Mô hình “Thư chúc mừng” và “Thư chia buồn”',
      presenterOrganisation: 'UBND thành phố Sa Đéc',
    }),
    item({ key: 'i6', number: '6', content: 'Giải lao', durationMinutes: 15, kind: 'break' }),
    item({
      key: 'i10',
      number: '10',
      content: 'Kết luận của Chủ trì Hội nghị',
      presenterOrganisation: 'Chủ tịch UBND Tỉnh',
      kind: 'conclusion',
    }),
  ],
  costLines: [{ description: 'Nước uống, trái cây', amountVnd: 2_500_000 }],
  distribution: [{ text: 'TT/TU, TT/HĐND Tỉnh;' }, { text: 'Lưu: VT, T (KSTTHC).' }],
  unclassified: [{ section: 'III', text: 'Một dòng không phân loại được.' }],
  sessions: [],
  chairs: [],
  outline: [],
});
