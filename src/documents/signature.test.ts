import { describe, expect, it } from 'vitest';
import { headTitleOf, signatureLines } from './signature.js';

const signer = (signerAuthority: Parameters<typeof signatureLines>[0]['signerAuthority'], signerBody: string, signerTitle: string) => ({
  signerAuthority,
  signerBody,
  signerTitle,
  signerName: 'Phạm Thiện Nghĩa',
});

describe('signature lines', () => {
  it('TM.: on behalf of the collective body, then the title', () => {
    expect(signatureLines(signer('TM.', 'Ủy ban nhân dân', 'Chủ tịch'))).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('KT.: signing for the head, under TM. when a collective body is named', () => {
    expect(signatureLines(signer('KT.', '', 'PHÓ GIÁM ĐỐC'))).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signatureLines(signer('KT.', 'ỦY BAN NHÂN DÂN', 'PHÓ CHỦ TỊCH'))).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });

  it('TL., TUQ., Q. and no authority', () => {
    expect(signatureLines(signer('TL.', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'))).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
    expect(signatureLines(signer('TUQ.', 'CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ'))).toEqual(['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ']);
    expect(signatureLines(signer('Q.', '', 'CHỦ TỊCH'))).toEqual(['Q. CHỦ TỊCH']);
    expect(signatureLines(signer('', 'SỞ NỘI VỤ', 'GIÁM ĐỐC'))).toEqual(['GIÁM ĐỐC']);
  });

  it('prints nothing for missing parts instead of a dangling prefix', () => {
    expect(signatureLines(signer('TM.', '', 'CHỦ TỊCH'))).toEqual(['CHỦ TỊCH']);
    expect(signatureLines(signer('', '', ''))).toEqual([]);
  });

  it('derives the head title a deputy signs for', () => {
    expect(headTitleOf('phó chủ tịch')).toBe('CHỦ TỊCH');
    expect(headTitleOf('GIÁM ĐỐC')).toBe('GIÁM ĐỐC');
  });
});
