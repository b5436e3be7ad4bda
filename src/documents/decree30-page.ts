/**
 * The page set-up of Decree 30/2020 documents as one docx section: A4 portrait or landscape,
 * margins top and bottom 20 mm, left 30 mm (binding), right 15 mm, header 10 mm; the page
 * number centred in the top margin from page 2 (page 1 carries none), Times New Roman black.
 * Lists that are not letters (seat plan, delivery list) take the same frame with their own
 * margins, a footer or no page number, through the options.
 */
import { AlignmentType, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { BLACK, FONT, mm, PAGE, SIZE, STYLE_IDS } from './styles.js';

export type Orientation = 'portrait' | 'landscape';

/** Page margins and header/footer distances, in twips. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

/** The decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm; header and footer 10 mm. */
export const DECREE30_MARGINS: PageMargins = {
  top: PAGE.marginTop,
  bottom: PAGE.marginBottom,
  left: PAGE.marginLeft,
  right: PAGE.marginRight,
  header: mm(10),
  footer: mm(10),
};

/** Width of the text area in twips: 165 mm portrait, 252 mm landscape with the decree's margins. */
export const textWidth = (orientation: Orientation, margins: Partial<PageMargins> = {}): number => {
  const { left, right } = { ...DECREE30_MARGINS, ...margins };
  return (orientation === 'portrait' ? PAGE.width : PAGE.height) - left - right;
};

export interface Decree30Options {
  /** Size of the page number in half-points (default 13 pt); null: no page number (and no header at all). */
  pageNumberSize?: number | null;
  /** Margins that differ from the decree's. */
  margins?: Partial<PageMargins>;
  /** A footer on every page. */
  footer?: Footer;
}

const pageNumberHeader = (size: number) =>
  new Header({
    children: [
      new Paragraph({
        style: STYLE_IDS.compact,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size, color: BLACK })],
      }),
    ],
  });

/**
 * One section of the given orientation holding `children`. The third argument is the size of
 * the page number in half-points (default 13 pt) or the options.
 */
export const decree30Section = (
  orientation: Orientation,
  children: ISectionOptions['children'],
  options: number | Decree30Options = {},
): ISectionOptions => {
  const { pageNumberSize = SIZE.pt13, margins = {}, footer } = typeof options === 'number' ? { pageNumberSize: options } : options;
  return {
    properties: {
      ...(pageNumberSize === null ? {} : { titlePage: true }),
      page: {
        // docx swaps width and height for landscape itself: always give the portrait sizes.
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: { ...DECREE30_MARGINS, ...margins },
      },
    },
    ...(pageNumberSize === null
      ? {}
      : {
          headers: {
            default: pageNumberHeader(pageNumberSize),
            first: new Header({ children: [new Paragraph({ style: STYLE_IDS.compact, children: [] })] }),
          },
        }),
    ...(footer ? { footers: { default: footer } } : {}),
    children,
  };
};
