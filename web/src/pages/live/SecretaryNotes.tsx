/**
 * The secretary's notes beside the running item (issue 16 item 5): the latest note of the
 * item now running, saved as a new revision each time. Shown to the secretariat only (the
 * server answers 403 to others, and the panel then stays hidden).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../../src/domain/live/live-state.js';
import { listNotes, saveNote, type MinutesNote } from '../../record/record-api.js';
import '../../record/record-i18n.js';
import '../../record/record.css';

export const SecretaryNotes = (props: { conferenceId: string; state: LiveState }) => {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<MinutesNote[] | null>(null);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const itemId = props.state.currentItemId;
  const item = props.state.items.find((i) => i.id === itemId) ?? null;

  useEffect(() => {
    let live = true;
    listNotes(props.conferenceId).then(
      (r) => live && setNotes(r.items),
      () => live && setNotes(null),
    );
    return () => void (live = false);
  }, [props.conferenceId]);
  useEffect(() => {
    const latest = notes?.filter((n) => n.itemId === itemId).at(-1);
    setText(latest?.text ?? '');
    setSaved(null);
    // Only when the running item changes: typing must not be replaced by a refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId, notes === null]);

  if (notes === null) return null;
  const save = () => {
    if (!itemId) return;
    void saveNote(props.conferenceId, itemId, text).then((note) => {
      setNotes([...notes, note]);
      setSaved(note.revision);
    });
  };
  return (
    <section className="panel secretary-notes" aria-labelledby="secretary-notes-title">
      <h2 id="secretary-notes-title">{t('record.notes.title')}</h2>
      {item ? (
        <p>{t('record.notes.item', { item: [item.number, item.content].filter(Boolean).join('. ') })}</p>
      ) : (
        <p>{t('record.notes.noItem')}</p>
      )}
      {item && (
        <>
          <textarea aria-label={t('record.notes.title')} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="button" onClick={save}>
            {t('record.notes.save')}
          </button>
          {saved !== null && <p role="status">{t('record.notes.saved', { revision: saved })}</p>}
        </>
      )}
    </section>
  );
};
