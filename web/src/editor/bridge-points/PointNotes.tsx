/** What a point says besides its name: a group's size, venue and inviter, a hall lent by another body. */
import { useTranslation } from 'react-i18next';
import type { BridgePoint } from '../../../../src/domain/conference.schema.js';

export const GroupBadge = ({ count }: { count: number }) => {
  const { t } = useTranslation();
  return (
    <span className="badge badge-group" data-testid="group-badge" data-count={count}>
      {t('bridgePoints.group.badge', { count, formattedCount: count })}
    </span>
  );
};

/** The lines printed under a point's name, read only. */
export const PointNotes = ({ point, withVenue = true }: { point: BridgePoint; withVenue?: boolean }) => {
  const { t } = useTranslation();
  const lines = [
    withVenue && point.groupCount !== null && point.venuePattern ? point.venuePattern : null,
    point.invitedBy ? t('bridgePoints.group.invitedByLine', { who: point.invitedBy }) : null,
    point.lentBy ? t('bridgePoints.lentByLine', { who: point.lentBy }) : null,
  ].filter((line): line is string => line !== null);
  if (lines.length === 0) return null;
  return (
    <span className="point-notes">
      {lines.map((line) => (
        <span key={line} className="point-note">
          {line}
        </span>
      ))}
    </span>
  );
};
