/**
 * What a hall's screen keeps on the device so that it still works after a reload without
 * the network: the conference's title and the points the operator checks in at, and each
 * point's delegates (name, title, organisation, attendance: no phone or e-mail) for the
 * search. Written after every successful read, read back when the network is down.
 */
import type { PresentedDelegate } from '../../api/delegates.js';
import type { HallSummary } from '../../checkin/check-in-api.js';
import { foldForSearch } from '../../../../src/domain/text.js';

export interface HallPoint {
  id: string;
  name: string;
  mayReportHeadcount: boolean;
}

export interface HallInfo {
  conferenceTitle: string;
  /** The points where the caller may check delegates in. */
  points: HallPoint[];
  savedAt: string;
}

export interface RosterEntry {
  id: string;
  fullName: string;
  title: string;
  organisation: string;
  attendance: string;
  walkIn: boolean;
  checkedInAt: string | null;
  substituteName: string | null;
  /** Name, title and organisation without diacritics, lower case (the search form). */
  key: string;
}

export interface Roster {
  items: RosterEntry[];
  /** Delegates at the point; more than items when the list was cut at ROSTER_LIMIT. */
  total: number;
  summary: HallSummary | null;
  savedAt: string;
}

export const rosterEntry = (delegate: PresentedDelegate): RosterEntry => ({
  id: delegate.id,
  fullName: delegate.fullName,
  title: delegate.title,
  organisation: delegate.organisation,
  attendance: delegate.attendance,
  walkIn: delegate.walkIn,
  checkedInAt: delegate.checkedInAt,
  substituteName: delegate.substitute?.fullName ?? null,
  key: foldForSearch(`${delegate.fullName} ${delegate.title} ${delegate.organisation}`),
});

/** The entries whose folded text holds every word of the query, at most `limit`. */
export const searchRoster = (items: readonly RosterEntry[], query: string, limit: number): { found: RosterEntry[]; more: number } => {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return { found: [], more: 0 };
  const matching = items.filter((item) => words.every((word) => item.key.includes(word)));
  return { found: matching.slice(0, limit), more: Math.max(0, matching.length - limit) };
};

const hallKey = (conferenceId: string) => `diemcau.check-in.hall.${conferenceId}`;
const rosterKey = (conferenceId: string, pointId: string) => `diemcau.check-in.roster.${conferenceId}.${pointId}`;

const read = <T>(key: string): T | null => {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
};

const write = (key: string, value: unknown) => {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* full or refused: the screen works without its copy */
  }
};

export const readHallInfo = (conferenceId: string) => read<HallInfo>(hallKey(conferenceId));
export const saveHallInfo = (conferenceId: string, info: HallInfo) => write(hallKey(conferenceId), info);
export const readRoster = (conferenceId: string, pointId: string) => {
  const roster = read<Roster>(rosterKey(conferenceId, pointId));
  return roster && Array.isArray(roster.items) ? roster : null;
};
export const saveRoster = (conferenceId: string, pointId: string, roster: Roster) => write(rosterKey(conferenceId, pointId), roster);
