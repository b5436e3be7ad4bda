/**
 * The Kế hoạch (plan) of a conference as a .docx following Decree 30/2020/NĐ-CP:
 * header table, type name and subject, body sections, Nơi nhận and signature, page
 * numbers in the top margin from page 2, then the attached programme on a new page.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { Conference } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { bodySections } from './body-sections.js';
import { documentTypeName } from './document-text.js';
import { headerTable, titleBlock } from './header.js';
import { programmeSection } from './programme-table.js';
import { footTable } from './signature.js';
import { BLACK, documentStyles, FONT, PAGE, SIZE, STYLE_IDS } from './styles.js';

/** Default header: the page number, 14 pt, centred in the top margin. */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        style: STYLE_IDS.compact,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pt14, color: BLACK })],
      }),
    ],
  });

/** First-page header: empty, so page 1 carries no number. */
const emptyHeader = () => new Header({ children: [new Paragraph({ style: STYLE_IDS.compact, children: [] })] });

/** Builds the document object; exported for tests that inspect it before packing. */
export const buildPlanDocument = (conference: Conference): Document =>
  new Document({
    creator: conference.issuingBody.replace(/\n/g, ' '),
    title: `${documentTypeName(conference.documentType)} ${conference.title}`.trim(),
    description: 'Kế hoạch tổ chức hội nghị (Nghị định 30/2020/NĐ-CP)',
    styles: documentStyles(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.headerDistance,
              footer: PAGE.footerDistance,
            },
          },
        },
        headers: { default: pageNumberHeader(), first: emptyHeader() },
        children: [
          headerTable(conference),
          ...titleBlock(conference),
          ...bodySections(conference),
          new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 120 }, children: [] }),
          footTable(conference),
          ...programmeSection(conference),
        ],
      },
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
