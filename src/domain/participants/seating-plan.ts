/**
 * The seat plan of one hall as the API returns it and the web app shows it: the layout, its
 * capacity, and the delegates with their seats. Types only, shared by server and browser.
 */
import type { AttendanceState, InvitationState } from './delegate.js';
import type { UnplacedReason } from './seating.js';
import type { HallLayout } from './seating-layout.js';

export interface SeatingDelegateView {
  id: string;
  /** The person who sits: the substitute when one was named. */
  fullName: string;
  title: string;
  organisation: string;
  /** The invited person's name when a substitute attends in their place, else null. */
  substituteFor: string | null;
  /**
   * Thứ tự nghi thức given (1 first), else null; groupRank: the rank of the delegate's
   * participant group, else null; titleRank: the default of the title, else null.
   */
  protocolRank: number | null;
  groupRank: number | null;
  titleRank: number | null;
  invitation: InvitationState;
  attendance: AttendanceState;
  /** The seat as stored (may be free text from an import). */
  seat: string;
  /** The seat of the layout the delegate validly holds, else null (see unplacedReason). */
  placedSeat: string | null;
  unplacedReason: UnplacedReason | null;
}

export interface SeatingPlan {
  conferenceId: string;
  bridgePointId: string;
  hallName: string;
  quota: number | null;
  layout: HallLayout;
  /** False while the hall uses the default layout sized from the quota. */
  layoutSaved: boolean;
  updatedAt: string | null;
  capacity: number;
  /** In protocol order; declined delegates are not seated and not listed. */
  delegates: SeatingDelegateView[];
}

export interface AutoAssignResult extends SeatingPlan {
  changed: number;
  /** Delegates left without a seat because the hall is full, in protocol order. */
  unseated: string[];
}
