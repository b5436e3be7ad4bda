/**
 * The writes of a hall's screen, all through the offline queue: check-in (QR code or a
 * delegate chosen by name), walk-in and headcount. Each tells the operator at once what
 * became of it: recorded, already present, saved to send later, or refused and why.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedMessage } from '../../../../src/domain/errors.js';
import { checkInPath, headcountPath, walkInPath, type CheckInAnswer } from '../../checkin/check-in-api.js';
import { hallQueue } from '../../checkin/hall-queue.js';
import type { SubmitResult } from '../../checkin/offline-queue.js';
import { localized } from '../../i18n/index.js';
import type { RosterApi } from './useHall.js';

export interface Notice {
  kind: 'success' | 'info' | 'warning' | 'error';
  text: string;
  /** A write saved to send later: the notice changes once the queue has sent it. */
  queued?: { key: string; name: string };
}

export interface WalkInFields {
  fullName: string;
  title: string;
  organisation: string;
  phone: string;
}

const clock = (iso: string | null, language: string) =>
  iso ? new Date(iso).toLocaleTimeString(language === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' }) : '';

export const useCheckInActions = (conferenceId: string, pointId: string, roster: RosterApi) => {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const scope = `${conferenceId}:${pointId}`;

  const queuedNotice = useCallback(
    (item: { key: string; label: string }): Notice => ({
      kind: 'warning',
      text: t('checkIn.result.queued', { name: item.label }),
      queued: { key: item.key, name: item.label },
    }),
    [t],
  );

  const refused = useCallback(
    (result: Extract<SubmitResult, { state: 'refused' }>) => {
      // Shown here at once; the refused list is for what the background sending could not deliver.
      hallQueue().dismiss(result.item.key);
      const message: LocalizedMessage | undefined = result.result.message;
      const reason = message ? localized(message, i18n.language) : t('checkIn.result.unknownError', { status: result.result.status });
      setNotice({ kind: 'error', text: t('checkIn.result.refused', { name: result.item.label, reason }) });
    },
    [t, i18n.language],
  );

  const answered = useCallback(
    (answer: CheckInAnswer) => {
      roster.put(answer.delegate);
      void roster.reload();
      const name = answer.delegate.fullName;
      const substitute = answer.delegate.substitute?.fullName;
      if (answer.outcome === 'checked_in') {
        const text = t('checkIn.result.checkedIn', { name });
        setNotice({ kind: 'success', text: substitute ? `${text} ${t('checkIn.result.substitute', { name: substitute })}` : text });
      } else {
        setNotice({
          kind: 'info',
          text: t('checkIn.result.alreadyPresent', { name, time: clock(answer.delegate.checkedInAt, i18n.language) }),
        });
      }
    },
    [roster, t, i18n.language],
  );

  const checkIn = useCallback(
    async (target: { delegateId: string; name: string } | { code: string }) => {
      const byCode = 'code' in target;
      const result = await hallQueue().submit({
        path: checkInPath(conferenceId),
        body: {
          ...(byCode ? { code: target.code, method: 'qr' } : { delegateId: target.delegateId, method: 'search' }),
          bridgePointId: pointId,
          checkedInAt: new Date().toISOString(),
        },
        label: byCode ? t('checkIn.scan.label') : target.name,
        scope,
      });
      if (result.state === 'sent') answered(result.result.body as CheckInAnswer);
      else if (result.state === 'queued') setNotice(queuedNotice(result.item));
      else refused(result);
    },
    [conferenceId, pointId, scope, t, answered, refused, queuedNotice],
  );

  const walkIn = useCallback(
    async (fields: WalkInFields): Promise<boolean> => {
      const body = Object.fromEntries((Object.entries(fields) as [string, string][]).filter(([, value]) => value.trim() !== ''));
      const result = await hallQueue().submit({
        path: walkInPath(conferenceId),
        body: { ...body, bridgePointId: pointId, checkedInAt: new Date().toISOString() },
        label: fields.fullName,
        scope,
      });
      if (result.state === 'refused') {
        refused(result);
        return false;
      }
      if (result.state === 'sent') {
        roster.put((result.result.body as CheckInAnswer).delegate);
        void roster.reload();
        setNotice({ kind: 'success', text: t('checkIn.walkIn.done', { name: fields.fullName }) });
      } else setNotice(queuedNotice(result.item));
      return true;
    },
    [conferenceId, pointId, scope, t, roster, refused, queuedNotice],
  );

  const reportHeadcount = useCallback(
    async (count: number) => {
      const label = t('checkIn.headcount.item', { count });
      const result = await hallQueue().submit({ path: headcountPath(conferenceId, pointId), method: 'PUT', body: { count }, label, scope });
      if (result.state === 'refused') refused(result);
      else if (result.state === 'queued') setNotice(queuedNotice(result.item));
      else {
        void roster.reload();
        setNotice({ kind: 'success', text: t('checkIn.headcount.done', { count }) });
      }
    },
    [conferenceId, pointId, scope, t, roster, refused, queuedNotice],
  );

  return { notice, setNotice, checkIn, walkIn, reportHeadcount, scope };
};
