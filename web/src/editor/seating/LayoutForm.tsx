/**
 * The layout of a hall: rows, seats per row, blocked seats and the spacing rule (5K). The
 * capacity that follows is computed on screen with the same pure rule the server uses.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  hallCapacity,
  HALL_LIMITS,
  SPACING_RULES,
  validateHallLayout,
  type HallLayout,
  type SpacingRule,
} from '../../../../src/domain/participants/seating-layout.js';
import { CheckboxField, NumberField, SelectField, TextField, type FieldErrors } from '../../components/fields.js';

/** "A01, c7 B2" → ['A01', 'c7', 'B2'] (the server normalises the labels). */
export const parseBlocked = (text: string): string[] => text.split(/[\s,;]+/).filter(Boolean);

const MetresField = (props: { label: string; value: number; min: number; max: number; onChange: (value: number) => void }) => {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={0.05}
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
    </div>
  );
};

export const LayoutForm = (props: {
  layout: HallLayout;
  blockedText: string;
  onChange: (layout: HallLayout) => void;
  onBlockedText: (text: string) => void;
  onSave: () => void;
  busy: boolean;
  dirty: boolean;
  errors: FieldErrors;
}) => {
  const { t } = useTranslation();
  const { layout } = props;
  const set = (patch: Partial<HallLayout>) => props.onChange({ ...layout, ...patch });
  const preview = { ...layout, blockedSeats: parseBlocked(props.blockedText) };
  const valid = validateHallLayout(preview).length === 0;
  const spacingOptions = SPACING_RULES.map((rule) => ({ value: rule, label: t(`seating.spacingRules.${rule}`) }));
  const blockedError = props.errors['blockedSeats'] ?? Object.entries(props.errors).find(([key]) => key.startsWith('blockedSeats.'))?.[1];

  return (
    <fieldset className="seating-layout">
      <legend>{t('seating.layout')}</legend>
      <div className="grid four tight">
        <NumberField
          label={t('seating.rows')}
          min={HALL_LIMITS.rows.min}
          max={HALL_LIMITS.rows.max}
          value={layout.rows}
          onChange={(rows) => set({ rows: rows ?? 0 })}
          error={props.errors['rows']}
        />
        <NumberField
          label={t('seating.seatsPerRow')}
          min={HALL_LIMITS.seatsPerRow.min}
          max={HALL_LIMITS.seatsPerRow.max}
          value={layout.seatsPerRow}
          onChange={(seatsPerRow) => set({ seatsPerRow: seatsPerRow ?? 0 })}
          error={props.errors['seatsPerRow']}
        />
        <SelectField<SpacingRule>
          label={t('seating.spacing')}
          value={layout.spacing}
          options={spacingOptions}
          onChange={(spacing) => set({ spacing })}
          error={props.errors['spacing']}
        />
        <TextField
          label={t('seating.blockedSeats')}
          value={props.blockedText}
          onChange={props.onBlockedText}
          hint={t('seating.blockedHint')}
          error={blockedError}
        />
      </div>
      {layout.spacing === 'every_other' && (
        <CheckboxField
          label={t('seating.everyOtherRow')}
          checked={layout.everyOtherRow}
          onChange={(everyOtherRow) => set({ everyOtherRow })}
        />
      )}
      {layout.spacing === 'min_distance' && (
        <div className="grid three tight">
          <MetresField
            label={t('seating.minDistance')}
            {...HALL_LIMITS.minDistanceMetres}
            value={layout.minDistanceMetres}
            onChange={(minDistanceMetres) => set({ minDistanceMetres })}
          />
          <MetresField
            label={t('seating.seatWidth')}
            {...HALL_LIMITS.seatWidthMetres}
            value={layout.seatWidthMetres}
            onChange={(seatWidthMetres) => set({ seatWidthMetres })}
          />
          <MetresField
            label={t('seating.rowDepth')}
            {...HALL_LIMITS.rowDepthMetres}
            value={layout.rowDepthMetres}
            onChange={(rowDepthMetres) => set({ rowDepthMetres })}
          />
        </div>
      )}
      <div className="seating-layout-foot">
        <span className="muted">
          {valid ? t('seating.capacityPreview', { capacity: hallCapacity(preview) }) : t('seating.layoutInvalid')}
        </span>
        <button type="button" className="primary" disabled={!props.dirty || props.busy} onClick={props.onSave}>
          {props.busy ? t('common.saving') : t('seating.saveLayout')}
        </button>
      </div>
    </fieldset>
  );
};
