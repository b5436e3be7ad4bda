/**
 * Choosing several bridge points (a document's audience, the bodies asked for comments).
 * With the plan's points inline: a checkbox per point. For a national conference: a
 * PointSelect that adds the point it finds, and the chosen points each with a button that
 * takes it off.
 */
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { pointsInline } from '../api/bridge-points.js';
import { permissionsOf } from '../auth/permissions.js';
import { usePointNames } from './point-names.js';
import { PointSelect } from './PointSelect.js';

export interface PointChecklistProps {
  conference: Conference;
  legend: string;
  chosen: readonly string[];
  onChange: (pointIds: string[]) => void;
  action?: string;
  filter?: (point: { id: string; isHost: boolean }) => boolean;
  className?: string;
}

export function PointChecklist(props: PointChecklistProps) {
  const { t } = useTranslation();
  const nameOf = usePointNames(props.conference, props.chosen);
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.chosen.filter((chosen) => chosen !== id), id] : props.chosen.filter((chosen) => chosen !== id));

  if (pointsInline(props.conference)) {
    const p = permissionsOf(props.conference);
    const points = props.conference.bridgePoints.filter(
      (point) => (!props.action || p.canPoint(point.id, props.action)) && (!props.filter || props.filter(point)),
    );
    return (
      <fieldset className={`point-choices ${props.className ?? ''}`}>
        <legend>{props.legend}</legend>
        {points.map((point) => (
          <label key={point.id}>
            <input type="checkbox" checked={props.chosen.includes(point.id)} onChange={(e) => toggle(point.id, e.target.checked)} />
            {point.name}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <fieldset className={`point-choices point-choices-searched ${props.className ?? ''}`}>
      <legend>{props.legend}</legend>
      <PointSelect
        conference={props.conference}
        label={t('pointSelect.add')}
        value=""
        onChange={(id) => id && toggle(id, true)}
        {...(props.action ? { action: props.action } : {})}
        {...(props.filter ? { filter: props.filter } : {})}
      />
      {props.chosen.length > 0 && (
        <ul className="point-choices-chosen" aria-label={t('pointSelect.chosen', { count: props.chosen.length })}>
          {props.chosen.map((id) => {
            const name = nameOf(id) ?? t('pointSelect.loadingName');
            return (
              <li key={id}>
                {name}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('common.removeNamed', { name })}
                  onClick={() => toggle(id, false)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
