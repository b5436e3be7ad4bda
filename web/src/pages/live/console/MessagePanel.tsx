/**
 * Short messages from the host to every bridge point or to one (chosen here or from the
 * wall's "Nhắn"), and the messages sent so far, newest first.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallStatus, LiveMessage } from '../../../../../src/domain/live/live-state.js';
import { foldForSearch } from '../../../../../src/domain/text.js';
import type { ApiError } from '../../../api/client.js';
import { timeOf } from '../../../live/live-format.js';
import { sendMessage } from '../../../live/live-api.js';
import { asApiError } from './useCommands.js';

/** Points offered at once in the list; a search finds the others. */
const CHOICES = 50;

export interface MessagePanelProps {
  conferenceId: string;
  halls: HallStatus[];
  messages: LiveMessage[];
  to: string | null;
  onTo(pointId: string | null): void;
  onError(error: ApiError | null): void;
}

export const MessagePanel = ({ conferenceId, halls, messages, to, onTo, onError }: MessagePanelProps) => {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [sending, setSending] = useState(false);
  const names = useMemo(() => new Map(halls.map((hall) => [hall.bridgePointId, hall.name])), [halls]);
  const choices = useMemo(() => {
    const words = foldForSearch(search).split(' ').filter(Boolean);
    const found = halls.filter((hall) => words.every((word) => foldForSearch(hall.name).includes(word))).slice(0, CHOICES);
    const chosen = halls.find((hall) => hall.bridgePointId === to);
    return chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  }, [halls, search, to]);

  const submit = async () => {
    setSending(true);
    onError(null);
    try {
      await sendMessage(conferenceId, { toBridgePointId: to, text: text.trim() });
      setText('');
    } catch (caught) {
      onError(asApiError(caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('live.console.messages')}</h2>
      <form
        className="message-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="message-to">
          <label className="field">
            <span>{t('live.wall.search')}</span>
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('live.console.messageTo')}</span>
            <select value={to ?? ''} onChange={(event) => onTo(event.target.value === '' ? null : event.target.value)}>
              <option value="">{t('live.console.messageAll')}</option>
              {choices.map((hall) => (
                <option key={hall.bridgePointId} value={hall.bridgePointId}>
                  {hall.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span>{t('live.console.messageText')}</span>
          <textarea rows={2} maxLength={500} value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={sending || text.trim() === ''}>
          {sending ? t('live.console.working') : t('live.console.send')}
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="empty">{t('live.console.noMessages')}</p>
      ) : (
        <ul className="message-list" data-testid="message-list">
          {[...messages]
            .reverse()
            .slice(0, 30)
            .map((message) => (
              <li key={message.id}>
                <span className="muted">
                  {timeOf(message.sentAt)} ·{' '}
                  {message.toBridgePointId ? (names.get(message.toBridgePointId) ?? '') : t('live.console.messageAll')}
                </span>
                <span>{message.text}</span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
};
