/**
 * One session (phiên, buổi) of the conference: its name, its date as precise as it is known
 * (day, month, year or not yet; "dự kiến"), its hour (a clock time, a part of the day, or
 * not yet), its end, and the time as the document wrote it; with the line as it will show.
 */
import { useTranslation } from 'react-i18next';
import { printedSessionTime, sessionTimeEn } from '../../../../src/domain/session-time.js';
import { CheckboxField, SelectField, TextField, type FieldErrors } from '../../components/fields.js';
import { PARTS_OF_DAY } from '../../domain-values.js';
import { unknownTime } from '../../format.js';
import { RowActions } from '../RowActions.js';
import { changePrecision, changeTimeMode, sessionInputOf, type DatePrecision, type SessionDraft, type TimeMode } from './general-draft.js';

const PRECISIONS: DatePrecision[] = ['day', 'month', 'year', 'none'];
const TIME_MODES: TimeMode[] = ['clock', 'part', 'none'];

export const SessionCard = (props: {
  session: SessionDraft;
  index: number;
  count: number;
  /** Problems of this session's fields, by field name. */
  errors: FieldErrors;
  onChange: (next: SessionDraft) => void;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const { session, errors } = props;
  const set = (patch: Partial<SessionDraft>) => props.onChange({ ...session, ...patch });
  const input = sessionInputOf(session);
  const shown = (i18n.language === 'en' ? sessionTimeEn(input) : printedSessionTime(input)) ?? unknownTime(i18n.language);
  const title = t('convening.time.session', { n: props.index + 1 });
  const dateField =
    session.precision === 'none' ? null : (
      <TextField
        label={t(`convening.time.${session.precision === 'day' ? 'date' : session.precision}`)}
        type={session.precision === 'day' ? 'date' : session.precision === 'month' ? 'month' : 'text'}
        inputMode={session.precision === 'year' ? 'numeric' : undefined}
        placeholder={session.precision === 'year' ? 'yyyy' : undefined}
        maxLength={session.precision === 'year' ? 4 : undefined}
        value={session.date}
        onChange={(date) => set({ date })}
        error={errors.date}
      />
    );

  return (
    <fieldset className="session-card" data-testid="session-card">
      <legend>{title}</legend>
      <div className="card-tools">
        <RowActions
          index={props.index}
          count={props.count}
          name={t('convening.time.nameOf', { n: props.index + 1 })}
          onMove={props.onMove}
          onRemove={props.onRemove}
          canRemove={props.count > 1}
        />
      </div>
      <TextField
        label={t('convening.time.label')}
        value={session.label}
        onChange={(label) => set({ label })}
        placeholder={t('convening.time.labelPlaceholder')}
        error={errors.label}
      />
      <div className="grid three">
        <SelectField
          label={t('convening.time.precision')}
          value={session.precision}
          onChange={(precision) => props.onChange(changePrecision(session, precision))}
          options={PRECISIONS.map((value) => ({ value, label: t(`convening.time.precisions.${value}`) }))}
        />
        {dateField ?? <span />}
        {session.precision !== 'none' && (
          <CheckboxField
            label={t('convening.time.approximate')}
            checked={session.dateIsApproximate}
            onChange={(dateIsApproximate) => set({ dateIsApproximate })}
            error={errors.dateIsApproximate}
          />
        )}
      </div>
      <div className="grid three">
        <SelectField
          label={t('convening.time.timeMode')}
          value={session.timeMode}
          onChange={(mode) => props.onChange(changeTimeMode(session, mode))}
          options={TIME_MODES.map((value) => ({ value, label: t(`convening.time.timeModes.${value}`) }))}
        />
        {session.timeMode === 'clock' && (
          <TextField
            label={t('convening.time.startTime')}
            type="time"
            value={session.startTime}
            onChange={(startTime) => set({ startTime })}
            error={errors.startTime}
          />
        )}
        {session.timeMode === 'part' && (
          <SelectField
            label={t('convening.time.partOfDay')}
            value={session.partOfDay}
            onChange={(partOfDay) => set({ partOfDay })}
            error={errors.partOfDay}
            options={[
              { value: '' as const, label: '—' },
              ...PARTS_OF_DAY.map((value) => ({ value, label: t(`convening.time.partsOfDay.${value}`) })),
            ]}
          />
        )}
        {session.timeMode !== 'none' && (
          <TextField
            label={t('convening.time.endTime')}
            type="time"
            value={session.endTime}
            onChange={(endTime) => set({ endTime })}
            error={errors.endTime}
          />
        )}
      </div>
      <TextField
        label={t('convening.time.timeText')}
        value={session.timeText}
        onChange={(timeText) => set({ timeText })}
        hint={t('convening.time.timeTextHint')}
        error={errors.timeText}
      />
      <p className="computed session-shown" aria-live="polite">
        <span className="muted">{t('convening.time.printed')}</span> {shown}
      </p>
    </fieldset>
  );
};
