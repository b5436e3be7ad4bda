/**
 * Who a document is addressed to, as text (pure): `Kính gửi:` with the addressees (who must
 * act; Nơi nhận lists who gets a copy), or for a công điện the line `VĂN PHÒNG CHÍNH PHỦ điện:`
 * and the list of bodies it is sent to.
 *
 * Decree 30/2020 Appendix I, II.9.a (as we know the decree's text; not retrieved here):
 * `Kính gửi` and the names, 14 upright; one addressee on the same line after `Kính gửi:`;
 * two or more on lines of their own, each `- …;`, the last `- ….`, the dashes aligned under
 * the colon. The công điện's `[BODY] điện:` line followed by the list is the decree's model
 * form of a công điện (Appendix I, Part III), likewise not retrieved here: see the report.
 */
import type { Conference } from '../domain/conference.schema.js';
import { distributionLines } from './document-text.js';
import { capsLines } from './header-parts.js';

export interface AddresseeText {
  /** `Kính gửi: Sở Nội vụ` (one addressee), `Kính gửi:` or `VĂN PHÒNG CHÍNH PHỦ điện:`. */
  lead: string;
  /** The list under the lead, `- …;` … `- ….`; empty when the lead holds the one addressee. */
  items: string[];
  /** A công điện's line, printed centred; `Kính gửi` lines are aligned under the colon. */
  telegram: boolean;
}

/** `VĂN PHÒNG CHÍNH PHỦ điện:` as stored, or made from the issuing body when none is stored. */
export const telegramLineText = (conference: Pick<Conference, 'telegramLine' | 'issuingBody'>): string => {
  const stored = conference.telegramLine.replace(/\s+/g, ' ').trim();
  const line = stored || `${capsLines(conference.issuingBody).join(' ')} điện`;
  return line.endsWith(':') ? line : `${line}:`;
};

/** What to print after the subject (or, for a công văn, after the header); null when nothing. */
export const addresseeText = (
  conference: Pick<Conference, 'documentType' | 'issuerKind' | 'addressees' | 'telegramLine' | 'issuingBody'>,
): AddresseeText | null => {
  const names = conference.addressees.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const separator = conference.issuerKind === 'party' ? ',' : ';';
  if (conference.documentType === 'CĐ') {
    if (names.length === 0 && !conference.telegramLine.trim()) return null;
    return { lead: telegramLineText(conference), items: distributionLines(names, separator), telegram: true };
  }
  if (names.length === 0) return null;
  if (names.length === 1) return { lead: `Kính gửi: ${names[0]}`, items: [], telegram: false };
  return { lead: 'Kính gửi:', items: distributionLines(names, separator), telegram: false };
};
