import { describe, expect, it } from 'vitest';
import { seedConference, seedId } from './fixtures/seed-conference.js';
import { bridgePointHeading, closingParagraph, planBodyBlocks, planSections, timeLine } from './plan-outline.js';

const texts = (conference = seedConference()) => planBodyBlocks(conference).map((block) => ('text' in block ? block.text : '[costs]'));

describe('plan outline of the seed', () => {
  it('computes the weekday of the time line', () => {
    expect(timeLine({ startsAt: '2021-07-07T08:00' })).toBe('- Thời gian: 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).');
    expect(timeLine({ startsAt: '2021-07-11T14:30' })).toBe('- Thời gian: 14 giờ 30 phút, ngày 11/7/2021 (Chủ nhật).');
  });

  it('prints the four sections I to IV in order', () => {
    const sections = planBodyBlocks(seedConference()).filter((block) => block.kind === 'section');
    expect(sections.map((block) => ('text' in block ? block.text : ''))).toEqual([
      'I. THỜI GIAN, ĐỊA ĐIỂM VÀ CHƯƠNG TRÌNH',
      'II. THÀNH PHẦN THAM DỰ',
      'III. PHÂN CÔNG THỰC HIỆN',
      'IV. KINH PHÍ THỰC HIỆN',
    ]);
  });

  it('prints the host point first with its quota, its categories, and the district heading', () => {
    const lines = texts();
    const host = lines.indexOf('1. Điểm cầu Tỉnh: 40 đại biểu.');
    expect(host).toBeGreaterThan(0);
    expect(lines[host + 1]).toMatch(/^1\.1\. Khách mời ngoài tỉnh/);
    expect(lines[host + 2]).toBe(
      '- Bà Đỗ Thanh Huyền, chuyên gia về Chỉ số PAPI của Chương trình Phát triển Liên Hợp Quốc tại Việt Nam (UNDP);',
    );
    expect(lines).toContain('1.2. Cơ quan đảng, chính quyền, đoàn thể');
    const district = lines.indexOf('2. Đầu cầu cấp huyện');
    expect(district).toBeGreaterThan(host);
    expect(lines[district + 1]).toBe('- Chủ tịch UBND huyện, thành phố trực thuộc tỉnh.');
    expect(lines.filter((line) => line.startsWith('- ') && line.includes('UBND huyện Châu Thành'))).toEqual([]);
  });

  it('prints once a line that the importer split into one group per organisation', () => {
    const conference = seedConference();
    const line = conference.participantGroups.find((group) => group.text.startsWith('Đại diện lãnh đạo: Ủy ban Mặt trận'))!;
    const split = ['Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy'].map((organisation, index) => ({
      ...line,
      id: seedId(900 + index),
      organisation,
      position: line.position,
    }));
    conference.participantGroups.push(...split);
    expect(texts(conference).filter((text) => text === `- ${line.text}`)).toHaveLength(1);
  });

  it('keeps assignment headings and task texts as stored', () => {
    const lines = texts();
    const first = lines.indexOf('1. Sở Nội vụ');
    expect(lines[first + 3]).toBe('- Chuẩn bị các tài liệu phục vụ hội nghị;');
    expect(lines).toContain('4. Các cơ quan Báo, Đài Phát thanh và Truyền hình Đồng Tháp, Cổng Thông tin điện tử Tỉnh: Tham dự, đưa tin.');
  });

  it('ends with the closing text, which the seed stores with "thay thư mời"', () => {
    const lines = texts();
    expect(lines.at(-1)).toBe('Kế hoạch này thay thư mời. Yêu cầu các đơn vị được phân công tổ chức thực hiện tốt Kế hoạch này./.');
    expect(lines.filter((line) => line.includes('thay thư mời'))).toHaveLength(1);
  });
});

describe('sections that appear', () => {
  it('leaves out empty sections and renumbers the rest', () => {
    const conference = { ...seedConference(), assignments: [], tasks: [], participantGroups: [], bridgePoints: [] };
    const sections = planBodyBlocks(conference).filter((block) => block.kind === 'section');
    expect(sections.map((block) => ('text' in block ? block.text : ''))).toEqual([
      'I. THỜI GIAN, ĐỊA ĐIỂM VÀ CHƯƠNG TRÌNH',
      'II. KINH PHÍ THỰC HIỆN',
    ]);
  });

  it('prints cost lines in the funding section, even without a funding source', () => {
    const conference = {
      ...seedConference(),
      fundingSource: '',
      costLines: [{ id: seedId(700), position: 0, description: 'Nước uống', amountVnd: 1500000 }],
    };
    const funding = planSections(conference).find((section) => section.key === 'funding');
    expect(funding?.blocks).toEqual([{ kind: 'costs', lines: conference.costLines }]);
    const none = planSections({ ...conference, costLines: [] }).map((section) => section.key);
    expect(none).not.toContain('funding');
  });

  it('drops the programme heading when there is no agenda', () => {
    const lines = texts({ ...seedConference(), agendaItems: [] });
    expect(lines).toContain('I. THỜI GIAN VÀ ĐỊA ĐIỂM');
    expect(lines.some((line) => line.includes('Chương trình chi tiết kèm theo'))).toBe(false);
  });

  it('names bridge points with and without a quota', () => {
    expect(bridgePointHeading(2, 'UBND huyện Lai Vung', 15)).toBe('2. Điểm cầu UBND huyện Lai Vung: 15 đại biểu.');
    expect(bridgePointHeading(1, 'Điểm cầu Tỉnh', null)).toBe('1. Điểm cầu Tỉnh');
  });

  it('adds "Kế hoạch này thay thư mời." when the plan replaces the invitation and the text does not say so', () => {
    const conference = { ...seedConference(), closingText: 'Yêu cầu các đơn vị thực hiện./.' };
    expect(closingParagraph(conference)).toBe('Kế hoạch này thay thư mời. Yêu cầu các đơn vị thực hiện./.');
    expect(closingParagraph({ ...conference, replacesInvitation: false })).toBe('Yêu cầu các đơn vị thực hiện./.');
    expect(closingParagraph({ ...conference, documentType: 'TB', closingText: '' })).toBe('Thông báo này thay thư mời.');
  });
});
