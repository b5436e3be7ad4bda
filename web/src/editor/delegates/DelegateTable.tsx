/** One page of delegates: the person, where they attend, their answer and attendance, and what the caller may do. */
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import type { PresentedDelegate } from '../../api/delegates.js';
import { RecordTable } from '../../components/RecordTable.js';
import { participantGroupName } from './delegate-labels.js';

export const DelegateTable = (props: {
  conference: Conference;
  delegates: PresentedDelegate[];
  firstNumber: number;
  onEdit: (delegate: PresentedDelegate) => void;
  onRemove: (delegate: PresentedDelegate) => void;
}) => {
  const { t } = useTranslation();
  const points = new Map(props.conference.bridgePoints.map((p) => [p.id, p.name]));
  const groups = new Map(props.conference.participantGroups.map((g) => [g.id, participantGroupName(g)]));
  return (
    <RecordTable
      className="delegate-table"
      columns={[
        t('common.number'),
        t('delegates.fields.fullName'),
        t('delegates.fields.organisation'),
        t('delegates.contact'),
        t('delegates.bridgePoint'),
        t('delegates.group'),
        t('delegates.fields.seat'),
        t('delegates.invitationLabel'),
        t('delegates.attendanceLabel'),
      ]}
      actions
    >
      {props.delegates.map((d, i) => (
        <tr key={d.id}>
          <td>{props.firstNumber + i}</td>
          <td>
            <strong>{d.fullName}</strong>
            {d.title && <div className="muted">{d.title}</div>}
          </td>
          <td>{d.organisation}</td>
          <td>
            {d.phone && <div>{d.phone}</div>}
            {d.email && <div className="muted">{d.email}</div>}
          </td>
          <td>{points.get(d.bridgePointId) ?? ''}</td>
          <td>{(d.participantGroupId && groups.get(d.participantGroupId)) || ''}</td>
          <td>{d.seat}</td>
          <td>
            <span className={`badge invitation-${d.invitation}`}>{t(`delegates.invitation.${d.invitation}`)}</span>
            {d.substitute && <div className="muted">{t('delegates.substitute', { name: d.substitute.fullName })}</div>}
          </td>
          <td>
            {t(`delegates.attendance.${d.attendance}`)}
            {d.walkIn && <div className="muted">{t('delegates.walkIn')}</div>}
          </td>
          <td className="row-actions">
            {d.allowedActions.includes('delegate.update') && (
              <button
                type="button"
                className="link-button"
                onClick={() => props.onEdit(d)}
                aria-label={t('delegates.editNamed', { name: d.fullName })}
              >
                {t('delegates.edit')}
              </button>
            )}
            {d.allowedActions.includes('delegate.delete') && (
              <button
                type="button"
                className="link-button danger-text"
                onClick={() => props.onRemove(d)}
                aria-label={t('common.removeNamed', { name: d.fullName })}
              >
                {t('common.remove')}
              </button>
            )}
          </td>
        </tr>
      ))}
    </RecordTable>
  );
};
