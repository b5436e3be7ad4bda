/**
 * An agenda item with every descriptive field blank: the starting point of a new row in
 * the editor and of the test builders. Pure and browser-safe.
 */
import type { AgendaItemInput } from './conference.schema.js';

/** Everything but where the item sits (parent) and what it says (content). */
export type AgendaItemDetails = Omit<AgendaItemInput, 'parentId' | 'content'>;

export const blankAgendaItemDetails = (): AgendaItemDetails => ({
  number: '',
  presenterOrganisation: '',
  presenterPerson: '',
  durationMinutes: null,
  perSpeakerMinutes: null,
  durationText: '',
  kind: 'item',
});
