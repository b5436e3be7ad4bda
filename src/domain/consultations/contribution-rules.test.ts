import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../conference.schema.js';
import { blankAgendaItemDetails } from '../agenda-items.js';
import { DomainError } from '../errors.js';
import {
  afterDecision,
  contributionSlots,
  isContributionOverdue,
  joinsDocumentPack,
  presenterName,
  presenterPoint,
} from './contribution-rules.js';

const item = (id: string, parentId: string | null, presenterOrganisation: string, kind: AgendaItem['kind'] = 'item'): AgendaItem => ({
  id,
  position: 0,
  parentId,
  content: id,
  ...blankAgendaItemDetails(),
  presenterOrganisation,
  kind,
});

describe('written contributions (tham luận)', () => {
  it('take the slots with a presenter: the sub-rows of item 5, and top-level items without sub-rows; never a break or the parent', () => {
    const items = [
      item('1', null, 'Văn phòng UBND Tỉnh'),
      item('5', null, ''),
      item('5a', '5', 'UBND huyện Châu Thành'),
      item('5b', '5', 'UBND huyện Hồng Ngự'),
      item('5c', '5', ''),
      item('6', null, 'Ban tổ chức', 'break'),
      item('10', null, 'Chủ tịch UBND Tỉnh', 'conclusion'),
    ];
    expect(contributionSlots(items).map((slot) => slot.id)).toEqual(['1', '5a', '5b']);
    const parentWithPresenter = [item('5', null, 'Các sở'), item('5a', '5', 'Sở Kế hoạch và Đầu tư')];
    expect(contributionSlots(parentWithPresenter).map((slot) => slot.id)).toEqual(['5a']);
  });

  it('find the bridge point a presenter is, by its name without "UBND", never a namesake of another level', () => {
    const points = [
      { id: 'p-city', name: 'UBND thành phố Cao Lãnh' },
      { id: 'p-district', name: 'UBND huyện Cao Lãnh' },
      { id: 'p-ct', name: 'UBND huyện Châu Thành' },
    ];
    expect(presenterPoint('Thành phố Cao Lãnh', points)).toBe('p-city');
    expect(presenterPoint('UBND huyện Châu Thành', points)).toBe('p-ct');
    expect(presenterPoint('Ủy ban nhân dân huyện Cao Lãnh', points)).toBe('p-district');
    expect(presenterPoint('Sở Kế hoạch và Đầu tư', points)).toBeNull();
    expect(presenterPoint('', points)).toBeNull();
    expect(presenterPoint('UBND huyện Châu Thành', [...points, { id: 'twin', name: 'huyện Châu Thành' }])).toBeNull();
  });

  it('is overdue only when nothing was submitted and the deadline day has passed', () => {
    expect(isContributionOverdue('not_submitted', '2021-07-01', '2021-07-02')).toBe(true);
    expect(isContributionOverdue('not_submitted', '2021-07-01', '2021-07-01')).toBe(false);
    expect(isContributionOverdue('submitted', '2021-07-01', '2021-07-05')).toBe(false);
    expect(isContributionOverdue('not_submitted', null, '2021-07-05')).toBe(false);
  });

  it('is read or filed only once received, and then joins the document pack', () => {
    expect(afterDecision('submitted', 'to_read')).toBe('to_read');
    expect(afterDecision('to_read', 'filed')).toBe('filed');
    expect(() => afterDecision('not_submitted', 'to_read')).toThrow(DomainError);
    expect(['not_submitted', 'submitted', 'to_read', 'filed'].filter((s) => joinsDocumentPack(s as never))).toEqual([
      'submitted',
      'to_read',
      'filed',
    ]);
  });

  it('names the presenter as the programme prints it', () => {
    expect(presenterName({ presenterOrganisation: 'Sở Nội vụ', presenterPerson: '' })).toBe('Sở Nội vụ');
    expect(presenterName({ presenterOrganisation: 'UNDP', presenterPerson: 'Bà Đỗ Thanh Huyền' })).toBe('UNDP – Bà Đỗ Thanh Huyền');
  });
});
