import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { pointSummaryOf } from '../api/bridge-points.js';
import { pointCount } from './bridge-points/point-count.js';
import { useEditor } from './context.js';
import { SECTIONS, sectionVisible, type Section } from './sections.js';

const counts = (conference: Conference): Partial<Record<Section, number>> => ({
  // A national conference: its groups count as their members (3.354 points, not 105 rows).
  'bridge-points': pointSummaryOf(conference)?.points ?? pointCount(conference.bridgePoints),
  participants: conference.participantGroups.length,
  assignments: conference.tasks.length,
  agenda: conference.agendaItems.length,
  budget: conference.costLines.length,
  distribution: conference.distribution.length,
  outline: conference.outline.length,
  unclassified: conference.unclassified.length,
});

export const SideNav = (props: { conference: Conference; current: Section; dirtySections: ReadonlySet<string> }) => {
  const { t } = useTranslation();
  const count = counts(props.conference);
  const { permissions } = useEditor();
  const visible = SECTIONS.filter((section) => sectionVisible(section, permissions, props.conference));
  return (
    <nav className="side-nav" aria-label={t('editor.sections')}>
      <ul>
        {visible.map((section) => (
          <li key={section}>
            <NavLink
              to={`/conferences/${props.conference.id}/${section}`}
              className={section === 'unclassified' && count.unclassified ? 'flagged' : undefined}
            >
              <span>{t(`sections.${section}`)}</span>
              {props.dirtySections.has(section) && (
                <span className="dirty-dot" title={t('editor.unsaved')}>
                  <span className="sr-only">{t('editor.unsaved')}</span>
                </span>
              )}
              {count[section] !== undefined && <span className="count">{count[section].toLocaleString('vi-VN')}</span>}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};
