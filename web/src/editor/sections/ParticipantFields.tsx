/** The detail fields of one participant group (one organisation): who, how many, where, and the flags. */
import { useTranslation } from 'react-i18next';
import type { ParticipantGroup } from '../../../../src/domain/conference.schema.js';
import { PROTOCOL_RANK_MAX } from '../../../../src/domain/protocol/protocol-order.js';
import { CheckboxField, NumberField, SelectField, TextField, type FieldErrors } from '../../components/fields.js';
import { isProtocolRank, RANK_INVALID } from '../delegates/protocol-rank-label.js';
import { EVERY_OTHER, placeOf } from './participant-lines.js';

export type Places = { key: string; name: string }[];

/** The short chips that sum a group up under its line. */
export const useParticipantChips = (row: ParticipantGroup): string[] => {
  const { t } = useTranslation();
  return [
    row.count !== null ? t('participants.countChip', { count: row.count }) : null,
    row.protocolRank != null && isProtocolRank(row.protocolRank) ? t('participants.rankChip', { rank: row.protocolRank }) : null,
    row.personName || null,
    row.isRepresentative ? t('participants.isRepresentative') : null,
    row.isRemote ? t('participants.isRemote') : null,
    row.isPresiding ? t('participants.isPresiding') : null,
    row.invitedBy ? t('participants.invitedByChip', { who: row.invitedBy }) : null,
  ].filter((chip): chip is string => Boolean(chip));
};

export const hasRowErrors = (errors: FieldErrors, id: string, except: string[] = []) =>
  Object.keys(errors).some((key) => key.startsWith(`${id}.`) && !except.includes(key.slice(id.length + 1)));

export const ParticipantFields = (props: {
  row: ParticipantGroup;
  places: Places;
  errors: FieldErrors;
  onChange: (patch: Partial<ParticipantGroup>) => void;
}) => {
  const { t } = useTranslation();
  const { row } = props;
  const e = (field: string) => props.errors[`${row.id}.${field}`];
  return (
    <>
      <div className="grid four">
        <TextField
          label={t('participants.organisation')}
          value={row.organisation}
          onChange={(organisation) => props.onChange({ organisation })}
          error={e('organisation')}
        />
        <TextField label={t('participants.role')} value={row.role} onChange={(role) => props.onChange({ role })} error={e('role')} />
        <NumberField
          label={t('participants.count')}
          min={0}
          value={row.count}
          onChange={(count) => props.onChange({ count })}
          error={e('count')}
        />
        <NumberField
          label={t('participants.protocolRank')}
          min={1}
          max={PROTOCOL_RANK_MAX}
          value={row.protocolRank ?? null}
          onChange={(protocolRank) => props.onChange({ protocolRank })}
          error={isProtocolRank(row.protocolRank ?? null) ? e('protocolRank') : RANK_INVALID}
          hint={t('participants.protocolRankHint')}
        />
        <TextField
          label={t('participants.personName')}
          value={row.personName}
          onChange={(personName) => props.onChange({ personName })}
          error={e('personName')}
        />
        <TextField
          label={t('participants.category')}
          value={row.category}
          onChange={(category) => props.onChange({ category })}
          error={e('category')}
        />
        <TextField
          label={t('participants.invitedBy')}
          value={row.invitedBy}
          onChange={(invitedBy) => props.onChange({ invitedBy })}
          error={e('invitedBy')}
        />
        <SelectField
          label={t('participants.place')}
          value={placeOf(row)}
          error={e('bridgePointId') ?? e('scope')}
          options={props.places.map((p) => ({ value: p.key, label: p.name }))}
          onChange={(key) =>
            props.onChange(
              key === EVERY_OTHER ? { scope: 'every_other_point', bridgePointId: null } : { scope: 'point', bridgePointId: key },
            )
          }
        />
      </div>
      <div className="flags">
        <CheckboxField
          label={t('participants.isRepresentative')}
          checked={row.isRepresentative}
          onChange={(isRepresentative) => props.onChange({ isRepresentative })}
        />
        <CheckboxField label={t('participants.isRemote')} checked={row.isRemote} onChange={(isRemote) => props.onChange({ isRemote })} />
        <CheckboxField
          label={t('participants.isPresiding')}
          checked={row.isPresiding}
          onChange={(isPresiding) => props.onChange({ isPresiding })}
        />
      </div>
    </>
  );
};

/** Up, down and remove for a card; the label names the card. */
export const CardActions = (props: {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <div className="card-actions">
      <button
        type="button"
        className="icon-button"
        disabled={props.first}
        aria-label={t('common.moveUpNamed', { name: props.name })}
        onClick={() => props.onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={props.last}
        aria-label={t('common.moveDownNamed', { name: props.name })}
        onClick={() => props.onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button danger-text"
        aria-label={t('common.removeNamed', { name: props.name })}
        onClick={props.onRemove}
      >
        ✕
      </button>
    </div>
  );
};
