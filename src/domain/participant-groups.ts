/**
 * A participant group with every descriptive field blank: the starting point of a new
 * group in the editor, the importer's builders and test fixtures. Pure and browser-safe.
 */
import type { ParticipantGroupInput } from './conference.schema.js';

/** Everything but where the group sits (scope, bridge point) and its printed line. */
export type ParticipantGroupDetails = Omit<ParticipantGroupInput, 'scope' | 'bridgePointId' | 'text'>;

export const blankParticipantGroupDetails = (): ParticipantGroupDetails => ({
  category: '',
  organisation: '',
  role: '',
  count: null,
  personName: '',
  isRepresentative: false,
  isRemote: false,
  isPresiding: false,
  invitedBy: '',
});
