/** What the chair's and the secretariat's consoles share: the live view, the commands, the message box's state. */
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ApiError } from '../../../api/client.js';
import { useLive, type LiveView } from '../../../live/useLive.js';
import type { MessagePanelProps } from './MessagePanel.js';
import { useCommands, type Commands } from './useCommands.js';

export interface ConsoleModel {
  conferenceId: string;
  live: LiveView;
  commands: Commands;
  /** Props of the message box (the wall's "Nhắn" chooses its recipient). */
  messages: MessagePanelProps;
  /** The refusal to show: a command's, a message's, or the connection's. */
  errors: (ApiError | null)[];
  closeErrors(): void;
}

export const useConsole = (): ConsoleModel => {
  const { conferenceId = '' } = useParams();
  const live = useLive(conferenceId);
  const commands = useCommands(conferenceId);
  const [to, setTo] = useState<string | null>(null);
  const [messageError, setMessageError] = useState<ApiError | null>(null);
  return {
    conferenceId,
    live,
    commands,
    messages: { conferenceId, halls: live.halls, messages: live.messages, to, onTo: setTo, onError: setMessageError },
    errors: [commands.error, messageError, live.error],
    closeErrors: () => {
      commands.setError(null);
      setMessageError(null);
    },
  };
};
