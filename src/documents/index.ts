/** Official documents of a conference: the Kế hoạch as .docx (Decree 30/2020) and as PDF. */
export { renderPlanDocx, buildPlanDocument } from './plan-docx.js';
export { convertDocxToPdf, isPdfAvailable, pdfUnavailable } from './pdf.js';
export { documentSymbolText, documentTypeName, formatVnd, numberLine } from './document-text.js';
