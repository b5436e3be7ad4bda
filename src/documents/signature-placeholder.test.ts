import { describe, expect, it } from 'vitest';
import type { Conference } from '../domain/conference.schema.js';
import { paragraphsOf, readDocxParts, tablesOf } from './fixtures/docx-parts.js';
import { unsignedKeHoach } from './fixtures/convening/index.js';
import { seedConference } from './fixtures/seed-conference.js';
import { renderPlanDocx } from './plan-docx.js';
import { NO_SIGNER_TEXT } from './signature.js';

const isItalic = (xml: string) => /<w:i\/>/.test(xml);

/** The two cells of the foot table: Nơi nhận and the signature, as paragraphs with text. */
const footOf = async (conference: Conference) => {
  const { document } = await readDocxParts(await renderPlanDocx(conference));
  const foot = tablesOf(document).find((table) => table.rows[0]?.cells[0]?.startsWith('Nơi nhận:'))!;
  const [left, right] = [...foot.xml.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) => paragraphsOf(cell[0]).filter((p) => p.text));
  return { left: left!, right: right! };
};

describe('a document without a signer yet', () => {
  it('prints the authority it has, then "(Chưa có người ký)" in italics where the name goes', async () => {
    const { left, right } = await footOf(unsignedKeHoach());
    expect(right.map((p) => p.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', NO_SIGNER_TEXT]);
    expect(isItalic(right[1]!.xml)).toBe(true);
    expect(left.map((p) => p.text)).toEqual(['Nơi nhận:', '- TT Tỉnh ủy, TT HĐND tỉnh;', '- Tỉnh đoàn;', '- Lưu: VT.']);
  });

  it('prints the title lines and the placeholder when only the name is missing', async () => {
    const { right } = await footOf({ ...seedConference(), signerName: '' });
    expect(right.map((p) => p.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', NO_SIGNER_TEXT]);
  });

  it('never leaves the block empty, and always prints Nơi nhận, even with no signer and no distribution', async () => {
    const bare = { ...seedConference(), signerAuthority: '' as const, signerBody: '', signerTitle: '', signerName: '', distribution: [] };
    const { left, right } = await footOf(bare);
    expect(right.map((p) => p.text)).toEqual([NO_SIGNER_TEXT]);
    expect(left.map((p) => p.text)).toEqual(['Nơi nhận:']);
  });

  it('prints a signer who has a name as before', async () => {
    const { right } = await footOf(seedConference());
    expect(right.map((p) => p.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Thiện Nghĩa']);
  });
});
