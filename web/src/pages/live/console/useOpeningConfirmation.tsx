/**
 * The chair's "Khai mạc" with the safety checks (issue 17): the first press asks the server to
 * open; when it answers that the opening needs confirming (another day than planned, a draft
 * plan), the warnings are shown in a dialog and the chair opens anyway by confirming them.
 * Any other refusal is shown where the console shows its errors.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SafetyConfirmDialog, type SafetyWarning } from '../../../components/SafetyConfirmDialog.js';
import { run } from '../../../live/live-api.js';
import { asApiError, type Commands } from './useCommands.js';
import { focusedControl, settleFocus } from './focus-after.js';

/** The warnings a 409 safety.confirmation_required lists as its fields. */
const warningsOf = (fields: readonly { path: string; code: string; message: SafetyWarning['message'] }[]): SafetyWarning[] =>
  fields
    .filter((field) => field.path === '/confirm/warnings')
    .map((field) => ({ code: field.code as SafetyWarning['code'], message: field.message }));

export const useOpeningConfirmation = (conferenceId: string, commands: Pick<Commands, 'setError' | 'focusTarget'>) => {
  const { t } = useTranslation();
  const [warnings, setWarnings] = useState<SafetyWarning[] | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (accepted?: SafetyWarning[]) => {
    setBusy(true);
    commands.setError(null);
    // As every console command: once open, focus goes to the next primary action, not the body.
    const pressed = focusedControl();
    try {
      await run(
        conferenceId,
        accepted ? { type: 'start_meeting', confirm: { warnings: accepted.map((w) => w.code) } } : { type: 'start_meeting' },
      );
      setWarnings(null);
      settleFocus(pressed, () => commands.focusTarget.current);
    } catch (caught) {
      const error = asApiError(caught);
      if (error.code === 'safety.confirmation_required') setWarnings(warningsOf(error.fields));
      else {
        setWarnings(null);
        commands.setError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const dialog = (
    <SafetyConfirmDialog
      open={warnings !== null}
      title={t('safety.opening.title')}
      warnings={warnings ?? []}
      confirmLabel={t('safety.opening.confirm')}
      busy={busy}
      onConfirm={() => void attempt(warnings ?? [])}
      onCancel={() => setWarnings(null)}
      testId="opening-confirm"
    >
      <p>{t('safety.opening.intro')}</p>
    </SafetyConfirmDialog>
  );

  return { open: () => void attempt(), busy, dialog };
};
