import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgePoint } from '../../../../src/domain/conference.schema.js';
import { GroupBadge, PointNotes } from '../bridge-points/PointNotes.js';

/**
 * The cells of a bridge point the caller may not edit as a whole: plain text, no inputs.
 * `children` replaces the name cell when the caller edits part of the point (an operator's
 * address on their own point).
 */
export const PointTextCells = (props: { point: BridgePoint; index: number; kindLabel: string; children?: ReactNode }) => {
  const { t } = useTranslation();
  const { point } = props;
  return (
    <>
      <td data-label={t('common.number')} className="num">
        {props.index + 1}
      </td>
      {props.children ?? (
        <td data-label={t('bridgePoints.name')} className="stack point-cell">
          <strong>{point.name}</strong>
          {point.groupCount !== null && <GroupBadge count={point.groupCount} />}
          {point.address && <span className="muted">{point.address}</span>}
          <PointNotes point={point} />
        </td>
      )}
      <td data-label={t('bridgePoints.quota')} className="narrow-cell num">
        {point.quota ?? ''}
      </td>
      <td data-label={t('bridgePoints.kind')}>{props.kindLabel}</td>
      <td data-label={t('bridgePoints.host')} className="center">
        {point.isHost ? '✓' : ''}
      </td>
    </>
  );
};
