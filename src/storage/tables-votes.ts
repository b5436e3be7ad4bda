/** Row types of the votes (migration 0010-votes), as Kysely sees them; see tables.ts. */
import type { Flag } from './tables.js';

export interface VoteRow {
  id: string;
  conference_id: string;
  /** The live programme item (null: none). */
  item_id: string | null;
  item_label: string;
  question: string;
  options_json: string;
  secret: Flag;
  /** 'delegates' | 'bridge_points' */
  electorate: string;
  /** Fraction JSON, or null for no quorum check. */
  quorum_json: string | null;
  majority_json: string;
  /** 'draft' | 'open' | 'closed' */
  state: string;
  opened_with_json: string | null;
  result_json: string | null;
  created_at: string;
  opened_at: string | null;
  closed_at: string | null;
}

/** A ballot of an open (not secret) vote. */
export interface VoteBallotRow {
  vote_id: string;
  voter_id: string;
  bridge_point_id: string;
  option_index: number;
  cast_at: string;
}

/** Who voted in a secret vote: no time, no choice. */
export interface VoteVoterRow {
  vote_id: string;
  voter_id: string;
  bridge_point_id: string;
}

/** How many chose an option at a hall in a secret vote: no voter, no time. */
export interface VoteTallyRow {
  vote_id: string;
  bridge_point_id: string;
  option_index: number;
  count: number;
}

export interface VoteHandsRow {
  vote_id: string;
  bridge_point_id: string;
  counts_json: string;
  entered_at: string;
  entered_by: string;
}

export interface VoteRollRow {
  vote_id: string;
  voter_id: string;
  bridge_point_id: string;
  present: Flag;
}
