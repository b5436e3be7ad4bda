/**
 * "Điểm cầu toàn quốc đến cấp xã": from a dated list of provinces and their commune-level
 * units (vn-2025), one point per province and, for the provinces chosen, one point per
 * commune; the others keep their communes as one group each. Shows the list's date, source
 * and caveat, previews what will be created, and creates it all in one request.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_COMMUNE_VENUE, type UnitList } from '../../../../src/domain/administrative-units.js';
import { sessionsInOrder } from '../../../../src/domain/session-time.js';
import { foldForSearch } from '../../../../src/domain/text.js';
import { listUnitLists, pointsFromUnitTree } from '../../api/conferences.js';
import { SelectField, TextField } from '../../components/fields.js';
import { formatDate } from '../../format.js';
import { useEditor } from '../context.js';
import { useSave } from '../useSave.js';
import { childCounts, hasHierarchy, listInForce, previewUnitTree, provincesByName } from './national-points.js';

const number = (value: number) => value.toLocaleString('vi-VN');

export const NationalPoints = ({ disabled }: { disabled: boolean }) => {
  const { t, i18n } = useTranslation();
  const { conference, replaceConference, showError } = useEditor();
  const { run, busy } = useSave();
  const [open, setOpen] = useState(false);
  const [lists, setLists] = useState<UnitList[] | null>(null);
  const [listId, setListId] = useState('');
  const [expand, setExpand] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [venuePattern, setVenuePattern] = useState(DEFAULT_COMMUNE_VENUE);
  const [invitedBy, setInvitedBy] = useState('');

  const conferenceDate = conference.startsAt ?? sessionsInOrder(conference.sessions)[0]?.date ?? null;
  useEffect(() => {
    if (!open || lists) return;
    listUnitLists()
      .then(({ items }) => {
        const tree = items.filter(hasHierarchy);
        setLists(tree);
        setListId(listInForce(tree, conferenceDate)?.id ?? '');
      })
      .catch(showError);
  }, [open, lists, showError, conferenceDate]);

  const list = lists?.find((item) => item.id === listId);
  const counts = useMemo(() => (list ? childCounts(list) : new Map<string, number>()), [list]);
  const options = { expandCodes: [...expand], venuePattern, invitedBy };
  const preview = list ? previewUnitTree(list, conference.bridgePoints, options) : null;
  const folded = foldForSearch(filter);
  const provinces = list ? provincesByName(list).filter((unit) => !folded || foldForSearch(unit.name).includes(folded)) : [];
  const toggle = (code: string) =>
    setExpand((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  const create = () =>
    void run(async () => {
      replaceConference(await pointsFromUnitTree(conference.id, { unitListId: listId, ...options }, conference.version));
      setExpand(new Set());
    });

  return (
    <details
      className="panel units-panel national-panel"
      open={open}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{t('bridgePoints.national.title')}</summary>
      <p className="hint">{t('bridgePoints.national.intro')}</p>
      {disabled && <p className="hint warn">{t('bridgePoints.national.saveFirst')}</p>}
      {!lists && open && <p className="loading">{t('common.loading')}</p>}
      {lists && lists.length === 0 && <p className="empty">{t('bridgePoints.national.noLists')}</p>}
      {list && preview && (
        <>
          <SelectField
            label={t('bridgePoints.national.list')}
            value={listId}
            onChange={(id) => {
              setListId(id);
              setExpand(new Set());
            }}
            options={(lists ?? []).map((item) => ({ value: item.id, label: item.name }))}
          />
          <dl className="unit-list-facts" data-testid="unit-list-facts">
            <dt>{t('bridgePoints.national.validOn')}</dt>
            <dd>{formatDate(list.validOn, i18n.language)}</dd>
            {list.source && (
              <>
                <dt>{t('bridgePoints.national.source')}</dt>
                <dd>{list.source}</dd>
              </>
            )}
            {list.note && (
              <>
                <dt>{t('bridgePoints.national.note')}</dt>
                <dd className="caveat">{list.note}</dd>
              </>
            )}
          </dl>
          <fieldset>
            <legend>{t('bridgePoints.national.expand')}</legend>
            <TextField label={t('bridgePoints.national.filter')} type="search" value={filter} onChange={setFilter} />
            <ul className="unit-choices province-choices">
              {provinces.map((unit) => (
                <li key={unit.code}>
                  <label>
                    <input type="checkbox" checked={expand.has(unit.code)} onChange={() => toggle(unit.code)} /> {unit.name}{' '}
                    <span className="muted">({t('bridgePoints.national.communes', { count: counts.get(unit.code) ?? 0 })})</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="grid two">
            <TextField label={t('bridgePoints.national.venuePattern')} value={venuePattern} onChange={setVenuePattern} />
            <TextField
              label={t('bridgePoints.national.invitedBy')}
              value={invitedBy}
              onChange={setInvitedBy}
              placeholder={t('bridgePoints.national.invitedByPlaceholder')}
            />
          </div>
          <p className="computed" aria-live="polite" data-testid="national-preview">
            {t('bridgePoints.national.preview', {
              provinces: number(preview.provinces),
              named: number(preview.named),
              groups: number(preview.groups),
              inGroups: number(preview.inGroups),
              total: number(preview.total),
            })}
          </p>
          <p className="hint">{t('bridgePoints.national.skipped')}</p>
          <button type="button" className="primary" disabled={disabled || busy || preview.total === 0} onClick={create}>
            {t('bridgePoints.national.create')}
          </button>
        </>
      )}
    </details>
  );
};
