import { describe, expect, it } from 'vitest';
import { BLANK_TIME } from '../session-time.js';
import { noticeRecordSample } from '../../documents/fixtures/record-documents.js';
import { draftNotice } from './notice-draft.js';
import { missingNoticeFields, noticeProblems } from './notice-requirements.js';

const record = { ...noticeRecordSample, title: 'Hội nghị trực tuyến đánh giá CCHC' };
const empty = { issuingBody: '', documentSymbol: '', signerAuthority: '', signerTitle: '', signerName: '' };

describe('the first draft of the notice invents nothing', () => {
  it('leaves who issues and signs it to the secretariat, and takes the chair and the governing body from the plan', () => {
    const draft = draftNotice(record);
    expect(draft).not.toHaveProperty('issuingBody');
    expect(draft).not.toHaveProperty('signerTitle');
    expect(JSON.stringify(draft)).not.toMatch(/VPUBND|CHÁNH VĂN PHÒNG|Văn phòng UBND/);
    expect(draft.governingBody).toBe('');
    expect(draftNotice({ ...record, governingBody: 'UBND TỈNH ĐỒNG THÁP' }).governingBody).toBe('UBND TỈNH ĐỒNG THÁP');
    expect(draft.subject).toBe('Kết luận của Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa tại hội nghị trực tuyến đánh giá CCHC');
    expect(draft.preamble).toMatch(/Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa kết luận như sau:$/);
    expect(draft.closing).toBe(`${BLANK_TIME} thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.`);
  });

  it('writes a blank, not a guess, where the plan names no chair', () => {
    const draft = draftNotice({ ...record, chairText: '' });
    expect(draft.subject).toBe(`Kết luận của ${BLANK_TIME} tại hội nghị trực tuyến đánh giá CCHC`);
    expect(draft.preamble).not.toMatch(/Chủ tịch UBND tỉnh/);
  });
});

describe('what a notice needs before it is issued', () => {
  it('lists every field still to fill: the issuer, its symbol, the signer, and the blanks left in the text', () => {
    const draft = draftNotice(record);
    expect(missingNoticeFields({ ...draft, ...empty })).toEqual([
      'issuingBody',
      'documentSymbol',
      'signerAuthority',
      'signerTitle',
      'signerName',
      'closing',
    ]);
    expect(noticeProblems({ ...draft, ...empty })[0]).toMatchObject({ path: '/issuingBody', code: 'required' });
  });

  it('lets a filled notice through', () => {
    const filled = {
      ...draftNotice(record),
      issuingBody: 'VĂN PHÒNG',
      documentSymbol: 'VPUBND',
      signerAuthority: 'TL.',
      signerTitle: 'CHÁNH VĂN PHÒNG',
      signerName: 'Nguyễn Văn A',
      closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.',
    };
    expect(missingNoticeFields(filled)).toEqual([]);
  });
});
