/** How a delegate's protocol rank reads on screen: the rank given, the participant group's, the title's default, or unranked (never invented). */
import type { TFunction } from 'i18next';
import { PROTOCOL_RANK_MAX, rankSource, type ProtocolRanked } from '../../../../src/domain/protocol/protocol-order.js';

/** A rank typed that is not one (the delegate's form, the participant group's). */
export const RANK_INVALID = {
  vi: 'Thứ tự là số nguyên từ 1 đến 9999, hoặc để trống.',
  en: 'The rank is a whole number from 1 to 9999, or empty.',
};

/** A rank as a number field holds it: null (none) or a whole number from 1 to 9999. */
export const isProtocolRank = (rank: number | null): boolean =>
  rank === null || (Number.isInteger(rank) && rank >= 1 && rank <= PROTOCOL_RANK_MAX);

export const rankLabel = (t: TFunction, d: ProtocolRanked): string => {
  const source = rankSource(d);
  if (source === 'explicit') return String(d.protocolRank);
  if (source === 'group') return t('protocolOrder.byGroup', { rank: d.groupRank });
  if (source === 'title') return t('protocolOrder.byTitle', { rank: d.titleRank });
  return t('protocolOrder.unranked');
};

/** The hint under the rank field: what an empty field means for this group and title. */
export const rankHint = (t: TFunction, groupRank: number | null, titleRank: number | null): string => {
  if (groupRank !== null) return t('protocolOrder.hintGroup', { rank: groupRank });
  return titleRank === null ? t('protocolOrder.hintNone') : t('protocolOrder.hintTitle', { rank: titleRank });
};
