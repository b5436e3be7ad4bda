/** Nhật ký: the conference's audit log, for its organizer. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/access.css';
import { auditPointId } from '../../../../src/domain/audit/audit-sentences.js';
import type { AuditEntry } from '../../api/accounts.js';
import { usePointNames } from '../../bridge-points/point-names.js';
import { AuditLog } from '../../components/AuditLog.js';
import { useEditor } from '../context.js';

export default function AuditSection() {
  const { t } = useTranslation();
  const { conference } = useEditor();
  // The points the loaded entries are about: named from the plan, or asked for by id (a national conference).
  const [pointIds, setPointIds] = useState<string[]>([]);
  const pointName = usePointNames(conference, pointIds);
  const named = pointIds.map((id) => [id, pointName(id)] as const).filter((pair): pair is [string, string] => pair[1] !== undefined);
  const namedKey = named.map(([id, name]) => `${id}=${name}`).join('\n');
  // The sentences name items by number and title, bridge points by name (not by identifier).
  const names = useMemo(
    () => ({
      items: new Map(conference.agendaItems.map((item) => [item.id, { number: item.number, content: item.content }])),
      points: new Map(named),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `named` is new each render; namedKey says when it changed
    [conference.agendaItems, namedKey],
  );
  const onEntries = useMemo(
    () => (entries: readonly AuditEntry[]) => {
      const ids = [...new Set(entries.map(auditPointId).filter((id): id is string => id !== null))].sort();
      setPointIds((current) => (current.join(',') === ids.join(',') ? current : ids));
    },
    [],
  );
  return (
    <div className="section-form wide">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.audit')}</h2>
          <p className="section-intro">{t('audit.intro')}</p>
        </div>
      </div>
      <AuditLog conferenceId={conference.id} headingId="section-title" names={names} onEntries={onEntries} />
    </div>
  );
}
