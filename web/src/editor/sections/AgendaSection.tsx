/**
 * The agenda (chương trình): nested rows, reordered by drag and drop or the keyboard,
 * with the planned start and end of every row recomputed as the user types.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orderAgenda } from '../../../../src/domain/agenda-tree.js';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { clockTime } from '../../../../src/domain/vietnamese-dates.js';
import { orderAgenda as putAgendaOrder, updateInfo } from '../../api/conferences.js';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { unknownTime } from '../../format.js';
import { useEditor } from '../context.js';
import { adoptCreatedIds, keepPartialSave, newRowId, saveList } from '../saveList.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';
import {
  canIndent,
  indent,
  moveRow,
  orderEntries,
  outdent,
  removeRow,
  renumber,
  scheduleOf,
  toInput,
  type AgendaRow,
} from './agenda-rows.js';
import { AgendaRowView } from './AgendaRowView.js';
import { blankAgendaItemDetails } from '../../../../src/domain/agenda-items.js';

interface AgendaDraft {
  rows: AgendaRow[];
  programmeNote: string;
}

const fromConference = (c: Conference): AgendaDraft => ({
  rows: orderAgenda(c.agendaItems).ordered.map(({ item }) => item),
  programmeNote: c.programmeNote,
});

const blankRow = (parentId: string | null): AgendaRow => ({
  id: newRowId(),
  position: 0,
  parentId,
  ...blankAgendaItemDetails(),
  number: parentId ? '-' : '',
  content: '',
});

export default function AgendaSection() {
  const { t, i18n } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const readOnly = !permissions.can('agenda.write');
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft, setDraft, dirty, restored, reset } = useDraft('agenda', source);
  const { run, busy, fieldErrors: errors } = useSave();
  const rows = draft.rows;
  const setRows = (change: (rows: AgendaRow[]) => AgendaRow[]) => setDraft((d) => ({ ...d, rows: change(d.rows) }));
  const result = useMemo(() => scheduleOf(conference.startsAt, rows), [conference.startsAt, rows]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const labelOf = (id: string | number) => {
    const row = rows.find((r) => r.id === id);
    return row?.content.slice(0, 60) || t('agenda.untitled');
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.announce.start', { name: labelOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('agenda.announce.over', { name: labelOf(active.id), over: labelOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('agenda.announce.end', { name: labelOf(active.id), over: labelOf(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('agenda.announce.cancel', { name: labelOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) setRows((list) => renumber(moveRow(list, String(active.id), String(over.id))));
  };
  const addChild = (parentId: string) =>
    setRows((list) => {
      const parentIndex = list.findIndex((r) => r.id === parentId);
      let end = parentIndex + 1;
      while (end < list.length && list[end]!.parentId !== null) end += 1;
      return [...list.slice(0, end), blankRow(parentId), ...list.slice(end)];
    });

  const save = () =>
    void run(async () => {
      let latest: Conference | null;
      try {
        const originalParent = new Map(source.rows.map((row) => [row.id, row.parentId]));
        latest = await saveList({
          current: conference,
          kind: 'agenda-items',
          original: source.rows,
          rows,
          // Existing rows change parents through the order call, which checks the tree at once.
          toInput: (row, resolve) =>
            toInput(row, originalParent.has(row.id) ? (originalParent.get(row.id) ?? null) : row.parentId && resolve(row.parentId)),
          deletedWith: (row, deleted) => row.parentId !== null && deleted.has(row.parentId),
          saveOrder: (list, resolve, current, version) => {
            const wanted = orderEntries(list, resolve);
            const saved = orderAgenda(current.agendaItems).ordered.map(({ item }) => ({ id: item.id, parentId: item.parentId }));
            return JSON.stringify(wanted) === JSON.stringify(saved) ? null : putAgendaOrder(conference.id, wanted, version);
          },
        });
        if (draft.programmeNote !== source.programmeNote) {
          latest = await updateInfo(conference.id, { programmeNote: draft.programmeNote }, latest?.version ?? conference.version);
        }
        if (latest) replaceConference(latest);
        reset(fromConference(latest ?? conference));
      } catch (error) {
        keepPartialSave(error, replaceConference, (created) => setRows((list) => adoptCreatedIds(list, created)));
      }
    });

  const totals = result.schedule?.totals;
  return (
    <SectionForm
      title={t('sections.agenda')}
      readOnly={readOnly}
      intro={t('agenda.intro')}
      dirty={dirty}
      busy={busy}
      restored={restored}
      onSave={save}
      onDiscard={() => reset()}
      wide
    >
      {conference.startsAt ? (
        <p className="agenda-start">{t('agenda.startsAt', { time: clockTime(conference.startsAt) })}</p>
      ) : (
        <p className="agenda-start hint warn" data-testid="agenda-start-unknown">
          {t('agenda.startUnknown')}
        </p>
      )}
      {result.problem && <Banner kind="warning" message={result.problem} />}
      {rows.length === 0 ? (
        <p className="empty">{t('agenda.empty')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.dragInstructions') } }}
        >
          <div className="table-wrap">
            <table className="edit-table agenda-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">{t('agenda.dragColumn')}</span>
                  </th>
                  <th scope="col">{t('agenda.number')}</th>
                  <th scope="col">{t('agenda.content')}</th>
                  <th scope="col">{t('agenda.presenter')}</th>
                  <th scope="col">{t('agenda.duration')}</th>
                  <th scope="col">{conference.startsAt ? t('agenda.planned') : t('agenda.plannedOffset')}</th>
                </tr>
              </thead>
              <SortableContext items={rows.map((row) => row.id)} strategy={verticalListSortingStrategy}>
                <tbody>
                  {rows.map((row, index) => (
                    <AgendaRowView
                      key={row.id}
                      row={row}
                      index={index}
                      label={labelOf(row.id)}
                      hasChildren={rows[index + 1]?.parentId === row.id}
                      entry={result.schedule?.byId[row.id]}
                      errors={errors}
                      onChange={(patch) => setRows((list) => list.map((r) => (r.id === row.id ? { ...r, ...patch } : r)))}
                      onAddChild={() => addChild(row.id)}
                      onIndent={canIndent(rows, index) ? () => setRows((list) => renumber(indent(list, index))) : null}
                      onOutdent={row.parentId !== null ? () => setRows((list) => renumber(outdent(list, index))) : null}
                      onRemove={() => setRows((list) => renumber(removeRow(list, row.id)))}
                    />
                  ))}
                </tbody>
              </SortableContext>
            </table>
          </div>
        </DndContext>
      )}
      <div className="list-actions">
        <button type="button" className="secondary" onClick={() => setRows((list) => renumber([...list, blankRow(null)]))}>
          + {t('agenda.add')}
        </button>
      </div>
      {totals && (
        <dl className="totals" aria-live="polite">
          <div>
            <dt>{t('agenda.knownMinutes')}</dt>
            <dd>{t('agenda.minutes', { count: totals.knownMinutes })}</dd>
          </div>
          <div>
            <dt>{t('agenda.withoutDuration')}</dt>
            <dd>{totals.itemsWithoutDuration.length}</dd>
          </div>
          <div>
            <dt>{t('agenda.plannedEnd')}</dt>
            <dd>
              {totals.end
                ? clockTime(totals.end)
                : totals.endNoEarlierThan
                  ? t('agenda.noEarlierThan', { time: clockTime(totals.endNoEarlierThan) })
                  : unknownTime(i18n.language)}
            </dd>
          </div>
        </dl>
      )}
      <TextField
        label={t('agenda.programmeNote')}
        multiline
        rows={2}
        value={draft.programmeNote}
        onChange={(programmeNote) => setDraft((d) => ({ ...d, programmeNote }))}
        error={errors.programmeNote}
      />
    </SectionForm>
  );
}
