/**
 * The seats of a hall as a grid, the stage on top and row A nearest to it. Each seat is a
 * button named for screen readers ("Ghế A05: Nguyễn Văn A"); seats nobody may take are
 * disabled. Clicking is the section's business (select, move, swap).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hallSeats, rowLetters, type HallLayout, type Seat } from '../../../../src/domain/participants/seating-layout.js';
import type { SeatingDelegate } from './seating-api.js';

export const SeatGrid = (props: {
  layout: HallLayout;
  delegates: readonly SeatingDelegate[];
  selectedId: string | null;
  /** Null when the caller may not move anyone (the grid only shows). */
  onSeat: ((seat: Seat, occupant: SeatingDelegate | null) => void) | null;
}) => {
  const { t } = useTranslation();
  const rows = useMemo(() => {
    const seats = hallSeats(props.layout);
    return Array.from({ length: props.layout.rows }, (_, row) =>
      seats.slice(row * props.layout.seatsPerRow, (row + 1) * props.layout.seatsPerRow),
    );
  }, [props.layout]);
  const occupants = useMemo(
    () => new Map(props.delegates.filter((d) => d.placedSeat).map((d) => [d.placedSeat!, d] as const)),
    [props.delegates],
  );

  const nameOf = (seat: Seat, occupant: SeatingDelegate | null) => {
    if (seat.state === 'blocked') return t('seating.seatBlocked', { label: seat.label });
    if (seat.state === 'spaced') return t('seating.seatSpaced', { label: seat.label });
    return occupant ? t('seating.seatTaken', { label: seat.label, name: occupant.fullName }) : t('seating.seatFree', { label: seat.label });
  };

  return (
    <div className="seat-grid-wrap">
      <div className="seat-stage" aria-hidden="true">
        {t('seating.stage')}
      </div>
      <table className="seat-grid" aria-label={t('seating.gridLabel')}>
        <tbody>
          {rows.map((seats, row) => (
            <tr key={row}>
              <th scope="row">{rowLetters(row)}</th>
              {seats.map((seat) => {
                const occupant = occupants.get(seat.label) ?? null;
                const selected = occupant !== null && occupant.id === props.selectedId;
                const className = ['seat', `seat-${seat.state}`, occupant ? 'seat-taken' : '', selected ? 'seat-selected' : ''].join(' ');
                return (
                  <td key={seat.label}>
                    <button
                      type="button"
                      className={className}
                      aria-label={nameOf(seat, occupant)}
                      aria-pressed={selected}
                      title={occupant ? [occupant.fullName, occupant.title].filter(Boolean).join(' – ') : undefined}
                      disabled={seat.state !== 'usable' || props.onSeat === null}
                      onClick={() => props.onSeat?.(seat, occupant)}
                    >
                      <span className="seat-label">{seat.label}</span>
                      {seat.state === 'blocked' && <span className="seat-mark">×</span>}
                      {seat.state === 'spaced' && <span className="seat-mark">—</span>}
                      {occupant && <span className="seat-name">{occupant.fullName}</span>}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('seating.legend')}</p>
    </div>
  );
};
