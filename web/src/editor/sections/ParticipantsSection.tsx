/** Participants (thành phần tham dự): groups per bridge point and for every other point. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, ParticipantGroup, ParticipantGroupInput } from '../../../../src/domain/conference.schema.js';
import { orderItems } from '../../api/conferences.js';
import { useEditor } from '../context.js';
import { adoptCreatedIds, newRowId, orderIfChanged, saveList } from '../saveList.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { RowError, useSave } from '../useSave.js';
import { ParticipantCard } from './ParticipantCard.js';

export const EVERY_OTHER = 'every_other_point';
/** The group a row is shown under: a bridge point id, or every other point. */
export const placeOf = (row: Pick<ParticipantGroup, 'scope' | 'bridgePointId'>) =>
  row.scope === 'every_other_point' ? EVERY_OTHER : (row.bridgePointId ?? EVERY_OTHER);

const toInput = (row: ParticipantGroup): ParticipantGroupInput => {
  const { id: _id, position: _position, ...input } = row;
  return input;
};

const blankGroup = (place: string): ParticipantGroup => ({
  id: newRowId(),
  position: 0,
  scope: place === EVERY_OTHER ? 'every_other_point' : 'point',
  bridgePointId: place === EVERY_OTHER ? null : place,
  category: '',
  organisation: '',
  role: '',
  count: null,
  personName: '',
  isRepresentative: false,
  isRemote: false,
  isPresiding: false,
  invitedBy: '',
  text: '',
});

const fromConference = (c: Conference) => c.participantGroups;

export default function ParticipantsSection() {
  const { t } = useTranslation();
  const { conference, replaceConference } = useEditor();
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft: rows, setDraft, dirty, restored, reset } = useDraft('participants', source);
  const { run, busy, fieldErrors: errors } = useSave();

  const places = [
    ...conference.bridgePoints.map((point) => ({ key: point.id, name: point.name, quota: point.quota, isHost: point.isHost })),
    { key: EVERY_OTHER, name: t('participants.everyOtherPoint'), quota: null, isHost: false },
  ];
  const update = (id: string, patch: Partial<ParticipantGroup>) => setDraft((list) => list.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  /** Swaps a row with its neighbour in the same place. */
  const move = (id: string, step: -1 | 1) =>
    setDraft((list) => {
      const index = list.findIndex((row) => row.id === id);
      const place = placeOf(list[index]!);
      let other = index + step;
      while (other >= 0 && other < list.length && placeOf(list[other]!) !== place) other += step;
      if (other < 0 || other >= list.length) return list;
      const next = [...list];
      [next[index], next[other]] = [next[other]!, next[index]!];
      return next;
    });

  const save = () =>
    void run(async () => {
      try {
        const updated = await saveList({
          current: conference,
          kind: 'participant-groups',
          original: source,
          rows,
          toInput,
          saveOrder: (list, resolve, latest, version) =>
            orderIfChanged(list.map((row) => resolve(row.id)), latest.participantGroups, (ids) => orderItems(conference.id, 'participant-groups', ids, version)),
        });
        if (updated) replaceConference(updated);
        reset(fromConference(updated ?? conference));
      } catch (error) {
        if (error instanceof RowError && error.progress?.latest) {
          replaceConference(error.progress.latest);
          setDraft((list) => adoptCreatedIds(list, error.progress!.created));
        }
        throw error;
      }
    });

  return (
    <SectionForm title={t('sections.participants')} intro={t('participants.intro')} dirty={dirty} busy={busy} restored={restored} onSave={save} onDiscard={() => reset()} wide>
      {conference.bridgePoints.length === 0 && <p className="hint">{t('participants.noPoints')}</p>}
      {places.map((place) => {
        const inPlace = rows.filter((row) => placeOf(row) === place.key);
        const delegates = inPlace.reduce((sum, row) => sum + (row.count ?? (row.personName || row.isRepresentative ? 1 : 0)), 0);
        return (
          <section key={place.key} className="place-group" aria-labelledby={`place-${place.key}`}>
            <header className="place-head">
              <h3 id={`place-${place.key}`}>
                {place.name}
                {place.isHost && <span className="badge badge-host">{t('bridgePoints.hostBadge')}</span>}
              </h3>
              <span className="muted">
                {t('participants.summary', { groups: inPlace.length, delegates })}
                {place.quota !== null && ` · ${t('participants.quota', { quota: place.quota })}`}
              </span>
            </header>
            {inPlace.map((row, index) => (
              <ParticipantCard
                key={row.id}
                row={row}
                first={index === 0}
                last={index === inPlace.length - 1}
                places={places}
                errors={errors}
                onChange={(patch) => update(row.id, patch)}
                onMove={(step) => move(row.id, step)}
                onRemove={() => setDraft((list) => list.filter((r) => r.id !== row.id))}
              />
            ))}
            <button type="button" className="secondary small" onClick={() => setDraft((list) => [...list, blankGroup(place.key)])}>
              + {t('participants.addTo', { place: place.name })}
            </button>
          </section>
        );
      })}
    </SectionForm>
  );
}
