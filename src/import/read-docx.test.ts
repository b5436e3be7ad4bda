/**
 * The .docx reader: the seed typed as a Word document (fixtures/seed-docx.ts: header and
 * Nơi nhận/signature as borderless tables, a programme table with a cell spanning eight
 * rows, a cell spanning two columns and a two-paragraph cell) imports to the same plan as
 * the seed's text. Broken Word files end in DomainError 422.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { draftProblems } from './fixtures/plan-draft-schema.js';
import { buildSeedDocx, seedText } from './fixtures/seed-docx.js';
import { importPlan, parsePlanDocx, parsePlanText } from './index.js';

let fromDocx: PlanDraft;
const fromText = parsePlanText(seedText());

beforeAll(async () => {
  fromDocx = await importPlan({ fileName: 'ke-hoach.docx', data: await buildSeedDocx() });
});

describe('the seed as .docx', () => {
  it('gives the same agenda as the text, merged cells included', () => {
    expect(fromDocx.agendaItems).toEqual(fromText.agendaItems);
    expect(fromDocx.agendaItems.filter((item) => item.parentKey === null)).toHaveLength(10);
  });

  it('gives the same distribution list and signer', () => {
    expect(fromDocx.distribution).toEqual(fromText.distribution);
    expect(fromDocx.distribution).toHaveLength(7);
    const signer = (d: PlanDraft) => [d.signerAuthority, d.signerBody, d.signerTitle, d.signerName];
    expect(signer(fromDocx)).toEqual(['TM.', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Thiện Nghĩa']);
  });

  it('reads the issuing body printed in the header table rather than deriving it', () => {
    expect(fromDocx.issuingBody).toBe('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP');
    expect([fromDocx.documentType, fromDocx.documentSymbol, fromDocx.place, fromDocx.issueDate]).toEqual([
      'KH',
      'UBND',
      'Đồng Tháp',
      '2021-06',
    ]);
  });

  it('places the rest of the plan like the text does, and leaves nothing unclassified', () => {
    for (const field of ['title', 'purpose', 'startsAt', 'venue', 'closingText', 'fundingSource', 'programmeNote'] as const) {
      expect(fromDocx[field]).toBe(fromText[field]);
    }
    expect(fromDocx.bridgePoints).toEqual(fromText.bridgePoints);
    expect(fromDocx.participantGroups).toEqual(fromText.participantGroups);
    expect(fromDocx.assignments).toEqual(fromText.assignments);
    expect(fromDocx.unclassified).toEqual([]);
    expect(draftProblems(fromDocx)).toEqual([]);
  });
});

const expectDomainError = async (promise: Promise<unknown>, status: number, code: string) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).status).toBe(status);
  expect((error as DomainError).code).toBe(code);
  expect((error as DomainError).localized.vi).toMatch(/\S/);
  expect((error as DomainError).localized.en).toMatch(/\S/);
};

describe('broken Word files', () => {
  it('refuses a .docx that is a zip of nothing', async () => {
    const empty = await new JSZip().generateAsync({ type: 'nodebuffer' });
    await expectDomainError(parsePlanDocx(empty), 422, 'import.empty');
    await expectDomainError(importPlan({ fileName: 'a.docx', data: empty }), 422, 'import.empty');
  });

  it('refuses a .docx of binary garbage and a truncated .docx', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await expectDomainError(importPlan({ fileName: 'a.docx', data: garbage }), 422, 'import.empty');
    const whole = await buildSeedDocx();
    await expectDomainError(importPlan({ fileName: 'a.docx', data: whole.subarray(0, whole.length / 2) }), 422, 'import.empty');
  });

  it('refuses a Word document without text', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    );
    await expectDomainError(importPlan({ fileName: 'a.docx', data: await zip.generateAsync({ type: 'nodebuffer' }) }), 422, 'import.empty');
  });

  it('reads a Word file by its content when it carries a .txt name', async () => {
    const draft = await importPlan({ fileName: 'ke-hoach.txt', data: await buildSeedDocx() });
    expect(draft.agendaItems).toEqual(fromText.agendaItems);
  });
});
