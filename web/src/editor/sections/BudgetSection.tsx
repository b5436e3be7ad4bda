/** Budget (kinh phí): the funding source as printed, and optional cost lines in VND. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { replaceCostLines, updateInfo } from '../../api/conferences.js';
import { NumberField, TextField } from '../../components/fields.js';
import { formatVnd } from '../../format.js';
import { useEditor } from '../context.js';
import { moveItem, RowActions } from '../RowActions.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';

interface BudgetDraft {
  fundingSource: string;
  lines: { description: string; amountVnd: number | null }[];
}

const fromConference = (c: Conference): BudgetDraft => ({
  fundingSource: c.fundingSource,
  lines: c.costLines.map(({ description, amountVnd }) => ({ description, amountVnd })),
});

export default function BudgetSection() {
  const { t } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const readOnly = !permissions.can('budget.write');
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft, setDraft, dirty, restored, reset } = useDraft('budget', source);
  const { run, busy, fieldErrors: errors } = useSave();
  const setLine = (index: number, patch: Partial<BudgetDraft['lines'][number]>) =>
    setDraft((d) => ({ ...d, lines: d.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) }));
  const total = draft.lines.reduce((sum, line) => sum + (line.amountVnd ?? 0), 0);

  const save = () =>
    void run(async () => {
      let latest: Conference | null = null;
      if (draft.fundingSource !== source.fundingSource) {
        latest = await updateInfo(conference.id, { fundingSource: draft.fundingSource }, conference.version);
        replaceConference(latest);
      }
      if (JSON.stringify(draft.lines) !== JSON.stringify(source.lines)) {
        // A blank amount is sent as it is, so the server names the field.
        const lines = draft.lines.map((line) => ({ description: line.description, amountVnd: line.amountVnd as number }));
        latest = await replaceCostLines(conference.id, lines, latest?.version ?? conference.version);
        replaceConference(latest);
      }
      reset(fromConference(latest ?? conference));
    });

  return (
    <SectionForm
      title={t('sections.budget')}
      readOnly={readOnly}
      dirty={dirty}
      busy={busy}
      restored={restored}
      onSave={save}
      onDiscard={() => reset()}
    >
      <TextField
        label={t('budget.fundingSource')}
        multiline
        rows={3}
        value={draft.fundingSource}
        onChange={(fundingSource) => setDraft((d) => ({ ...d, fundingSource }))}
        error={errors.fundingSource}
      />
      <h3>{t('budget.costLines')}</h3>
      {draft.lines.length === 0 ? (
        <p className="empty">{t('budget.noLines')}</p>
      ) : (
        <table className="edit-table">
          <thead>
            <tr>
              <th scope="col">{t('common.number')}</th>
              <th scope="col">{t('budget.description')}</th>
              <th scope="col">{t('budget.amount')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.lines.map((line, index) => (
              <tr key={index}>
                <td className="num">{index + 1}</td>
                <td data-label={t('budget.description')}>
                  <TextField
                    hideLabel
                    label={t('budget.descriptionOf', { n: index + 1 })}
                    value={line.description}
                    onChange={(description) => setLine(index, { description })}
                    error={errors[`lines.${index}.description`]}
                  />
                </td>
                <td data-label={t('budget.amount')} className="amount-cell">
                  <NumberField
                    hideLabel
                    label={t('budget.amountOf', { n: index + 1 })}
                    min={0}
                    value={line.amountVnd}
                    onChange={(amountVnd) => setLine(index, { amountVnd })}
                    error={errors[`lines.${index}.amountVnd`]}
                  />
                  <span className="money">{formatVnd(line.amountVnd ?? 0)}</span>
                </td>
                <td>
                  <RowActions
                    index={index}
                    count={draft.lines.length}
                    name={line.description || String(index + 1)}
                    onMove={(from, to) => setDraft((d) => ({ ...d, lines: moveItem(d.lines, from, to) }))}
                    onRemove={() => setDraft((d) => ({ ...d, lines: d.lines.filter((_, i) => i !== index) }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row">{t('budget.total')}</th>
              <td className="money total">{formatVnd(total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <div className="list-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => setDraft((d) => ({ ...d, lines: [...d.lines, { description: '', amountVnd: 0 }] }))}
        >
          + {t('budget.addLine')}
        </button>
      </div>
    </SectionForm>
  );
}
