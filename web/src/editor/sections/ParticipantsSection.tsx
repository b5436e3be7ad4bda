/**
 * Participants (thành phần tham dự): groups per bridge point and for every other point. A national
 * plan carries no points: the places shown are the points that have groups (named by id), and a
 * search adds a group at any other point.
 */
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, ParticipantGroup, ParticipantGroupInput } from '../../../../src/domain/conference.schema.js';
import { blankParticipantGroupDetails } from '../../../../src/domain/participant-groups.js';
import { pointsInline } from '../../api/bridge-points.js';
import { orderItems } from '../../api/conferences.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { usePointNames } from '../../bridge-points/point-names.js';
import { useEditor } from '../context.js';
import { adoptCreatedIds, keepPartialSave, newRowId, orderIfChanged, saveList } from '../saveList.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';
import { ParticipantCard } from './ParticipantCard.js';
import { ParticipantLineCard } from './ParticipantLineCard.js';
import { anotherOrganisation, EVERY_OTHER, insertAfter, linesOf, moveLine, patchRows, placeOf, removeRows } from './participant-lines.js';

export { EVERY_OTHER, placeOf } from './participant-lines.js';

const toInput = (row: ParticipantGroup): ParticipantGroupInput => {
  const { id: _id, position: _position, ...input } = row;
  return input;
};

const blankGroup = (place: string): ParticipantGroup => ({
  id: newRowId(),
  position: 0,
  scope: place === EVERY_OTHER ? 'every_other_point' : 'point',
  bridgePointId: place === EVERY_OTHER ? null : place,
  ...blankParticipantGroupDetails(),
  text: '',
});

const fromConference = (c: Conference) => c.participantGroups;

export default function ParticipantsSection() {
  const { t } = useTranslation();
  const { conference, replaceConference, permissions: p } = useEditor();
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft: rows, setDraft, dirty, restored, reset } = useDraft('participants', source);
  const { run, busy, fieldErrors: errors } = useSave();

  const inline = pointsInline(conference);
  // A national plan: the points its groups are at, by name (their quota is on the Điểm cầu screen).
  const groupPoints = inline ? [] : [...new Set(rows.map((row) => row.bridgePointId).filter((id): id is string => Boolean(id)))];
  const pointName = usePointNames(conference, groupPoints);
  const places = [
    ...(inline
      ? conference.bridgePoints.map((point) => ({ key: point.id, name: point.name, quota: point.quota, isHost: point.isHost }))
      : groupPoints.map((id) => ({ key: id, name: pointName(id) ?? t('pointSelect.loadingName'), quota: null, isHost: false }))),
    { key: EVERY_OTHER, name: t('participants.everyOtherPoint'), quota: null, isHost: false },
  ];
  /** Where the caller may add a group: the organizer everywhere, an operator at their own points. */
  const mayAddAt = (key: string) =>
    p.can('participant_group.create') || (key !== EVERY_OTHER && p.canPoint(key, 'participant_group.create'));
  const addable = places.filter((place) => mayAddAt(place.key));
  const addsElsewhere = !inline && p.anyPoint('participant_group.create');
  const readOnly =
    addable.length === 0 &&
    !addsElsewhere &&
    !conference.participantGroups.some((group) => p.canGroup(group.id, 'participant_group.update'));
  const shownPlaces = places.filter((place) => mayAddAt(place.key) || rows.some((row) => placeOf(row) === place.key));
  const update = (id: string, patch: Partial<ParticipantGroup>) =>
    setDraft((list) => list.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  /** Moves a card (a line with all its organisations) past its neighbour in the same place. */
  const move = (id: string, step: -1 | 1) => setDraft((list) => moveLine(list, id, step));
  const remove = (ids: string[]) => setDraft((list) => removeRows(list, ids));
  const addToLine = (template: ParticipantGroup, afterId: string) => {
    const row = anotherOrganisation(template, newRowId());
    setDraft((list) => insertAfter(list, afterId, row));
    return row.id;
  };

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
            orderIfChanged(
              list.map((row) => resolve(row.id)),
              latest.participantGroups,
              (ids) => orderItems(conference.id, 'participant-groups', ids, version),
            ),
        });
        if (updated) replaceConference(updated);
        reset(fromConference(updated ?? conference));
      } catch (error) {
        keepPartialSave(error, replaceConference, (created) => setDraft((list) => adoptCreatedIds(list, created)));
      }
    });

  return (
    <SectionForm
      title={t('sections.participants')}
      intro={t('participants.intro')}
      dirty={dirty}
      busy={busy}
      restored={restored}
      onSave={save}
      onDiscard={() => reset()}
      wide
      readOnly={readOnly}
    >
      {inline && conference.bridgePoints.length === 0 && <p className="hint">{t('participants.noPoints')}</p>}
      {addsElsewhere && (
        <PointSelect
          conference={conference}
          label={t('nationalAccess.addAtPoint')}
          value=""
          onChange={(id) => id && setDraft((list) => [...list, blankGroup(id)])}
          action="participant_group.create"
        />
      )}
      {shownPlaces.map((place) => {
        const inPlace = rows.filter((row) => placeOf(row) === place.key);
        const lines = linesOf(inPlace);
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
            {lines.map((line, index) => {
              const heading =
                line.category && line.category !== lines[index - 1]?.category ? <h4 className="category-head">{line.category}</h4> : null;
              const common = {
                first: index === 0,
                last: index === lines.length - 1,
                places: addable.length ? addable : places,
                errors,
                onMove: (step: -1 | 1) => move(line.key, step),
              };
              const ids = line.rows.map((row) => row.id);
              const row = line.rows[0]!;
              return (
                <Fragment key={line.key}>
                  {heading}
                  {line.rows.length === 1 ? (
                    <ParticipantCard {...common} row={row} onChange={(patch) => update(row.id, patch)} onRemove={() => remove(ids)} />
                  ) : (
                    <ParticipantLineCard
                      {...common}
                      line={line}
                      onTextChange={(text) => setDraft((list) => patchRows(list, ids, { text }))}
                      onRowChange={update}
                      onAddRow={() => addToLine(line.rows.at(-1)!, ids.at(-1)!)}
                      onRemoveRow={(id) => remove([id])}
                      onRemove={() => remove(ids)}
                    />
                  )}
                </Fragment>
              );
            })}
            {mayAddAt(place.key) && (
              <button type="button" className="secondary small" onClick={() => setDraft((list) => [...list, blankGroup(place.key)])}>
                + {t('participants.addTo', { place: place.name })}
              </button>
            )}
          </section>
        );
      })}
    </SectionForm>
  );
}
