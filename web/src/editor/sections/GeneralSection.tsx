/** General information: header of the document, purpose, time and place, closing, status. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, ConferenceInfo, ConferenceStatus } from '../../../../src/domain/conference.schema.js';
import { DOCUMENT_TYPES } from '../../domain-values.js';
import { changeStatus, updateInfo } from '../../api/conferences.js';
import { CheckboxField, SelectField, TextField } from '../../components/fields.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatDate } from '../../format.js';
import { useEditor } from '../context.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';
import { composeIssueDate, splitIssueDate, STATUS_TRANSITIONS } from './general-fields.js';

type GeneralDraft = Pick<
  ConferenceInfo,
  | 'documentType'
  | 'governingBody'
  | 'issuingBody'
  | 'documentNumber'
  | 'documentSymbol'
  | 'place'
  | 'title'
  | 'purpose'
  | 'startsAt'
  | 'venue'
  | 'replacesInvitation'
  | 'closingText'
> & { issueYear: string; issueMonth: string; issueDay: string };

const fromConference = (c: Conference): GeneralDraft => ({
  documentType: c.documentType,
  governingBody: c.governingBody,
  issuingBody: c.issuingBody,
  documentNumber: c.documentNumber,
  documentSymbol: c.documentSymbol,
  place: c.place,
  title: c.title,
  purpose: c.purpose,
  startsAt: c.startsAt,
  venue: c.venue,
  replacesInvitation: c.replacesInvitation,
  closingText: c.closingText,
  ...splitIssueDate(c.issueDate),
});

const toPatch = (draft: GeneralDraft, source: GeneralDraft): Partial<ConferenceInfo> => {
  const { issueYear, issueMonth, issueDay, ...rest } = draft;
  const { issueYear: y0, issueMonth: m0, issueDay: d0, ...before } = source;
  const patch: Partial<ConferenceInfo> = {};
  for (const key of Object.keys(rest) as (keyof typeof rest)[]) {
    if (rest[key] !== before[key]) (patch as Record<string, unknown>)[key] = rest[key];
  }
  if (issueYear !== y0 || issueMonth !== m0 || issueDay !== d0) patch.issueDate = composeIssueDate(issueYear, issueMonth, issueDay);
  return patch;
};

export default function GeneralSection() {
  const { t, i18n } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const readOnly = !permissions.can('conference.update');
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft, setDraft, dirty, restored, reset } = useDraft('general', source);
  const { run, busy, fieldErrors: errors } = useSave();
  const set =
    <K extends keyof GeneralDraft>(key: K) =>
    (value: GeneralDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const save = () =>
    void run(async () => {
      const updated = await updateInfo(conference.id, toPatch(draft, source), conference.version);
      replaceConference(updated);
      reset(fromConference(updated));
    });
  const moveTo = (status: ConferenceStatus) =>
    void run(async () => replaceConference(await changeStatus(conference.id, status, conference.version)));

  const validStart = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(draft.startsAt);
  return (
    <SectionForm
      title={t('sections.general')}
      readOnly={readOnly}
      dirty={dirty}
      busy={busy}
      restored={restored}
      onSave={save}
      onDiscard={() => reset()}
    >
      <fieldset className="status-box">
        <legend>{t('general.status')}</legend>
        <StatusBadge status={conference.status} />
        <span className="status-actions">
          {permissions.can('conference.change_status') &&
            STATUS_TRANSITIONS[conference.status].map((next) => (
              <button key={next} type="button" className="secondary" disabled={busy} onClick={() => moveTo(next)}>
                {t(`general.moveTo.${next}`)}
              </button>
            ))}
        </span>
        {errors.status && <p className="field-error">{i18n.language === 'en' ? errors.status.en : errors.status.vi}</p>}
      </fieldset>

      <fieldset>
        <legend>{t('general.header')}</legend>
        <div className="grid two">
          <TextField
            label={t('general.governingBody')}
            value={draft.governingBody}
            onChange={set('governingBody')}
            error={errors.governingBody}
            hint={t('general.governingBodyHint')}
          />
          <TextField
            label={t('general.issuingBody')}
            required
            multiline
            rows={2}
            value={draft.issuingBody}
            onChange={set('issuingBody')}
            error={errors.issuingBody}
            hint={t('general.issuingBodyHint')}
          />
          <SelectField
            label={t('general.documentType')}
            value={draft.documentType}
            onChange={set('documentType')}
            error={errors.documentType}
            options={DOCUMENT_TYPES.map((code) => ({ value: code, label: `${code} – ${t(`documentTypes.${code}`)}` }))}
          />
          <div className="grid two tight">
            <TextField
              label={t('general.documentNumber')}
              value={draft.documentNumber}
              onChange={set('documentNumber')}
              error={errors.documentNumber}
              hint={t('general.documentNumberHint')}
            />
            <TextField
              label={t('general.documentSymbol')}
              value={draft.documentSymbol}
              onChange={set('documentSymbol')}
              error={errors.documentSymbol}
              placeholder="UBND"
            />
          </div>
          <TextField label={t('general.place')} value={draft.place} onChange={set('place')} error={errors.place} placeholder="Đồng Tháp" />
          <fieldset className={`issue-date ${errors.issueDate ? 'has-error' : ''}`}>
            <legend>{t('general.issueDate')}</legend>
            <div className="grid three tight">
              <TextField label={t('general.day')} value={draft.issueDay} onChange={set('issueDay')} placeholder="dd" maxLength={2} />
              <TextField label={t('general.month')} value={draft.issueMonth} onChange={set('issueMonth')} placeholder="mm" maxLength={2} />
              <TextField
                label={t('general.year')}
                value={draft.issueYear}
                onChange={set('issueYear')}
                placeholder="yyyy"
                maxLength={4}
                error={errors.issueDate}
              />
            </div>
            <p className="hint">{t('general.issueDateHint')}</p>
          </fieldset>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('general.content')}</legend>
        <TextField
          label={t('general.title')}
          required
          multiline
          rows={2}
          value={draft.title}
          onChange={set('title')}
          error={errors.title}
        />
        <TextField label={t('general.purpose')} multiline rows={5} value={draft.purpose} onChange={set('purpose')} error={errors.purpose} />
      </fieldset>

      <fieldset>
        <legend>{t('general.timeAndPlace')}</legend>
        <div className="grid two">
          <TextField
            label={t('general.startsAt')}
            type="datetime-local"
            required
            value={draft.startsAt}
            onChange={set('startsAt')}
            error={errors.startsAt}
            after={
              validStart && (
                <p className="computed" aria-live="polite">
                  {draft.startsAt.slice(11, 16)}, {formatDate(draft.startsAt, i18n.language)}
                </p>
              )
            }
          />
          <TextField label={t('general.venue')} multiline rows={3} value={draft.venue} onChange={set('venue')} error={errors.venue} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('general.closing')}</legend>
        <CheckboxField
          label={t('general.replacesInvitation')}
          checked={draft.replacesInvitation}
          onChange={set('replacesInvitation')}
          error={errors.replacesInvitation}
        />
        <TextField
          label={t('general.closingText')}
          multiline
          rows={3}
          value={draft.closingText}
          onChange={set('closingText')}
          error={errors.closingText}
        />
      </fieldset>
    </SectionForm>
  );
}
