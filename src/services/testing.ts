/** Helpers for tests of the services (and of the API): inputs with defaults, expected rejections. No test runner needed. */
import { ONE_POINT } from '../domain/conference-rules.js';
import { blankAgendaItemDetails } from '../domain/agenda-items.js';
import { blankParticipantGroupDetails } from '../domain/participant-groups.js';
import type { AgendaItemInput, BridgePointInput, ParticipantGroupInput, TaskInput } from '../domain/conference.schema.js';
import { DomainError, errorText } from '../domain/errors.js';

/** The DomainError a promise rejects with (fails the test when it resolves or throws something else). */
export const rejection = async (promise: Promise<unknown>): Promise<DomainError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) {
    throw new Error(`Expected a DomainError, got ${error === undefined ? 'a result' : errorText(error)}`, { cause: error });
  }
  return error;
};

/** A clock that moves one second per call, from 2021-06-01T01:00:00Z. */
export const steppingClock = () => {
  let t = Date.UTC(2021, 5, 1, 1, 0, 0);
  return () => new Date((t += 1000));
};

export const pointInput = (name: string, over: Partial<BridgePointInput> = {}): BridgePointInput => ({
  name,
  address: '',
  quota: null,
  kind: 'hall',
  isHost: false,
  operatorName: '',
  operatorPhone: '',
  operatorEmail: '',
  unitCode: null,
  ...ONE_POINT,
  ...over,
});

export const groupInput = (text: string, over: Partial<ParticipantGroupInput> = {}): ParticipantGroupInput => ({
  scope: 'every_other_point',
  bridgePointId: null,
  ...blankParticipantGroupDetails(),
  text,
  ...over,
});

export const agendaInput = (content: string, over: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  parentId: null,
  ...blankAgendaItemDetails(),
  content,
  ...over,
});

export const taskInput = (assignmentId: string, text: string, over: Partial<TaskInput> = {}): TaskInput => ({
  assignmentId,
  text,
  deadline: null,
  status: 'todo',
  cooperatingAgencies: [],
  agendaItemId: null,
  producesDocument: '',
  ...over,
});
