/** The signer (người ký) with a live preview of the signature block as printed. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, ConferenceInfo } from '../../../../src/domain/conference.schema.js';
import { SIGNING_AUTHORITIES } from '../../domain-values.js';
import { updateInfo } from '../../api/conferences.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useEditor } from '../context.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';

type SignerDraft = Pick<ConferenceInfo, 'signerAuthority' | 'signerBody' | 'signerTitle' | 'signerName'>;

const fromConference = (c: Conference): SignerDraft => ({
  signerAuthority: c.signerAuthority,
  signerBody: c.signerBody,
  signerTitle: c.signerTitle,
  signerName: c.signerName,
});

/** The lines of the signature block: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`, or `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`. */
export const signatureLines = (s: SignerDraft): { authority: string; title: string; name: string } => ({
  authority: [s.signerAuthority, s.signerBody.trim()].filter(Boolean).join(' ').toLocaleUpperCase('vi'),
  title: s.signerTitle.trim().toLocaleUpperCase('vi'),
  name: s.signerName.trim(),
});

export default function SignerSection() {
  const { t } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const readOnly = !permissions.can('conference.update');
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft, setDraft, dirty, restored, reset } = useDraft('signer', source);
  const { run, busy, fieldErrors: errors } = useSave();
  const set =
    <K extends keyof SignerDraft>(key: K) =>
    (value: SignerDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const save = () =>
    void run(async () => {
      const patch = Object.fromEntries(Object.entries(draft).filter(([key, value]) => source[key as keyof SignerDraft] !== value));
      const updated = await updateInfo(conference.id, patch, conference.version);
      replaceConference(updated);
      reset(fromConference(updated));
    });
  const lines = signatureLines(draft);

  return (
    <SectionForm
      title={t('sections.signer')}
      readOnly={readOnly}
      intro={t('signer.intro')}
      dirty={dirty}
      busy={busy}
      restored={restored}
      onSave={save}
      onDiscard={() => reset()}
    >
      <div className="signer-layout">
        <div>
          <SelectField
            label={t('signer.authority')}
            value={draft.signerAuthority}
            onChange={set('signerAuthority')}
            error={errors.signerAuthority}
            options={SIGNING_AUTHORITIES.map((a) => ({
              value: a,
              label: a ? `${a} – ${t(`signer.authorities.${a.replace('.', '')}`)}` : t('signer.authorities.none'),
            }))}
          />
          <TextField
            label={t('signer.body')}
            value={draft.signerBody}
            onChange={set('signerBody')}
            error={errors.signerBody}
            hint={t('signer.bodyHint')}
          />
          <TextField
            label={t('signer.title')}
            value={draft.signerTitle}
            onChange={set('signerTitle')}
            error={errors.signerTitle}
            placeholder="CHỦ TỊCH"
          />
          <TextField label={t('signer.name')} value={draft.signerName} onChange={set('signerName')} error={errors.signerName} />
        </div>
        <figure className="doc-preview signature-preview" aria-label={t('common.preview')}>
          <figcaption className="preview-label">{t('common.preview')}</figcaption>
          <div className="signature-block" data-testid="signature-preview">
            {lines.authority && <p className="sig-strong">{lines.authority}</p>}
            {lines.title && <p className="sig-strong">{lines.title}</p>}
            <p className="sig-space" aria-hidden="true" />
            {lines.name && <p className="sig-name">{lines.name}</p>}
          </div>
        </figure>
      </div>
    </SectionForm>
  );
}
