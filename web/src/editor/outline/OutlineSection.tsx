/**
 * "Bố cục văn bản": the document's own sections as the original wrote them (numbering,
 * heading, kind) with their paragraphs, all editable (one paragraph per line, `- ` and `+ `
 * for list levels); a section can be added at the end. Saved as a whole through PUT /outline.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { replaceOutline } from '../../api/conferences.js';
import { SelectField, TextField } from '../../components/fields.js';
import { OUTLINE_KINDS } from '../../domain-values.js';
import { useEditor } from '../context.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';
import './outline-i18n.js';
import { newSectionRow, outlineRows, outlineWrite, paragraphsToText, textToParagraphs, type OutlineRow } from './outline-rows.js';

const fromConference = (c: Conference) => outlineRows(c.outline);

export default function OutlineSection() {
  const { t } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const readOnly = !permissions.can('conference.update');
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft: rows, setDraft, dirty, restored, reset } = useDraft('outline', source);
  const { run, busy, fieldErrors: errors } = useSave();
  const update = (index: number, patch: Partial<OutlineRow>) =>
    setDraft((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const kindOptions = OUTLINE_KINDS.map((kind) => ({ value: kind, label: t(`outline.kinds.${kind}`) }));

  const save = () =>
    void run(async () => {
      const updated = await replaceOutline(conference.id, outlineWrite(rows), conference.version);
      replaceConference(updated);
      reset(fromConference(updated));
    });

  return (
    <SectionForm
      title={t('sections.outline')}
      intro={t('outline.intro')}
      readOnly={readOnly}
      dirty={dirty}
      busy={busy}
      restored={restored}
      onSave={save}
      onDiscard={() => reset()}
      wide
    >
      {rows.length === 0 && <p className="empty">{t('outline.empty')}</p>}
      {rows.length > 0 && (
        <ol className="outline-list">
          {rows.map((row, index) => {
            const name = [row.numbering, row.heading].filter(Boolean).join(' ') || t('outline.untitled');
            const e = (field: string) => errors[`sections.${index}.${field}`];
            return (
              <li key={row.id} className={`outline-row depth-${row.depth} kind-${row.kind}`} data-kind={row.kind}>
                <div className="outline-fields">
                  <TextField
                    className="outline-numbering"
                    hideLabel
                    label={t('outline.numberingOf', { name })}
                    value={row.numbering}
                    onChange={(numbering) => update(index, { numbering })}
                    error={e('numbering')}
                    maxLength={20}
                  />
                  <TextField
                    className="outline-heading"
                    hideLabel
                    label={t('outline.headingOf', { n: index + 1 })}
                    value={row.heading}
                    onChange={(heading) => update(index, { heading })}
                    error={e('heading')}
                  />
                  <SelectField
                    className="outline-kind"
                    hideLabel
                    label={t('outline.kindOf', { name })}
                    value={row.kind}
                    options={kindOptions}
                    onChange={(kind) => update(index, { kind })}
                    error={e('kind')}
                  />
                </div>
                <details className="outline-paragraphs" open={row.kind === 'other'}>
                  <summary>{t('outline.paragraphs', { count: row.paragraphs.length })}</summary>
                  <TextField
                    multiline
                    rows={Math.min(12, Math.max(3, row.paragraphs.length + 1))}
                    label={t('outline.textOf', { name })}
                    hint={t('outline.textHint')}
                    value={paragraphsToText(row.paragraphs)}
                    onChange={(text) => update(index, { paragraphs: textToParagraphs(text) })}
                    error={e('paragraphs')}
                  />
                </details>
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <button type="button" className="secondary" onClick={() => setDraft((list) => [...list, newSectionRow(list, crypto.randomUUID())])}>
          {t('outline.add')}
        </button>
      )}
    </SectionForm>
  );
}
