/**
 * Import of a delegate list: choose the .xlsx/.csv, see how its columns are read (a
 * dropdown per column) and every row's problems, then confirm. Nothing is written before
 * the confirmation, and the confirmation writes all rows or none.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { ApiError } from '../../api/client.js';
import { usePointNames } from '../../bridge-points/point-names.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { Banner } from '../../components/Banner.js';
import { NumberField } from '../../components/fields.js';
import { localized } from '../../i18n/index.js';
import { confirmImport, previewImport, type ImportOptions, type ImportPreview, type ImportResult } from './delegate-import-api.js';
import { PreviewTable } from './PreviewTable.js';

export const ImportPanel = (props: { conference: Conference; onImported: (result: ImportResult) => void; onClose: () => void }) => {
  const { t, i18n } = useTranslation();
  const { conference } = props;
  const [file, setFile] = useState<File | null>(null);
  const [pointId, setPointId] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  /** Once the user changes the columns or the header row, both are sent as they stand. */
  const optionsOf = (next: { pointId?: string; columns?: ImportPreview['columns']; headerRow?: number }): ImportOptions => {
    const chosen = next.pointId ?? pointId;
    return {
      ...(chosen ? { bridgePointId: chosen } : {}),
      ...(next.columns ? { columns: next.columns, headerRow: next.headerRow ?? preview?.headerRow ?? 0 } : {}),
    };
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  // Only the answer to the latest request counts (a header row typed digit by digit sends several).
  const latest = useRef(0);
  const load = (chosen: File, options: ImportOptions) => {
    const ticket = ++latest.current;
    return run(async () => {
      const next = await previewImport(conference.id, chosen, options);
      if (ticket === latest.current) setPreview(next);
    });
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    if (chosen) void load(chosen, optionsOf({}));
  };

  const confirm = () =>
    run(async () => {
      if (!file || !preview) return;
      try {
        props.onImported(await confirmImport(conference.id, file, optionsOf({ columns: preview.columns })));
      } catch (caught) {
        // The server found problems the preview did not (the list changed meanwhile): show them on the rows.
        if (caught instanceof ApiError && caught.fields.length > 0)
          setPreview({ ...preview, problems: caught.fields, problemCount: caught.fields.length });
        throw caught;
      }
    });

  const general = preview?.problems.filter((p) => !p.path.startsWith('/rows/')) ?? [];
  const badRows = new Set(preview?.problems.map((p) => /^\/rows\/(\d+)/.exec(p.path)?.[1]).filter(Boolean)).size;
  const nameOf = usePointNames(conference, preview?.points.map((p) => p.bridgePointId) ?? []);
  const pointName = (id: string) => nameOf(id) ?? id;

  return (
    <section className="panel import-panel" aria-labelledby="import-heading">
      <div className="section-head">
        <h3 id="import-heading">{t('delegates.import.title')}</h3>
        <button type="button" className="link-button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="hint">{t('delegates.import.intro')}</p>
      <div className="grid two">
        <div className="field">
          <label htmlFor="delegate-import-file">{t('delegates.import.file')}</label>
          <input
            id="delegate-import-file"
            type="file"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
        </div>
        <PointSelect
          conference={conference}
          label={t('delegates.import.point')}
          value={pointId}
          onChange={(value) => {
            setPointId(value);
            if (file) void load(file, optionsOf({ pointId: value, ...(preview ? { columns: preview.columns } : {}) }));
          }}
          emptyLabel={t('delegates.import.pointFromColumn')}
        />
      </div>
      {busy && <p className="loading">{t('common.loading')}</p>}
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
      {preview && (
        <>
          <p className="import-summary" role="status">
            {t('delegates.import.summary', { rows: preview.rowCount, valid: preview.validCount, bad: badRows })}
          </p>
          {general.map((p) => (
            <Banner key={p.path + p.code} kind="error">
              <p>{localized(p.message, i18n.language)}</p>
            </Banner>
          ))}
          {preview.points.length > 0 && (
            <ul className="import-points">
              {preview.points.map((p) => {
                const over = p.quota !== null && p.existing + p.adding > p.quota;
                return (
                  <li key={p.bridgePointId} className={over ? 'over-quota' : undefined}>
                    {t('delegates.import.adding', { name: pointName(p.bridgePointId), adding: p.adding, existing: p.existing })}
                    {over && <strong> {t('delegates.import.overQuota', { quota: p.quota })}</strong>}
                  </li>
                );
              })}
            </ul>
          )}
          <NumberField
            className="header-row-field"
            label={t('delegates.import.headerRow')}
            min={0}
            value={preview.headerRow}
            onChange={(value) =>
              file && value !== null && value >= 0 && void load(file, optionsOf({ columns: preview.columns, headerRow: value }))
            }
          />
          <PreviewTable preview={preview} disabled={busy} onColumns={(columns) => file && void load(file, optionsOf({ columns }))} />
          <div className="actions">
            <button type="button" className="secondary" onClick={props.onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || preview.problemCount > 0 || preview.validCount === 0}
              onClick={() => void confirm()}
            >
              {t('delegates.import.confirm', { count: preview.validCount })}
            </button>
          </div>
        </>
      )}
    </section>
  );
};
