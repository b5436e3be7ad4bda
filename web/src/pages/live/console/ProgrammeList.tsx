/**
 * The running programme: every item with its state, planned time and extensions; pending
 * items can be started, skipped and moved (reorder_items of the pending ones), the running
 * one skipped, and a new item inserted where the host chooses. Row buttons name their item.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../../../src/domain/durations.js';
import type { LiveItem, LiveState } from '../../../../../src/domain/live/live-state.js';
import type { Commands } from './useCommands.js';
import './console-i18n.js';

/** `15 phút +3 phút`: the planned length and what was added, in words. */
const minutesOf = (item: LiveItem, language: string): string =>
  item.plannedSeconds === null
    ? ''
    : `${formatDuration(item.plannedSeconds, language)}${item.extendedSeconds > 0 ? ` +${formatDuration(item.extendedSeconds, language)}` : ''}`;

export const ProgrammeList = ({ state, commands }: { state: LiveState; commands: Commands }) => {
  const { t, i18n } = useTranslation();
  const { act } = commands;
  const pendingIds = state.items.filter((item) => item.state === 'pending').map((item) => item.id);
  const running = state.phase === 'running';

  const move = (id: string, by: -1 | 1) => {
    const order = [...pendingIds];
    const index = order.indexOf(id);
    const [taken] = order.splice(index, 1);
    if (taken === undefined) return;
    order.splice(index + by, 0, taken);
    void act({ type: 'reorder_items', itemIds: order });
  };

  return (
    <section className="panel programme-panel" aria-labelledby="programme-title">
      <h2 id="programme-title">{t('live.console.programme')}</h2>
      <ol className="programme-list" data-testid="programme-list">
        {state.items.map((item) => {
          const place = pendingIds.indexOf(item.id);
          const name = `${item.number ? `${item.number}. ` : ''}${item.content}`;
          const skip = (
            <button
              type="button"
              className="link-button"
              aria-label={t('liveConsole.skipOf', { name })}
              onClick={() => void act({ type: 'skip_item', itemId: item.id })}
            >
              {t('live.console.skip')}
            </button>
          );
          return (
            <li
              key={item.id}
              className={`programme-item programme-${item.state}${item.parentId ? ' sub-item' : ''}`}
              data-item-id={item.id}
              data-state={item.state}
            >
              <span className="programme-text">
                <span className="programme-number">{item.number || (item.inserted ? '+' : '')}</span>
                <span>
                  {item.content}
                  {item.presenter && <span className="programme-presenter"> — {item.presenter}</span>}
                </span>
              </span>
              <span className="programme-meta">
                <span className={`item-state item-state-${item.state}`}>{t(`live.item.state.${item.state}`)}</span>
                {item.inserted && <span className="badge">{t('live.item.inserted')}</span>}
                <span className="muted">{minutesOf(item, i18n.language)}</span>
              </span>
              {item.state === 'pending' && (
                <span className="programme-actions">
                  <button
                    type="button"
                    className="secondary"
                    disabled={!running}
                    aria-label={t('liveConsole.startOf', { name })}
                    onClick={() => void act({ type: 'start_item', itemId: item.id })}
                  >
                    {t('live.console.startItem')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={place <= 0}
                    aria-label={t('live.console.moveUp', { name: item.content })}
                    onClick={() => move(item.id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={place >= pendingIds.length - 1}
                    aria-label={t('live.console.moveDown', { name: item.content })}
                    onClick={() => move(item.id, 1)}
                  >
                    ↓
                  </button>
                  {skip}
                </span>
              )}
              {item.state === 'running' && <span className="programme-actions">{skip}</span>}
            </li>
          );
        })}
      </ol>
      <InsertItemForm state={state} commands={commands} />
    </section>
  );
};

const InsertItemForm = ({ state, commands }: { state: LiveState; commands: Commands }) => {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string>(state.currentItemId ?? '');
  const [content, setContent] = useState('');
  const [presenter, setPresenter] = useState('');
  const [minutes, setMinutes] = useState('');

  const submit = async () => {
    const length = Number.parseInt(minutes, 10);
    const done = await commands.act({
      type: 'insert_item',
      afterItemId: after === '' ? null : after,
      content: content.trim(),
      presenter: presenter.trim(),
      minutes: Number.isFinite(length) && length > 0 ? length : null,
    });
    if (done) {
      setContent('');
      setPresenter('');
      setMinutes('');
    }
  };

  return (
    <details className="insert-item">
      <summary>{t('live.console.insert')}</summary>
      <form
        className="insert-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>{t('live.console.insertAfter')}</span>
          <select value={after} onChange={(event) => setAfter(event.target.value)}>
            <option value="">{t('live.console.insertTop')}</option>
            {state.items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.number ? `${item.number}. ` : ''}
                {item.content.slice(0, 80)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('live.console.content')}</span>
          <input required value={content} maxLength={2000} onChange={(event) => setContent(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('live.console.presenter')}</span>
          <input value={presenter} maxLength={300} onChange={(event) => setPresenter(event.target.value)} />
        </label>
        <label className="field short">
          <span>{t('live.console.minutes')}</span>
          <input type="number" min={1} max={600} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={commands.pending.has('insert_item') || content.trim() === ''}>
          {t('live.console.insert')}
        </button>
      </form>
    </details>
  );
};
