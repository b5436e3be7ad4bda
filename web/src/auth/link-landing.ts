/**
 * Where an access link opens (/l/:token): each link its own screen. An operator's link opens
 * its hall's console, a display link the hall's big screen, a delegate's personal link the
 * delegate's live view, a remote guest's link the guest's page; the others (observer,
 * nominator, an operator link of no point) the plan.
 */
import type { LinkActor } from '../api/accounts.js';

export const linkLanding = (actor: Pick<LinkActor, 'purpose' | 'conferenceId' | 'bridgePointId'>): string => {
  const live = `/hoi-nghi/${actor.conferenceId}`;
  switch (actor.purpose) {
    case 'display':
      return actor.bridgePointId ? `${live}/man-hinh/${actor.bridgePointId}` : `/conferences/${actor.conferenceId}/general`;
    case 'operator':
      return actor.bridgePointId ? `${live}/diem-cau/${actor.bridgePointId}` : `/conferences/${actor.conferenceId}/bridge-points`;
    case 'delegate':
      return `${live}/dai-bieu`;
    case 'guest':
      return `${live}/khach-moi`;
    default:
      return `/conferences/${actor.conferenceId}/general`;
  }
};
