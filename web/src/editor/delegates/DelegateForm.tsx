/** Add or edit one delegate: the person, where they sit in protocol order, and (when editing) their answer and attendance. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { ATTENDANCE_STATES, INVITATION_STATES } from '../../../../src/domain/participants/delegate.js';
import { parseProtocolRank, titleRank } from '../../../../src/domain/protocol/protocol-order.js';
import { pointsInline } from '../../api/bridge-points.js';
import { createDelegate, updateDelegate, type AttendanceState, type InvitationState, type PresentedDelegate } from '../../api/delegates.js';
import { permissionsOf } from '../../auth/permissions.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { Banner } from '../../components/Banner.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { participantGroupName } from './delegate-labels.js';
import { RANK_INVALID, rankHint } from './protocol-rank-label.js';

interface Draft {
  bridgePointId: string;
  participantGroupId: string;
  fullName: string;
  title: string;
  organisation: string;
  phone: string;
  email: string;
  seat: string;
  notes: string;
  protocolRank: string;
  invitation: InvitationState;
  attendance: AttendanceState;
}

const draftOf = (d: PresentedDelegate | null, pointId: string): Draft => ({
  bridgePointId: d?.bridgePointId ?? pointId,
  participantGroupId: d?.participantGroupId ?? '',
  fullName: d?.fullName ?? '',
  title: d?.title ?? '',
  organisation: d?.organisation ?? '',
  phone: d?.phone ?? '',
  email: d?.email ?? '',
  seat: d?.seat ?? '',
  notes: d?.notes ?? '',
  protocolRank: d?.protocolRank == null ? '' : String(d.protocolRank),
  invitation: d?.invitation ?? 'not_invited',
  attendance: d?.attendance ?? 'unknown',
});

export const DelegateForm = (props: {
  conference: Conference;
  delegate: PresentedDelegate | null;
  onDone: (saved: PresentedDelegate) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const { conference, delegate } = props;
  const p = permissionsOf(conference);
  const creatable = (pointId: string) => p.canPoint(pointId, 'delegate.create');
  // A delegate at a point where the caller may not add others stays there; else any point where they may add.
  const pointChoice =
    delegate && !creatable(delegate.bridgePointId)
      ? (point: { id: string }) => point.id === delegate.bridgePointId
      : (point: { id: string }) => creatable(point.id);
  // A national plan carries no points to preselect: the point is searched for.
  const firstPoint = pointsInline(conference) ? (conference.bridgePoints.find(pointChoice)?.id ?? '') : '';
  const [draft, setDraft] = useState(() => draftOf(delegate, firstPoint));
  const { submit, busy, errors, error, setError } = useFormSubmit();
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const groups = conference.participantGroups.filter((g) => g.bridgePointId === null || g.bridgePointId === draft.bridgePointId);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const person = {
        bridgePointId: draft.bridgePointId,
        participantGroupId: draft.participantGroupId || null,
        fullName: draft.fullName,
        title: draft.title,
        organisation: draft.organisation,
        phone: draft.phone,
        email: draft.email,
        seat: draft.seat,
        notes: draft.notes,
        protocolRank: parseProtocolRank(draft.protocolRank) ?? null,
      };
      const saved = delegate
        ? await updateDelegate(conference.id, delegate.id, {
            ...person,
            invitation: draft.invitation,
            attendance: draft.attendance,
            expectedVersion: delegate.version,
          })
        : await createDelegate(conference.id, person);
      props.onDone(saved);
    });
  };

  const heading = delegate ? t('delegates.editNamed', { name: delegate.fullName }) : t('delegates.add');
  return (
    <form className="panel delegate-form" onSubmit={save} noValidate aria-label={heading}>
      <h3>{heading}</h3>
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
      <div className="grid three">
        <TextField
          label={t('delegates.fields.fullName')}
          required
          value={draft.fullName}
          onChange={set('fullName')}
          error={errors.fullName}
          maxLength={100}
        />
        <TextField label={t('delegates.fields.title')} value={draft.title} onChange={set('title')} error={errors.title} />
        <TextField
          label={t('delegates.fields.organisation')}
          value={draft.organisation}
          onChange={set('organisation')}
          error={errors.organisation}
        />
        <TextField label={t('delegates.fields.phone')} type="tel" value={draft.phone} onChange={set('phone')} error={errors.phone} />
        <TextField label={t('delegates.fields.email')} type="email" value={draft.email} onChange={set('email')} error={errors.email} />
        <TextField label={t('delegates.fields.seat')} value={draft.seat} onChange={set('seat')} error={errors.seat} />
        <PointSelect
          conference={conference}
          label={t('delegates.bridgePoint')}
          value={draft.bridgePointId}
          onChange={set('bridgePointId')}
          error={errors.bridgePointId}
          filter={pointChoice}
        />
        <SelectField
          label={t('delegates.group')}
          value={draft.participantGroupId}
          onChange={set('participantGroupId')}
          error={errors.participantGroupId}
          options={[{ value: '', label: t('delegates.noGroup') }, ...groups.map((g) => ({ value: g.id, label: participantGroupName(g) }))]}
        />
        <TextField
          label={t('delegates.protocolRank')}
          inputMode="numeric"
          value={draft.protocolRank}
          onChange={set('protocolRank')}
          error={parseProtocolRank(draft.protocolRank) === undefined ? RANK_INVALID : errors.protocolRank}
          hint={rankHint(t, groups.find((g) => g.id === draft.participantGroupId)?.protocolRank ?? null, titleRank(draft.title))}
          maxLength={5}
        />
        {delegate && (
          <>
            <SelectField
              label={t('delegates.invitationLabel')}
              value={draft.invitation}
              onChange={set('invitation')}
              options={INVITATION_STATES.map((s) => ({ value: s, label: t(`delegates.invitation.${s}`) }))}
            />
            <SelectField
              label={t('delegates.attendanceLabel')}
              value={draft.attendance}
              onChange={set('attendance')}
              options={ATTENDANCE_STATES.map((s) => ({ value: s, label: t(`delegates.attendance.${s}`) }))}
            />
          </>
        )}
      </div>
      <TextField label={t('delegates.fields.notes')} multiline rows={2} value={draft.notes} onChange={set('notes')} error={errors.notes} />
      <div className="actions">
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
};
