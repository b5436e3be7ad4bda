/**
 * The convening document of a conference (Kế hoạch, Thông báo, Giấy mời, Công điện, Công
 * văn, …) as a .docx following Decree 30/2020/NĐ-CP, or Hướng dẫn 36-HD/VPTW for a Party
 * body: header table, type name and subject, the addressees (Kính gửi, or a công điện's
 * `… điện:` list), body sections, Nơi nhận and signature, page numbers in the top margin
 * from page 2, then the attached programme on a new page.
 */
import { Document, Packer, Paragraph } from 'docx';
import type { Conference } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { bodySections } from './body-sections.js';
import { decree30Section } from './decree30-page.js';
import { addresseeBlock } from './addressees.js';
import { documentTypeName, documentTypeNameInSentence } from './document-text.js';
import { headerTable, titleBlock } from './header.js';
import { programmeSection } from './programme-table.js';
import { footTable } from './signature.js';
import { documentStyles, SIZE, STYLE_IDS } from './styles.js';

/** Builds the document object; exported for tests that inspect it before packing. */
export const buildPlanDocument = (conference: Conference): Document =>
  new Document({
    creator: conference.issuingBody.replace(/\n/g, ' '),
    title: `${documentTypeName(conference.documentType)} ${conference.title}`.trim(),
    description: `${documentTypeNameInSentence(conference.documentType)} (${conference.issuerKind === 'party' ? 'Hướng dẫn 36-HD/VPTW' : 'Nghị định 30/2020/NĐ-CP'})`,
    styles: documentStyles(),
    sections: [
      // Page number 14 pt, as the body text.
      decree30Section(
        'portrait',
        [
          headerTable(conference),
          ...titleBlock(conference),
          ...addresseeBlock(conference),
          ...bodySections(conference),
          new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 120 }, children: [] }),
          footTable(conference),
          ...programmeSection(conference),
        ],
        SIZE.pt14,
      ),
    ],
  });

/**
 * The plan as .docx bytes. A plan whose dates cannot be printed (it bypassed validation)
 * gives DomainError 422 `documents.invalid_plan`, never a crash.
 */
export const renderPlanDocx = async (conference: Conference): Promise<Buffer> => {
  let document: Document;
  try {
    document = buildPlanDocument(conference);
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    throw new DomainError(422, 'documents.invalid_plan', {
      vi: `Không tạo được văn bản: dữ liệu kế hoạch không hợp lệ (${error.message}).`,
      en: `The document could not be produced: the plan data is invalid (${error.message}).`,
    });
  }
  return Packer.toBuffer(document);
};
