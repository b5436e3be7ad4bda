/**
 * Filters of the delegate list: search (diacritics ignored), bridge point (the points where the
 * caller may list delegates; searched for a national conference), group, invitation and attendance.
 */
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { ATTENDANCE_STATES, INVITATION_STATES } from '../../../../src/domain/participants/delegate.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { SelectField, TextField } from '../../components/fields.js';
import { participantGroupName } from './delegate-labels.js';

export interface Filters {
  q: string;
  pointId: string;
  /** '' any, 'none' without a group, else a group id. */
  groupId: string;
  invitation: string;
  attendance: string;
}

export const EMPTY_FILTERS: Filters = { q: '', pointId: '', groupId: '', invitation: '', attendance: '' };

export const DelegateFilters = (props: { conference: Conference; value: Filters; onChange: (next: Filters) => void }) => {
  const { t } = useTranslation();
  const { value } = props;
  const set = (key: keyof Filters) => (next: string) => props.onChange({ ...value, [key]: next });
  const groups = props.conference.participantGroups.filter(
    (g) => !value.pointId || g.bridgePointId === null || g.bridgePointId === value.pointId,
  );
  return (
    <div className="delegate-filters grid four tight" role="search">
      <TextField label={t('delegates.search')} type="search" value={value.q} onChange={set('q')} placeholder={t('delegates.searchHint')} />
      <PointSelect
        conference={props.conference}
        label={t('delegates.bridgePoint')}
        value={value.pointId}
        onChange={set('pointId')}
        emptyLabel={t('delegates.allPoints')}
        action="delegate.list"
      />
      <SelectField
        label={t('delegates.group')}
        value={value.groupId}
        onChange={set('groupId')}
        options={[
          { value: '', label: t('delegates.allGroups') },
          { value: 'none', label: t('delegates.noGroup') },
          ...groups.map((g) => ({ value: g.id, label: participantGroupName(g) })),
        ]}
      />
      <div className="grid two tight">
        <SelectField
          label={t('delegates.invitationLabel')}
          value={value.invitation}
          onChange={set('invitation')}
          options={[
            { value: '', label: t('delegates.any') },
            ...INVITATION_STATES.map((s) => ({ value: s, label: t(`delegates.invitation.${s}`) })),
          ]}
        />
        <SelectField
          label={t('delegates.attendanceLabel')}
          value={value.attendance}
          onChange={set('attendance')}
          options={[
            { value: '', label: t('delegates.any') },
            ...ATTENDANCE_STATES.map((s) => ({ value: s, label: t(`delegates.attendance.${s}`) })),
          ]}
        />
      </div>
    </div>
  );
};
