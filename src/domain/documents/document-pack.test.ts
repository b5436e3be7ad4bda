import { describe, expect, it } from 'vitest';
import { agendaLabels, firstPages, packOrder } from './document-pack.js';

const item = (id: string, position: number, parentId: string | null = null, number = '') => ({ id, position, parentId, number });
const doc = (id: string, agendaItemId: string | null, createdAt: string) => ({ id, agendaItemId, createdAt });

describe('the document pack', () => {
  const agenda = [item('i2', 2), item('i1', 1), item('i5', 5), item('i5b', 2, 'i5'), item('i5a', 1, 'i5')];

  it('puts the documents in agenda order, sub-items after their item, those of no item last', () => {
    const order = packOrder(agenda, [
      doc('none', null, '2021-06-01'),
      doc('5b', 'i5b', '2021-06-01'),
      doc('2-late', 'i2', '2021-06-03'),
      doc('2-early', 'i2', '2021-06-02'),
      doc('gone', 'deleted-item', '2021-05-01'),
      doc('5a', 'i5a', '2021-06-05'),
      doc('1', 'i1', '2021-06-09'),
    ]);
    expect(order.map((d) => d.id)).toEqual(['1', '2-early', '2-late', '5a', '5b', 'gone', 'none']);
  });

  it('names each document by its item, a sub-item by its parent', () => {
    const labels = agendaLabels(agenda);
    expect([labels.get('i1'), labels.get('i2'), labels.get('i5'), labels.get('i5a')]).toEqual([
      'Nội dung 1',
      'Nội dung 2',
      'Nội dung 3',
      'Nội dung 3',
    ]);
  });

  it('starts each document after the cover pages and the documents before it', () => {
    expect(firstPages(2, [3, 1, 10])).toEqual([3, 6, 7]);
    expect(firstPages(3, [])).toEqual([]);
  });
});
