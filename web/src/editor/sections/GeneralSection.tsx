/**
 * General information: the header of the document, its content, the time (sessions) and
 * place, the chair, the closing, and the status. The information fields save through PATCH,
 * the sessions and chairs through their PUT, one after the other with the version each
 * answer returns.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, ConferenceStatus } from '../../../../src/domain/conference.schema.js';
import { changeStatus, replaceChairs, replaceSessions, updateInfo } from '../../api/conferences.js';
import { CheckboxField, TextField } from '../../components/fields.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { useEditor } from '../context.js';
import { ChairsEditor } from '../general/ChairsEditor.js';
import {
  chairInputOf,
  fromConference,
  infoPatch,
  isGeneralDraft,
  listChanged,
  sessionInputOf,
  type InfoDraft,
} from '../general/general-draft.js';
import { HeaderFields } from '../general/HeaderFields.js';
import { SessionsEditor } from '../general/SessionsEditor.js';
import '../general/general-i18n.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';
import { STATUS_TRANSITIONS } from './general-fields.js';

export default function GeneralSection() {
  const { t, i18n } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const readOnly = !permissions.can('conference.update');
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft, setDraft, dirty, restored, reset } = useDraft('general', source, isGeneralDraft);
  const { run, busy, fieldErrors: errors } = useSave();
  const info = draft.info;
  const set =
    <K extends keyof InfoDraft>(key: K) =>
    (value: InfoDraft[K]) =>
      setDraft((d) => ({ ...d, info: { ...d.info, [key]: value } }));

  const save = () =>
    void run(async () => {
      let latest: Conference = conference;
      try {
        const patch = infoPatch(draft.info, source.info);
        if (Object.keys(patch).length > 0) latest = await updateInfo(conference.id, patch, latest.version);
        if (listChanged(draft.sessions, source.sessions))
          latest = await replaceSessions(conference.id, draft.sessions.map(sessionInputOf), latest.version);
        if (listChanged(draft.chairs, source.chairs))
          latest = await replaceChairs(conference.id, draft.chairs.map(chairInputOf), latest.version);
      } catch (error) {
        // What was written before the failure stays written: show it, keep the rest of the draft.
        if (latest !== conference) replaceConference(latest);
        throw error;
      }
      replaceConference(latest);
      reset(fromConference(latest));
    });
  const moveTo = (status: ConferenceStatus) =>
    void run(async () => replaceConference(await changeStatus(conference.id, status, conference.version)));

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

      <HeaderFields info={info} set={set} errors={errors} />

      <fieldset>
        <legend>{t('general.content')}</legend>
        <TextField label={t('general.title')} required multiline rows={2} value={info.title} onChange={set('title')} error={errors.title} />
        <TextField label={t('general.purpose')} multiline rows={5} value={info.purpose} onChange={set('purpose')} error={errors.purpose} />
        <div className="grid two">
          <TextField
            label={t('convening.addressees')}
            multiline
            rows={3}
            value={info.addresseesText}
            onChange={set('addresseesText')}
            error={errors.addressees ?? errors['addressees.0']}
            hint={t('convening.addresseesHint')}
          />
          <TextField
            label={t('convening.commentDeadline')}
            type="date"
            value={info.commentDeadline}
            onChange={set('commentDeadline')}
            error={errors.commentDeadline}
            hint={t('convening.commentDeadlineHint')}
          />
        </div>
      </fieldset>

      <fieldset className="time-place">
        <legend>{t('general.timeAndPlace')}</legend>
        <h3>{t('convening.time.legend')}</h3>
        <SessionsEditor sessions={draft.sessions} errors={errors} onChange={(sessions) => setDraft((d) => ({ ...d, sessions }))} />
        <TextField label={t('general.venue')} multiline rows={3} value={info.venue} onChange={set('venue')} error={errors.venue} />
      </fieldset>

      <fieldset>
        <legend>{t('convening.chairs.legend')}</legend>
        <ChairsEditor chairs={draft.chairs} errors={errors} onChange={(chairs) => setDraft((d) => ({ ...d, chairs }))} />
      </fieldset>

      <fieldset>
        <legend>{t('general.closing')}</legend>
        <CheckboxField
          label={t('general.replacesInvitation')}
          checked={info.replacesInvitation}
          onChange={set('replacesInvitation')}
          error={errors.replacesInvitation}
        />
        <TextField
          label={t('general.closingText')}
          multiline
          rows={3}
          value={info.closingText}
          onChange={set('closingText')}
          error={errors.closingText}
        />
      </fieldset>
    </SectionForm>
  );
}
