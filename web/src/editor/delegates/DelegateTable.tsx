/**
 * One page of delegates: the person, their protocol rank, where they attend, their answer and
 * attendance, and what the caller may do. In protocol order a row moves before or after its
 * neighbour of the same point by drag and drop, or by the ↑ ↓ buttons (keyboard).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { pointsInline } from '../../api/bridge-points.js';
import type { PresentedDelegate } from '../../api/delegates.js';
import { usePointNames } from '../../bridge-points/point-names.js';
import { RecordTable } from '../../components/RecordTable.js';
import { participantGroupName } from './delegate-labels.js';
import { rankSource } from '../../../../src/domain/protocol/protocol-order.js';
import { rankLabel } from './protocol-rank-label.js';

export type ProtocolMove = (delegate: PresentedDelegate, targetId: string, place: 'before' | 'after') => void;

export const DelegateTable = (props: {
  conference: Conference;
  delegates: PresentedDelegate[];
  firstNumber: number;
  onEdit: (delegate: PresentedDelegate) => void;
  onRemove: (delegate: PresentedDelegate) => void;
  /** The whole list shown (all pages), in protocol order, when rows may be moved; absent otherwise. */
  order?: PresentedDelegate[];
  onMove?: ProtocolMove;
}) => {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<PresentedDelegate | null>(null);
  const order = props.order;
  const neighbour = (d: PresentedDelegate, step: -1 | 1) => {
    const next = order?.[order.findIndex((x) => x.id === d.id) + step];
    return next && next.bridgePointId === d.bridgePointId ? next : null;
  };
  const movable = (d: PresentedDelegate) => Boolean(order && props.onMove && d.allowedActions.includes('delegate.update'));
  const drop = (target: PresentedDelegate) => {
    if (!dragged || !order || dragged.id === target.id || dragged.bridgePointId !== target.bridgePointId) return;
    const down = order.findIndex((x) => x.id === dragged.id) < order.findIndex((x) => x.id === target.id);
    props.onMove?.(dragged, target.id, down ? 'after' : 'before');
    setDragged(null);
  };
  // A national plan carries no points: the names of this page's points are asked for by id.
  const pointName = usePointNames(
    props.conference,
    props.delegates.map((d) => d.bridgePointId),
  );
  const groups = new Map(props.conference.participantGroups.map((g) => [g.id, participantGroupName(g)]));
  return (
    <RecordTable
      className="delegate-table"
      columns={[
        t('common.number'),
        t('protocolOrder.column'),
        t('delegates.fields.fullName'),
        t('delegates.fields.organisation'),
        t('delegates.contact'),
        t('delegates.bridgePoint'),
        t('delegates.group'),
        t('delegates.fields.seat'),
        t('delegates.invitationLabel'),
        t('delegates.attendanceLabel'),
      ]}
      actions
    >
      {props.delegates.map((d, i) => (
        <tr
          key={d.id}
          draggable={movable(d)}
          className={dragged?.id === d.id ? 'dragging' : undefined}
          title={movable(d) ? t('protocolOrder.drag') : undefined}
          onDragStart={(event) => {
            setDragged(d);
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', d.id);
          }}
          onDragEnd={() => setDragged(null)}
          onDragOver={(event) => {
            if (dragged && dragged.bridgePointId === d.bridgePointId) event.preventDefault();
          }}
          onDrop={(event) => {
            event.preventDefault();
            drop(d);
          }}
        >
          <td>{props.firstNumber + i}</td>
          <td className={`protocol-rank rank-${rankSource(d)}`}>
            <span>{rankLabel(t, d)}</span>
            {movable(d) && (
              <span className="rank-moves">
                <button
                  type="button"
                  className="icon-button"
                  disabled={!neighbour(d, -1)}
                  onClick={() => props.onMove?.(d, neighbour(d, -1)!.id, 'before')}
                  aria-label={t('protocolOrder.moveUp', { name: d.fullName })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  disabled={!neighbour(d, 1)}
                  onClick={() => props.onMove?.(d, neighbour(d, 1)!.id, 'after')}
                  aria-label={t('protocolOrder.moveDown', { name: d.fullName })}
                >
                  ↓
                </button>
              </span>
            )}
          </td>
          <td>
            <strong>{d.fullName}</strong>
            {d.title && <div className="muted">{d.title}</div>}
          </td>
          <td>{d.organisation}</td>
          <td>
            {d.phone && <div>{d.phone}</div>}
            {d.email && <div className="muted">{d.email}</div>}
          </td>
          <td>{pointName(d.bridgePointId) ?? (pointsInline(props.conference) ? '' : t('pointSelect.loadingName'))}</td>
          <td>{(d.participantGroupId && groups.get(d.participantGroupId)) || ''}</td>
          <td>{d.seat}</td>
          <td>
            <span className={`badge invitation-${d.invitation}`}>{t(`delegates.invitation.${d.invitation}`)}</span>
            {d.substitute && <div className="muted">{t('delegates.substitute', { name: d.substitute.fullName })}</div>}
          </td>
          <td>
            {t(`delegates.attendance.${d.attendance}`)}
            {d.walkIn && <div className="muted">{t('delegates.walkIn')}</div>}
          </td>
          <td className="row-actions">
            {d.allowedActions.includes('delegate.update') && (
              <button
                type="button"
                className="link-button"
                onClick={() => props.onEdit(d)}
                aria-label={t('delegates.editNamed', { name: d.fullName })}
              >
                {t('delegates.edit')}
              </button>
            )}
            {d.allowedActions.includes('delegate.delete') && (
              <button
                type="button"
                className="link-button danger-text"
                onClick={() => props.onRemove(d)}
                aria-label={t('common.removeNamed', { name: d.fullName })}
              >
                {t('common.remove')}
              </button>
            )}
          </td>
        </tr>
      ))}
    </RecordTable>
  );
};
