/**
 * One point of the paged list, edited on its own and saved at once: the organizer changes
 * every plain field, an operator its own point's address and contact. The answer is the
 * point and the new counts; the plan's version follows so the next write is not refused.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgePointInput } from '../../../../src/domain/conference.schema.js';
import { patchBridgePoint, type PagedPoint } from '../../api/bridge-points.js';
import { NumberField, TextField } from '../../components/fields.js';
import { useEditor } from '../context.js';
import { useSave } from '../useSave.js';
import { MediaTierField } from './MediaTierField.js';

type Editable = Pick<BridgePointInput, 'name' | 'address' | 'quota' | 'operatorName' | 'operatorPhone' | 'operatorEmail' | 'mediaTier'>;

export function PointEditor(props: { point: PagedPoint; onClose: () => void; onSaved: (point: PagedPoint) => void }) {
  const { t } = useTranslation();
  const { conference, replaceConference } = useEditor();
  const { run, busy, fieldErrors } = useSave();
  const { point } = props;
  const whole = point.allowedActions.includes('bridge_point.update');
  const [draft, setDraft] = useState<Editable>({
    name: point.name,
    address: point.address,
    quota: point.quota,
    operatorName: point.operatorName,
    operatorPhone: point.operatorPhone,
    operatorEmail: point.operatorEmail,
    mediaTier: point.mediaTier,
  });
  const set = (patch: Partial<Editable>) => setDraft((current) => ({ ...current, ...patch }));
  const error = (field: string) => fieldErrors[field];

  const save = () =>
    void run(async () => {
      const patch = Object.fromEntries(
        (Object.keys(draft) as (keyof Editable)[])
          .filter((key) => (whole || !['name', 'quota', 'mediaTier'].includes(key)) && draft[key] !== point[key])
          .map((key) => [key, draft[key]]),
      ) as Partial<Editable>;
      if (Object.keys(patch).length === 0) return props.onClose();
      const changes = await patchBridgePoint(conference.id, point.id, patch, conference.version);
      replaceConference({
        ...conference,
        version: changes.version,
        updatedAt: changes.updatedAt,
        bridgePointSummary: changes.bridgePointSummary,
      } as typeof conference);
      const saved = changes.points.find((p) => p.id === point.id);
      if (saved) props.onSaved(saved);
      props.onClose();
    });

  return (
    <form
      className="point-editor"
      data-testid="point-editor"
      aria-label={t('bridgePoints.paged.editOf', { name: point.name })}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className="point-editor-fields">
        {whole ? (
          <TextField label={t('bridgePoints.name')} value={draft.name} onChange={(name) => set({ name })} error={error('name')} required />
        ) : (
          <p>
            <strong>{point.name}</strong>
          </p>
        )}
        <TextField
          label={t('bridgePoints.address')}
          value={draft.address}
          onChange={(address) => set({ address })}
          error={error('address')}
        />
        {whole && (
          <NumberField
            label={t('bridgePoints.quota')}
            value={draft.quota}
            min={0}
            onChange={(quota) => set({ quota })}
            error={error('quota')}
          />
        )}
        {whole && !point.isHost && (
          <MediaTierField
            kind={point.kind}
            value={draft.mediaTier}
            onChange={(mediaTier) => set({ mediaTier })}
            error={error('mediaTier')}
          />
        )}
        <TextField
          label={t('bridgePoints.paged.operatorName')}
          value={draft.operatorName}
          onChange={(operatorName) => set({ operatorName })}
          error={error('operatorName')}
        />
        <TextField
          type="tel"
          label={t('bridgePoints.paged.operatorPhone')}
          value={draft.operatorPhone}
          onChange={(operatorPhone) => set({ operatorPhone })}
          error={error('operatorPhone')}
        />
        <TextField
          type="email"
          label={t('bridgePoints.paged.operatorEmail')}
          value={draft.operatorEmail}
          onChange={(operatorEmail) => set({ operatorEmail })}
          error={error('operatorEmail')}
        />
      </div>
      <div className="list-actions">
        <button type="submit" disabled={busy}>
          {t('bridgePoints.paged.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onClose} disabled={busy}>
          {t('bridgePoints.paged.cancel')}
        </button>
      </div>
    </form>
  );
}
