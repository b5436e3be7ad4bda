/** Counts per participant group (thành phần tham dự) over the points on the wall; the group's count is its quota. */
import { useTranslation } from 'react-i18next';
import type { GroupAttendance } from '../../api/attendance.js';
import { RecordTable } from '../../components/RecordTable.js';
import { COUNT_KEYS } from './CountList.js';

export const GroupTable = ({ groups }: { groups: GroupAttendance[] }) => {
  const { t } = useTranslation();
  if (groups.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="attendance-groups">
      <h2 id="attendance-groups">{t('attendance.groups')}</h2>
      <RecordTable
        className="attendance-groups"
        columns={[t('attendance.group'), t('attendance.quota'), ...COUNT_KEYS.map((key) => t(`attendance.${key}`))]}
      >
        {groups.map((group) => (
          <tr key={group.participantGroupId ?? 'none'} className={group.warnings.length > 0 ? 'over' : undefined}>
            <td>{group.name || <span className="muted">{t('attendance.noGroup')}</span>}</td>
            <td>{group.quota ?? '—'}</td>
            {COUNT_KEYS.map((key) => (
              <td key={key}>{group[key]}</td>
            ))}
          </tr>
        ))}
      </RecordTable>
    </section>
  );
};
