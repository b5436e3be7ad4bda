import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.js';
import { importPlan } from '../api/conferences.js';
import { Banner } from '../components/Banner.js';

/** Imports a plan from a .txt, .md or .docx file, then opens what the importer could not place. */
export const ImportPlan = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { conference, unclassifiedCount } = await importPlan(file);
      void navigate(`/conferences/${conference.id}/${unclassifiedCount > 0 ? 'unclassified' : 'general'}`);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.title')}</h2>
      <p className="hint">{t('import.help')}</p>
      {error && <Banner kind="error" message={error.localized} />}
      <div className="field">
        <span className="label" id="import-file-label">
          {t('import.file')}
        </span>
        {/* The native button reads in the browser's language; this one reads in the app's. */}
        <div className="file-picker">
          <input
            id="import-file"
            className="sr-only file-input"
            type="file"
            aria-labelledby="import-file-label"
            aria-describedby="import-file-name"
            accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <label htmlFor="import-file" className="file-button" aria-hidden="true">
            {t('import.chooseFile')}
          </label>
          <span id="import-file-name" className={`file-name ${file ? '' : 'muted'}`}>
            {file?.name ?? t('import.noFile')}
          </span>
        </div>
      </div>
      <button type="submit" className="secondary" disabled={!file || busy}>
        {busy ? t('import.importing') : t('import.submit')}
      </button>
    </form>
  );
};
