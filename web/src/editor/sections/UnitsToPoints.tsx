/**
 * "Create points from administrative units": one hall per unit of a dated list. Only the top
 * level of a list is offered (the districts of 2021, the provinces of 2025): a list's
 * commune-level units are created by the national panel, as groups or named points.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUnitLists, pointsFromUnits } from '../../api/conferences.js';
import { NumberField, SelectField } from '../../components/fields.js';
import { formatDate } from '../../format.js';
import type { UnitList } from '../../../../src/domain/administrative-units.js';
import { sessionsInOrder } from '../../../../src/domain/session-time.js';
import { listInForce } from '../bridge-points/national-points.js';
import { useEditor } from '../context.js';
import { useSave } from '../useSave.js';

const topOf = (list: UnitList | undefined) => list?.units.filter((unit) => unit.parentCode === null) ?? [];

export const UnitsToPoints = ({ disabled }: { disabled: boolean }) => {
  const { t, i18n } = useTranslation();
  const { conference, replaceConference, showError } = useEditor();
  const { run, busy } = useSave();
  const [open, setOpen] = useState(false);
  const [lists, setLists] = useState<UnitList[] | null>(null);
  const [listId, setListId] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [quota, setQuota] = useState<number | null>(null);

  const conferenceDate = conference.startsAt ?? sessionsInOrder(conference.sessions)[0]?.date ?? null;
  useEffect(() => {
    if (!open || lists) return;
    listUnitLists()
      .then(({ items }) => {
        setLists(items);
        // The list in force at the conference's date (the 2021 districts for a 2021 plan).
        const first = listInForce(items, conferenceDate);
        if (first) {
          setListId(first.id);
          setChosen(new Set(topOf(first).map((unit) => unit.code)));
        }
      })
      .catch(showError);
  }, [open, lists, showError, conferenceDate]);

  const list = lists?.find((item) => item.id === listId);
  const existing = new Set(conference.bridgePoints.map((point) => point.unitCode).filter(Boolean));
  const toggle = (code: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  /** Units chosen that have no point yet: the only ones the button creates. */
  const unitCodes = [...chosen].filter((code) => !existing.has(code));
  const create = () =>
    void run(async () => {
      replaceConference(await pointsFromUnits(conference.id, { unitListId: listId, unitCodes, quota, kind: 'hall' }, conference.version));
    });

  return (
    <details className="panel units-panel" open={open} onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>{t('bridgePoints.fromUnits.title')}</summary>
      {disabled && <p className="hint">{t('bridgePoints.fromUnits.saveFirst')}</p>}
      {!lists && open && <p className="loading">{t('common.loading')}</p>}
      {lists && lists.length === 0 && <p className="empty">{t('bridgePoints.fromUnits.noLists')}</p>}
      {lists && list && (
        <>
          <SelectField
            label={t('bridgePoints.fromUnits.list')}
            value={listId}
            onChange={(id) => {
              setListId(id);
              setChosen(new Set(topOf(lists.find((item) => item.id === id)).map((unit) => unit.code)));
            }}
            options={lists.map((item) => ({ value: item.id, label: `${item.name} (${formatDate(item.validOn, i18n.language)})` }))}
          />
          <fieldset>
            <legend>{t('bridgePoints.fromUnits.units')}</legend>
            <ul className="unit-choices">
              {topOf(list).map((unit) => (
                <li key={unit.code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={existing.has(unit.code) || chosen.has(unit.code)}
                      disabled={existing.has(unit.code)}
                      onChange={() => toggle(unit.code)}
                    />{' '}
                    {unit.name}
                    {existing.has(unit.code) && <span className="hint"> ({t('bridgePoints.fromUnits.exists')})</span>}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="grid two">
            <NumberField label={t('bridgePoints.fromUnits.quota')} min={0} value={quota} onChange={setQuota} />
          </div>
          <button type="button" className="primary" disabled={disabled || busy || unitCodes.length === 0} onClick={create}>
            {t('bridgePoints.fromUnits.create')}
          </button>
        </>
      )}
    </details>
  );
};
