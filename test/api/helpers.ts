/**
 * Test harness of the API: the real app (buildApp) over the real services on a fresh
 * database (SQLite file or PostgreSQL schema), plus valid inputs and a seeded conference.
 *
 * `openTestApp` creates the first administrator through POST /setup and signs them in:
 * `t.app.inject` (and so `call`) sends the administrator's cookie and, on writes, the CSRF
 * header, unless the request sets its own `cookie` header (`cookie: ''` is anonymous; see
 * `as()` in ./actors.ts for other actors). `t.rawInject` sends exactly what it is given.
 */
import { ONE_POINT } from '../../src/domain/conference-rules.js';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type {
  AgendaItemInput,
  AssignmentInput,
  BridgePointInput,
  Conference,
  ParticipantGroupInput,
  TaskInput,
} from '../../src/domain/conference.schema.js';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import type { Services } from '../../src/server/server-services.js';
import { createServices, loadReferenceUnitLists } from '../../src/services/index.js';
import { SQLITE_CASE, type TestDatabase, type TestDatabaseCase } from '../../src/storage/test-databases.js';

export { describeDatabases, testDatabases } from '../../src/storage/test-databases.js';

/**
 * The databases an HTTP-layer test runs on: SQLite only. The SQL under the routes is tested on
 * both dialects by the repository and service tests; a test through HTTP runs on PostgreSQL too
 * only when it is about a difference between the dialects (`testDatabases()`: the fuzz test,
 * whose NUL bytes and lone surrogates PostgreSQL's text refuses). See docs/testing.md.
 */
export const apiDatabases = (): TestDatabaseCase[] => [SQLITE_CASE];

/** What a signed-in client sends: the cookie and the CSRF token of its session. */
export interface Credentials {
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** The services the app calls, to compare responses with what they return. */
  services: ReturnType<typeof createServices>;
  /** The administrator `t.app.inject` acts as. */
  admin: { id: string; email: string; password: string; credentials: Credentials };
  /** The app's inject without the administrator's credentials. */
  rawInject(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const ADMIN_EMAIL = 'quantri@dongthap.gov.vn';
export const ADMIN_PASSWORD = 'mật-khẩu-quản-trị-2021';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The `name=value` of the session cookie a response sets ('' when it clears it or sets none). */
export const sessionCookieOf = (response: LightMyRequestResponse): string => {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const cookie = all.find((line) => line.startsWith('diemcau_session='));
  const pair = cookie?.split(';')[0] ?? '';
  return pair === 'diemcau_session=' ? '' : pair;
};

/** The request with the client's cookie, and its CSRF header on writes, unless it sets its own. */
export const withCredentials = (options: InjectOptions, credentials: Credentials | null): InjectOptions => {
  const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
  if (!('cookie' in headers)) headers.cookie = credentials?.cookie ?? '';
  const method = (options.method ?? 'GET').toUpperCase();
  if (credentials && UNSAFE.has(method) && !('x-csrf-token' in headers)) headers['x-csrf-token'] = credentials.csrfToken;
  return { ...options, headers };
};

/** Signs in through POST /auth/login and returns the credentials. */
export async function signIn(inject: TestApp['rawInject'], email: string, password: string): Promise<Credentials> {
  const response = await inject({ method: 'POST', url: `${API}/auth/login`, payload: { email, password } });
  expect(response.statusCode, response.body).toBe(200);
  return { cookie: sessionCookieOf(response), csrfToken: json<{ csrfToken: string }>(response).csrfToken };
}

export async function openTestApp(
  dbCase: TestDatabaseCase,
  overrides: Partial<Services> = {},
  options: Partial<Omit<AppOptions, 'services' | 'database'>> = {},
): Promise<TestApp> {
  const database = await dbCase.open();
  await loadReferenceUnitLists(database);
  const services = createServices(database);
  const app = await buildApp({
    services: { ...services, ...overrides },
    database: { dialect: dbCase.dialect },
    webRoot: null,
    ...options,
  });
  const rawInject = app.inject.bind(app) as unknown as TestApp['rawInject'];
  const { token } = await services.accounts.createFirstAdminSetupLink();
  const setup = await rawInject({
    method: 'POST',
    url: `${API}/setup`,
    payload: { token, email: ADMIN_EMAIL, displayName: 'Quản trị hệ thống', password: ADMIN_PASSWORD },
  });
  expect(setup.statusCode, setup.body).toBe(200);
  const signedIn = json<{ user: { id: string }; csrfToken: string }>(setup);
  const credentials: Credentials = { cookie: sessionCookieOf(setup), csrfToken: signedIn.csrfToken };
  (app as { inject: unknown }).inject = (options?: InjectOptions | string) => {
    if (options === undefined) return (rawInject as unknown as () => unknown)();
    return rawInject(withCredentials(typeof options === 'string' ? { url: options } : options, credentials));
  };
  return {
    app,
    database,
    services,
    admin: { id: signedIn.user.id, email: ADMIN_EMAIL, password: ADMIN_PASSWORD, credentials },
    rawInject,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export const API = '/api/v1';

export const json = <T = unknown>(response: LightMyRequestResponse): T => JSON.parse(response.body) as T;

/** Sends a request (through the app, or as an actor: see ./actors.ts) and checks the status, printing the body when it differs. */
export async function call<T = unknown>(
  app: FastifyInstance | ((options: InjectOptions) => Promise<LightMyRequestResponse>),
  options: InjectOptions,
  status: number,
): Promise<T> {
  const response = 'inject' in app ? await app.inject(options) : await app(options);
  expect(
    response.statusCode,
    `${options.method ?? 'GET'} ${typeof options.url === 'string' ? options.url : JSON.stringify(options.url)}: ${response.body.slice(0, 500)}`,
  ).toBe(status);
  return response.body ? json<T>(response) : (undefined as T);
}

/** Asserts the ErrorBody shape: code, message in both languages, and optional fields likewise. */
export function expectErrorBody(response: LightMyRequestResponse, status: number, code?: string) {
  expect(response.statusCode, response.body.slice(0, 500)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = json<{ error: { code: string; message: { vi: string; en: string }; fields?: unknown[] } }>(response);
  expect(body).toEqual({
    error: {
      code: expect.stringMatching(/^[a-z_]+(\.[a-z_]+)*$/),
      message: { vi: expect.any(String), en: expect.any(String) },
      ...(body.error.fields ? { fields: expect.any(Array) } : {}),
    },
  });
  expect(body.error.message.vi.length).toBeGreaterThan(0);
  expect(body.error.message.en.length).toBeGreaterThan(0);
  for (const field of body.error.fields ?? []) {
    expect(field).toEqual({
      path: expect.any(String),
      code: expect.any(String),
      message: { vi: expect.any(String), en: expect.any(String) },
    });
  }
  expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+|SELECT |INSERT |UPDATE |sqlite|postgres/i);
  if (code) expect(body.error.code).toBe(code);
  return body.error;
}

export const conferenceInput = (title = 'Hội nghị trực tuyến đánh giá mô hình cải cách hành chính') => ({
  title,
  startsAt: '2021-07-07T08:00',
  issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP',
  documentSymbol: 'UBND',
  place: 'Đồng Tháp',
});

export const bridgePointInput = (overrides: Partial<BridgePointInput> = {}): BridgePointInput => ({
  name: 'Điểm cầu Tỉnh',
  address: 'Hội trường UBND Tỉnh',
  quota: 40,
  kind: 'hall',
  isHost: false,
  operatorName: 'Nguyễn Văn A',
  operatorPhone: '0277 3851 234',
  operatorEmail: 'diemcau@dongthap.gov.vn',
  unitCode: null,
  ...ONE_POINT,
  ...overrides,
});

export const participantGroupInput = (
  bridgePointId: string | null,
  overrides: Partial<ParticipantGroupInput> = {},
): ParticipantGroupInput => ({
  scope: bridgePointId ? 'point' : 'every_other_point',
  bridgePointId,
  category: '1.2. Cơ quan đảng, chính quyền, đoàn thể',
  organisation: 'Sở Nội vụ',
  role: 'Giám đốc',
  count: 1,
  personName: '',
  isRepresentative: false,
  isRemote: false,
  isPresiding: false,
  invitedBy: '',
  text: 'Giám đốc Sở Nội vụ',
  ...overrides,
});

export const assignmentInput = (overrides: Partial<AssignmentInput> = {}): AssignmentInput => ({
  leadAgency: 'Sở Nội vụ',
  cooperatingAgencies: ['Văn phòng UBND Tỉnh'],
  heading: '1. Sở Nội vụ',
  ...overrides,
});

export const taskInput = (assignmentId: string, overrides: Partial<TaskInput> = {}): TaskInput => ({
  assignmentId,
  text: 'Xây dựng báo cáo đánh giá các mô hình cải cách hành chính',
  deadline: '2021-07-01',
  status: 'todo',
  cooperatingAgencies: [],
  agendaItemId: null,
  producesDocument: 'Báo cáo',
  ...overrides,
});

export const agendaItemInput = (overrides: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  parentId: null,
  number: '',
  content: 'Tuyên bố lý do, giới thiệu đại biểu',
  presenterOrganisation: 'Văn phòng UBND Tỉnh',
  presenterPerson: '',
  durationMinutes: 5,
  perSpeakerMinutes: null,
  durationText: '',
  kind: 'item',
  ...overrides,
});

export interface Created {
  id: string;
  conference: Conference;
}

export async function createConference(app: FastifyInstance, title?: string): Promise<Conference> {
  return call<Conference>(app, { method: 'POST', url: `${API}/conferences`, payload: conferenceInput(title) }, 201);
}

/** A conference with at least one of everything, built through the API. */
export async function seedConference(app: FastifyInstance, title?: string): Promise<Conference> {
  const conference = await createConference(app, title);
  const base = `${API}/conferences/${conference.id}`;
  const post = (path: string, payload: object) => call<Created>(app, { method: 'POST', url: `${base}${path}`, payload }, 201);
  const host = await post('/bridge-points', bridgePointInput({ isHost: true }));
  await post('/bridge-points', bridgePointInput({ name: 'UBND huyện Châu Thành', quota: 20 }));
  await post('/participant-groups', participantGroupInput(host.id));
  await post('/participant-groups', participantGroupInput(null, { organisation: 'UBND xã', text: 'Chủ tịch UBND các xã' }));
  const assignment = await post('/assignments', assignmentInput());
  await post('/assignments', assignmentInput({ leadAgency: 'Văn phòng UBND Tỉnh', heading: '2. Văn phòng UBND Tỉnh' }));
  const item = await post('/agenda-items', agendaItemInput());
  await post('/agenda-items', agendaItemInput({ content: 'Báo cáo kết quả Chỉ số CCHC', durationMinutes: 15 }));
  const group = await post('/agenda-items', agendaItemInput({ content: 'Tham luận', durationMinutes: null, perSpeakerMinutes: 7 }));
  await post(
    '/agenda-items',
    agendaItemInput({ parentId: group.id, number: '-', content: 'UBND huyện Châu Thành', durationMinutes: null }),
  );
  await post('/tasks', taskInput(assignment.id, { agendaItemId: item.id }));
  await post('/tasks', taskInput(assignment.id, { text: 'Chuẩn bị hội trường', status: 'in_progress' }));
  await call(
    app,
    { method: 'PUT', url: `${base}/cost-lines`, payload: { lines: [{ description: 'Nước uống', amountVnd: 1_500_000 }] } },
    200,
  );
  return call<Conference>(
    app,
    {
      method: 'PUT',
      url: `${base}/distribution`,
      payload: { lines: [{ text: 'TT/TU, TT/HĐND Tỉnh;' }, { text: 'Lưu: VT.' }] },
    },
    200,
  );
}
