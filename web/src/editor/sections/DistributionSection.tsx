/** Distribution list (nơi nhận): the lines printed bottom left, the last one "Lưu: VT, …". */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { replaceDistribution } from '../../api/conferences.js';
import { TextField } from '../../components/fields.js';
import { useEditor } from '../context.js';
import { moveItem, RowActions } from '../RowActions.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';

const fromConference = (c: Conference) => c.distribution.map((line) => line.text);

export default function DistributionSection() {
  const { t } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const readOnly = !permissions.can('distribution.write');
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft: lines, setDraft, dirty, restored, reset } = useDraft('distribution', source);
  const { run, busy, fieldErrors: errors } = useSave();

  const save = () =>
    void run(async () => {
      const updated = await replaceDistribution(
        conference.id,
        lines.map((text) => ({ text })),
        conference.version,
      );
      replaceConference(updated);
      reset(fromConference(updated));
    });
  const hasArchiveLine = lines.some((line) => /^lưu\s*:/i.test(line.replace(/^-\s*/, '')));

  return (
    <SectionForm
      title={t('sections.distribution')}
      readOnly={readOnly}
      intro={t('distribution.intro')}
      dirty={dirty}
      busy={busy}
      restored={restored}
      onSave={save}
      onDiscard={() => reset()}
    >
      <div className="distribution-layout">
        <ol className="line-list">
          {lines.map((line, index) => (
            <li key={index}>
              <TextField
                label={t('distribution.lineOf', { n: index + 1 })}
                hideLabel
                value={line}
                onChange={(text) => setDraft((list) => list.map((l, i) => (i === index ? text : l)))}
                error={errors[`lines.${index}.text`]}
                placeholder="TT/TU, TT/HĐND Tỉnh;"
              />
              <RowActions
                index={index}
                count={lines.length}
                name={line || String(index + 1)}
                onMove={(from, to) => setDraft((list) => moveItem(list, from, to))}
                onRemove={() => setDraft((list) => list.filter((_, i) => i !== index))}
              />
            </li>
          ))}
        </ol>
        <aside className="doc-preview distribution-preview" aria-label={t('common.preview')}>
          <p className="preview-label">{t('common.preview')}</p>
          <p className="recipients-head">Nơi nhận:</p>
          {lines
            .filter((line) => line.trim())
            .map((line, index) => (
              <p key={index} className="recipient">
                - {line.replace(/^-\s*/, '')}
              </p>
            ))}
        </aside>
      </div>
      {!hasArchiveLine && lines.length > 0 && <p className="hint warn">{t('distribution.archiveHint')}</p>}
      <div className="list-actions">
        <button type="button" className="secondary" onClick={() => setDraft((list) => [...list, ''])}>
          + {t('distribution.add')}
        </button>
      </div>
    </SectionForm>
  );
}
