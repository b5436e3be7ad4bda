/**
 * QR code of a delegate's personal link: the same text the confirmation page opens and the
 * check-in camera reads. Error correction M (15 %), a quiet zone of 4 modules, black on white.
 */
import QRCode from 'qrcode';

export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000ff', light: '#ffffffff' } } as const;

/** Pixel width of the PNG: about 3 cm at 300 dpi, crisp when printed. */
export const QR_PNG_WIDTH = 360;

/** The QR code of `text` as a PNG image. */
export const qrPng = (text: string, width = QR_PNG_WIDTH): Promise<Buffer> => QRCode.toBuffer(text, { ...QR_OPTIONS, type: 'png', width });

/** The QR code of `text` as a `data:image/png;base64,…` URL (for a web page or an HTML mail). */
export const qrDataUrl = (text: string, width = QR_PNG_WIDTH): Promise<string> =>
  QRCode.toDataURL(text, { ...QR_OPTIONS, type: 'image/png', width });

/** The module matrix (true = dark), row by row, without the quiet zone: for tests and other renderers. */
export const qrModules = (text: string): boolean[][] => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
};
