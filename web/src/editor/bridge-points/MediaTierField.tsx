/**
 * "Cách tham gia" of a bridge point in the plan (issue 19): by the kind of point (the default,
 * named), Tương tác (WebRTC) or Theo dõi (HLS); and the short badge of the tier the plan gives.
 */
import { useTranslation } from 'react-i18next';
import type { BridgePointKind } from '../../../../src/domain/conference.schema.js';
import { defaultMediaTier, plannedMediaTier, type MediaTier } from '../../../../src/domain/media/media-tier.js';
import type { LocalizedMessage } from '../../../../src/domain/errors.js';
import { SelectField } from '../../components/fields.js';
import '../../i18n/media-tier-i18n.js';
import '../../live/media-tier.css';

type Choice = '' | MediaTier;

export function MediaTierField(props: {
  kind: BridgePointKind;
  value: MediaTier | null;
  onChange: (value: MediaTier | null) => void;
  /** The point's name: the field is then labelled for it and its label hidden (a table cell). */
  name?: string;
  error?: LocalizedMessage | undefined;
}) {
  const { t } = useTranslation();
  const byKind = t(`mediaTier.tiers.${defaultMediaTier(props.kind)}`);
  const options: { value: Choice; label: string }[] = [
    { value: '', label: t('mediaTier.byKind', { tier: byKind }) },
    { value: 'interactive', label: t('mediaTier.tiers.interactive') },
    { value: 'watching', label: t('mediaTier.tiers.watching') },
  ];
  return (
    <SelectField<Choice>
      hideLabel={props.name !== undefined}
      label={props.name !== undefined ? t('mediaTier.labelOf', { name: props.name }) : t('mediaTier.label')}
      value={props.value ?? ''}
      options={options}
      onChange={(value) => props.onChange(value === '' ? null : value)}
      error={props.error}
    />
  );
}

/** The tier field of a point in a table cell: the host always interacts, so it has no choice. */
export function MediaTierCell(props: {
  point: { kind: BridgePointKind; isHost: boolean; mediaTier: MediaTier | null };
  name: string;
  onChange: (value: MediaTier | null) => void;
  error?: LocalizedMessage | undefined;
}) {
  const { t } = useTranslation();
  if (props.point.isHost) return <p className="hint tier-host">{t('mediaTier.hostAlways')}</p>;
  return (
    <div className="tier-field">
      <MediaTierField
        kind={props.point.kind}
        value={props.point.mediaTier}
        name={props.name}
        onChange={props.onChange}
        error={props.error}
      />
      {/* The select is narrow in the table: the tier it comes to, in a badge. */}
      <MediaTierBadge point={props.point} />
    </div>
  );
}

/** The tier the plan gives a point (the host always interacts), as a short badge. */
export function MediaTierBadge(props: { point: { kind: BridgePointKind; isHost: boolean; mediaTier: MediaTier | null } }) {
  const { t } = useTranslation();
  const tier = plannedMediaTier(props.point);
  return (
    <span className={`tier-badge tier-${tier}`} data-tier={tier} title={t(`mediaTier.tiers.${tier}`)}>
      {t(`mediaTier.short.${tier}`)}
    </span>
  );
}
