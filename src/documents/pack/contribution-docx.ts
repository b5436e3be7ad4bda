/**
 * A written contribution (tham luận) submitted as text, as a page of the document pack: the
 * heading `THAM LUẬN`, the body that wrote it, its title, then its paragraphs as written. A4 in
 * the Decree 30/2020 set-up, Times New Roman, converted to PDF by the LibreOffice queue.
 */
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { decree30Section } from '../decree30-page.js';
import { centred, documentStyles, FIRST_LINE_INDENT, run, STYLE_IDS } from '../styles.js';

export interface TextContribution {
  bodyName: string;
  title: string;
  text: string;
}

export const CONTRIBUTION_HEADING = 'THAM LUẬN';

export const renderContributionDocx = async (contribution: TextContribution): Promise<Buffer> =>
  Packer.toBuffer(
    new Document({
      creator: contribution.bodyName || 'diemcau',
      title: `${CONTRIBUTION_HEADING} – ${contribution.bodyName}`,
      styles: documentStyles(),
      sections: [
        decree30Section(
          'portrait',
          [
            centred(CONTRIBUTION_HEADING, { bold: true }, 120),
            centred(contribution.bodyName, { bold: true }, 120),
            ...(contribution.title.trim() ? [centred(contribution.title.trim(), { bold: true, italics: true }, 240)] : []),
            ...contribution.text
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter(Boolean)
              .map(
                (line) =>
                  new Paragraph({
                    style: STYLE_IDS.body,
                    alignment: AlignmentType.JUSTIFIED,
                    indent: { firstLine: FIRST_LINE_INDENT },
                    children: [run(line)],
                  }),
              ),
          ],
          { pageNumberSize: null },
        ),
      ],
    }),
  );
