/** One row of the agenda editor: drag handle, number, content, presenter, duration, kind, planned time. */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { AGENDA_ITEM_KINDS } from '../../domain-values.js';
import type { ScheduledItem } from '../../../../src/domain/agenda-schedule.js';
import { clockTime } from '../../../../src/domain/vietnamese-dates.js';
import { NumberField, SelectField, TextField, type FieldErrors } from '../../components/fields.js';
import { offsetText, type AgendaRow } from './agenda-rows.js';

/**
 * The planned time of a row. After an item of unknown duration the start is a lower bound:
 * "không sớm hơn 08:40 – 09:36 (56 phút)" when the row's own duration is known,
 * "không sớm hơn 10:06 – chưa rõ" when it is not.
 */
export const PlannedTime = ({ entry }: { entry: ScheduledItem | undefined }) => {
  const { t } = useTranslation();
  if (!entry) return <span className="muted">—</span>;
  // The conference's start is not fixed: minutes from the opening only, never a clock time.
  if (entry.start === null) return <OffsetTime entry={entry} />;
  const start = clockTime(entry.start);
  const end = entry.end ? clockTime(entry.end) : t('agenda.unknownEnd');
  if (!entry.startIsExact) {
    return (
      <span className="planned inexact">
        <span className="bound">{t('agenda.noEarlierThanLabel')}</span>{' '}
        <span className="range">
          {start} – {end}
        </span>
        {entry.end && entry.durationMinutes !== null && (
          <>
            {' '}
            <span className="planned-minutes">({t('agenda.minutes', { count: entry.durationMinutes })})</span>
          </>
        )}
      </span>
    );
  }
  if (!entry.end) return <span className="planned">{t('agenda.fromUnknown', { time: start })}</span>;
  return (
    <span className="planned">
      <span className="planned-start">{start}</span> – {clockTime(entry.end)}
    </span>
  );
};

/** `+0:40 – +1:36`, `không sớm hơn +0:40 – chưa rõ`: where the row sits from the opening, in hours and minutes. */
const OffsetTime = ({ entry }: { entry: ScheduledItem }) => {
  const { t } = useTranslation();
  const start = offsetText(entry.offsetMinutes);
  const end = entry.durationMinutes === null ? t('agenda.unknownEnd') : offsetText(entry.offsetMinutes + entry.durationMinutes);
  return (
    <span className={`planned offset ${entry.startIsExact ? '' : 'inexact'}`}>
      {!entry.startIsExact && <span className="bound">{t('agenda.noEarlierThanLabel')} </span>}
      <span className="range">
        {start} – {end}
      </span>
    </span>
  );
};

export const AgendaRowView = (props: {
  row: AgendaRow;
  index: number;
  label: string;
  hasChildren: boolean;
  entry: ScheduledItem | undefined;
  errors: FieldErrors;
  onChange: (patch: Partial<AgendaRow>) => void;
  onAddChild: () => void;
  onIndent: (() => void) | null;
  onOutdent: (() => void) | null;
  onRemove: () => void;
}) => {
  const { t } = useTranslation();
  const { row, label } = props;
  const sortable = useSortable({ id: row.id });
  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  const e = (field: string) => props.errors[`${row.id}.${field}`];
  const child = row.parentId !== null;
  const kindOptions = AGENDA_ITEM_KINDS.map((kind) => ({ value: kind, label: t(`agenda.kinds.${kind}`) }));
  const source = props.entry?.durationSource;

  return (
    <tr
      ref={sortable.setNodeRef}
      style={style}
      className={`agenda-row ${child ? 'child' : 'top'} ${sortable.isDragging ? 'dragging' : ''} kind-${row.kind}`}
      data-row-id={row.id}
    >
      <td className="handle-cell">
        <button
          type="button"
          className="drag-handle"
          ref={sortable.setActivatorNodeRef}
          {...sortable.attributes}
          {...sortable.listeners}
          aria-label={t('agenda.dragHandle', { name: label })}
          title={t('agenda.dragHint')}
        >
          ⠿
        </button>
      </td>
      <td className="num-cell" data-label={t('agenda.number')}>
        <TextField
          hideLabel
          label={t('agenda.numberOf', { name: label })}
          value={row.number}
          onChange={(number) => props.onChange({ number })}
          error={e('number')}
          maxLength={10}
        />
      </td>
      <td className="content-cell" data-label={t('agenda.content')}>
        <TextField
          hideLabel
          multiline
          rows={2}
          label={t('agenda.contentOf', { n: props.index + 1 })}
          value={row.content}
          onChange={(content) => props.onChange({ content })}
          error={e('content')}
        />
        <div className="row-tools">
          <SelectField
            className="kind-field"
            hideLabel
            label={t('agenda.kindOf', { name: label })}
            value={row.kind}
            options={kindOptions}
            onChange={(kind) => props.onChange({ kind })}
            error={e('kind')}
          />
          {!child && (
            <button type="button" className="link-button" onClick={props.onAddChild}>
              + {t('agenda.addChild')}
            </button>
          )}
          {props.onIndent && (
            <button type="button" className="link-button" onClick={props.onIndent}>
              → {t('agenda.indent')}
            </button>
          )}
          {props.onOutdent && (
            <button type="button" className="link-button" onClick={props.onOutdent}>
              ← {t('agenda.outdent')}
            </button>
          )}
          <button type="button" className="link-button danger-text" onClick={props.onRemove}>
            {props.hasChildren ? t('agenda.removeWithChildren') : t('common.remove')}
          </button>
        </div>
      </td>
      <td className="presenter-cell" data-label={t('agenda.presenter')}>
        <TextField
          hideLabel
          label={t('agenda.presenterOrganisationOf', { name: label })}
          placeholder={t('agenda.presenterOrganisation')}
          value={row.presenterOrganisation}
          onChange={(presenterOrganisation) => props.onChange({ presenterOrganisation })}
          error={e('presenterOrganisation')}
        />
        <TextField
          hideLabel
          label={t('agenda.presenterPersonOf', { name: label })}
          placeholder={t('agenda.presenterPerson')}
          value={row.presenterPerson}
          onChange={(presenterPerson) => props.onChange({ presenterPerson })}
          error={e('presenterPerson')}
        />
      </td>
      <td className="duration-cell" data-label={t('agenda.duration')}>
        <NumberField
          hideLabel
          label={t('agenda.durationOf', { name: label })}
          min={0}
          max={1440}
          value={row.durationMinutes}
          onChange={(durationMinutes) => props.onChange({ durationMinutes })}
          error={e('durationMinutes')}
        />
        {source === 'per_speaker' && row.durationMinutes === null && (
          <p className="hint">{t('agenda.fromRule', { minutes: props.entry?.durationMinutes })}</p>
        )}
        {source === 'children' && row.durationMinutes === null && (
          <p className="hint">{t('agenda.fromChildren', { minutes: props.entry?.durationMinutes })}</p>
        )}
        {!child && (props.hasChildren || row.perSpeakerMinutes !== null) && (
          <NumberField
            label={t('agenda.perSpeaker')}
            min={1}
            max={1440}
            value={row.perSpeakerMinutes}
            onChange={(perSpeakerMinutes) => props.onChange({ perSpeakerMinutes })}
            error={e('perSpeakerMinutes')}
          />
        )}
        {props.entry?.ruleMismatch && <p className="hint warn">{t('agenda.ruleMismatch')}</p>}
      </td>
      <td className="time-cell" data-label={t('agenda.planned')}>
        <PlannedTime entry={props.entry} />
      </td>
    </tr>
  );
};
