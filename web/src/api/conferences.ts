/** Typed calls of the /api/v1 contract used by the screens. */
import type { UnitList } from '../../../src/domain/administrative-units.js';
import type {
  AgendaItemInput,
  AssignmentInput,
  BridgePointInput,
  ChairInput,
  Conference,
  ConferenceSessionInput,
  ConferenceInfo,
  ConferenceStatus,
  CostLineInput,
  DistributionLineInput,
  ParticipantGroupInput,
  TaskInput,
} from '../../../src/domain/conference.schema.js';
import type {
  AgendaOrderEntry,
  BridgePointChanges,
  ConferenceCreate,
  ConferenceList,
  ConferenceListQuery as ServiceListQuery,
  Created,
  OutlineSectionWrite,
  UnitsToPoints,
  UnitTreeToPoints,
} from '../../../src/services/conference-service.types.js';
import { download, request } from './client.js';

export type { Created, OutlineSectionWrite, UnitList };

/** The list query of the service, with the filter form's "any status" as ''. */
export type ConferenceListQuery = Omit<ServiceListQuery, 'status'> & { status?: ConferenceStatus | '' };

export interface Health {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  pdf: boolean;
}

const c = (id: string) => `/conferences/${encodeURIComponent(id)}`;

export const listConferences = (query: ConferenceListQuery, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  if (query.q?.trim()) params.set('q', query.q.trim());
  if (query.status) params.set('status', query.status);
  params.set('archived', String(query.archived ?? false));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.offset !== undefined) params.set('offset', String(query.offset));
  return request<ConferenceList>('GET', `/conferences?${params}`, { signal });
};

/** `quiet`: a failure is the caller's to show (no sign-in prompt), e.g. a console's side fetch. */
export const getConference = (id: string, options: { quiet?: boolean } = {}) => request<Conference>('GET', c(id), options);
export const createConference = (input: ConferenceCreate) => request<Conference>('POST', '/conferences', { body: input });
export const updateInfo = (id: string, patch: Partial<ConferenceInfo>, version?: number) =>
  request<Conference>('PATCH', c(id), { body: patch, version });
export const duplicateConference = (id: string, shiftYears: number) =>
  request<Conference>('POST', `${c(id)}/duplicate`, { body: { shiftYears } });
export const setArchived = (id: string, archived: boolean, version?: number) =>
  request<Conference>('POST', `${c(id)}/${archived ? 'archive' : 'unarchive'}`, { version });
export const changeStatus = (id: string, status: ConferenceStatus, version?: number) =>
  request<Conference>('POST', `${c(id)}/status`, { body: { status }, version });

/** The sub-resources that share the add / patch / delete / order shape. */
export interface SubResourceInputs {
  'bridge-points': BridgePointInput;
  'participant-groups': ParticipantGroupInput;
  assignments: AssignmentInput;
  tasks: TaskInput;
  'agenda-items': AgendaItemInput;
}
export type SubResource = keyof SubResourceInputs;

/**
 * A bridge point write answers what changed, not the plan (issue 18); the list editor keeps
 * working on the plan, so it reads the plan again (light: counts, and points only up to 500).
 */
const thenPlan = async <T extends { version: number }>(
  id: string,
  kind: SubResource,
  write: Promise<T | Conference>,
): Promise<Conference> => {
  const answer = await write;
  return kind === 'bridge-points' ? getConference(id) : (answer as Conference);
};

export const addItem = async <K extends SubResource>(
  id: string,
  kind: K,
  input: SubResourceInputs[K],
  version?: number,
): Promise<Created> => {
  const created = await request<Created | (BridgePointChanges & { id: string })>('POST', `${c(id)}/${kind}`, { body: input, version });
  return kind === 'bridge-points'
    ? { id: created.id, conference: (await getConference(id)) as Created['conference'] }
    : (created as Created);
};
export const updateItem = <K extends SubResource>(
  id: string,
  kind: K,
  itemId: string,
  patch: Partial<SubResourceInputs[K]>,
  version?: number,
) => thenPlan(id, kind, request<Conference>('PATCH', `${c(id)}/${kind}/${encodeURIComponent(itemId)}`, { body: patch, version }));
export const removeItem = (id: string, kind: SubResource, itemId: string, version?: number) =>
  thenPlan(id, kind, request<Conference>('DELETE', `${c(id)}/${kind}/${encodeURIComponent(itemId)}`, { version }));
export const orderItems = (id: string, kind: 'bridge-points' | 'participant-groups' | 'assignments', ids: string[], version?: number) =>
  thenPlan(id, kind, request<Conference>('PUT', `${c(id)}/${kind}/order`, { body: { ids }, version }));
export const orderTasks = (id: string, assignmentId: string, ids: string[], version?: number) =>
  request<Conference>('PUT', `${c(id)}/assignments/${encodeURIComponent(assignmentId)}/tasks/order`, { body: { ids }, version });
export const orderAgenda = (id: string, items: AgendaOrderEntry[], version?: number) =>
  request<Conference>('PUT', `${c(id)}/agenda-items/order`, { body: { items }, version });

export const pointsFromUnits = (id: string, body: UnitsToPoints, version?: number) =>
  thenPlan(id, 'bridge-points', request<BridgePointChanges>('POST', `${c(id)}/bridge-points/from-units`, { body, version }));

/** A conference down to the commune level in one step: each province's point, its communes as a group or expanded. */
export const pointsFromUnitTree = (id: string, body: UnitTreeToPoints, version?: number) =>
  thenPlan(id, 'bridge-points', request<BridgePointChanges>('POST', `${c(id)}/bridge-points/from-unit-tree`, { body, version }));
/** Replaces a group kept as a count by one named point per unit of its list. */
export const expandPointGroup = (id: string, pointId: string, version?: number) =>
  thenPlan(
    id,
    'bridge-points',
    request<BridgePointChanges>('POST', `${c(id)}/bridge-points/${encodeURIComponent(pointId)}/expand`, { version }),
  );

/** The convening document's own parts, each replaced as a whole. */
export const replaceSessions = (id: string, sessions: ConferenceSessionInput[], version?: number) =>
  request<Conference>('PUT', `${c(id)}/sessions`, { body: { sessions }, version });
export const replaceChairs = (id: string, chairs: ChairInput[], version?: number) =>
  request<Conference>('PUT', `${c(id)}/chairs`, { body: { chairs }, version });
export const replaceOutline = (id: string, sections: OutlineSectionWrite[], version?: number) =>
  request<Conference>('PUT', `${c(id)}/outline`, { body: { sections }, version });

export const replaceCostLines = (id: string, lines: CostLineInput[], version?: number) =>
  request<Conference>('PUT', `${c(id)}/cost-lines`, { body: { lines }, version });
export const replaceDistribution = (id: string, lines: DistributionLineInput[], version?: number) =>
  request<Conference>('PUT', `${c(id)}/distribution`, { body: { lines }, version });
export const dismissUnclassified = (id: string, itemId: string, version?: number) =>
  request<Conference>('DELETE', `${c(id)}/unclassified/${encodeURIComponent(itemId)}`, { version });

export const listUnitLists = () => request<{ items: UnitList[] }>('GET', '/administrative-unit-lists');
export const getHealth = () => request<Health>('GET', '/health');

export const importPlan = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<{ conference: Conference; unclassifiedCount: number }>('POST', '/imports', { form });
};

export const downloadPlan = (id: string, format: 'docx' | 'pdf') => download(`${c(id)}/documents/plan.${format}`, `ke-hoach.${format}`);
