/** The rows of a file as the import reads them: a dropdown per column to say what it holds, rows with problems highlighted. */
import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/index.js';
import { IMPORT_TARGETS, type ImportPreview, type ImportTarget } from './delegate-import-api.js';

/** A, B, … Z, AA, AB … as the spreadsheet names its columns. */
export const columnLetter = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

export const PreviewTable = (props: {
  preview: ImportPreview;
  disabled: boolean;
  onColumns: (columns: (ImportTarget | null)[]) => void;
}) => {
  const { t, i18n } = useTranslation();
  const { preview } = props;
  const width = Math.max(preview.columnCount, preview.columns.length);
  const columns = Array.from({ length: width }, (_, i) => preview.columns[i] ?? null);
  const problemsOf = new Map<number, ImportPreview['problems']>();
  for (const p of preview.problems) {
    const row = Number(/^\/rows\/(\d+)/.exec(p.path)?.[1] ?? 0);
    if (row > 0) problemsOf.set(row, [...(problemsOf.get(row) ?? []), p]);
  }
  const columnOfProblem = (path: string) => columns.indexOf((path.split('/')[3] ?? '') as ImportTarget);
  const setColumn = (index: number, value: string) =>
    props.onColumns(
      columns.map((target, i) => (i === index ? ((value || null) as ImportTarget | null) : target === value ? null : target)),
    );

  return (
    <div className="table-wrap preview-wrap">
      <table className="data-table import-preview">
        <thead>
          <tr>
            <th scope="col">{t('delegates.import.row')}</th>
            {columns.map((target, i) => {
              const header = preview.headers[i] ?? '';
              return (
                <th scope="col" key={i}>
                  <label className="sr-only" htmlFor={`import-column-${i}`}>
                    {header
                      ? t('delegates.import.columnLabel', { letter: columnLetter(i), header })
                      : t('delegates.import.columnLabelBare', { letter: columnLetter(i) })}
                  </label>
                  <select
                    id={`import-column-${i}`}
                    value={target ?? ''}
                    disabled={props.disabled}
                    onChange={(e) => setColumn(i, e.target.value)}
                  >
                    <option value="">{t('delegates.import.ignore')}</option>
                    {IMPORT_TARGETS.map((option) => (
                      <option key={option} value={option}>
                        {t(`delegates.targets.${option}`)}
                      </option>
                    ))}
                  </select>
                  <span className="column-header">
                    {columnLetter(i)}
                    {header ? `: ${header}` : ''}
                  </span>
                </th>
              );
            })}
            <th scope="col">{t('delegates.import.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map(({ row, cells }) => {
            const problems = problemsOf.get(row) ?? [];
            const badColumns = new Set(problems.map((p) => columnOfProblem(p.path)));
            return (
              <tr key={row} className={problems.length > 0 ? 'row-error' : undefined} data-row={row}>
                <th scope="row">{row}</th>
                {columns.map((_, i) => (
                  <td key={i} className={badColumns.has(i) ? 'cell-error' : undefined}>
                    {cells[i] ?? ''}
                  </td>
                ))}
                <td className="row-problems">
                  {problems.map((p) => (
                    <span key={p.path + p.code} className="field-error">
                      {localized(p.message, i18n.language)}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.rowCount > preview.rows.length && (
        <p className="hint">{t('delegates.import.moreRows', { shown: preview.rows.length, total: preview.rowCount })}</p>
      )}
      {preview.problemCount > preview.problems.length && (
        <p className="hint warn">{t('delegates.import.moreProblems', { shown: preview.problems.length, total: preview.problemCount })}</p>
      )}
    </div>
  );
};
