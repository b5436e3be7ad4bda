/** The conference itself: list, read, create (blank or imported), general information, copy, archive, status. */
import { Type } from 'typebox';
import { ConferenceInfo, ConferenceStatus, type PlanDraft } from '../domain/conference.schema.js';
import { blankConferenceInfo, canTransition, checkIssuable } from '../domain/conference-rules.js';
import { invalid } from '../domain/errors.js';
import {
  findConferenceRow,
  insertConference,
  listConferences,
  updateConferenceInfo,
  updateConferenceState,
} from '../storage/repositories/conference-repository.js';
import { rowToConferenceHead, rowToConferenceInfo } from '../storage/repositories/row-mappers.js';
import type { Executor } from '../storage/tables.js';
import { listSessions, replaceSessions } from '../storage/repositories/convening-repository.js';
import { sessionFromStart } from '../domain/session-time.js';
import { loadConferenceHead, type Plan } from '../storage/repositories/plan-repository.js';
import type { ConferenceService, CreateOptions } from './conference-service.types.js';
import { conferenceNotFound, prepareInput, preparePatch } from './input.js';
import { conferenceToDraft, insertDraft, PlanDraftSchema } from './plan-draft.js';
import type { ServiceContext } from './write-context.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const ListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    status: Type.Optional(ConferenceStatus),
    archived: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
const DuplicateOptions = Type.Object({ shiftYears: Type.Integer({ minimum: 0, maximum: 10 }) }, { additionalProperties: false });

const currentRow = async (executor: Executor, conferenceId: string) => {
  const row = await findConferenceRow(executor, conferenceId);
  if (!row) throw conferenceNotFound();
  return row;
};

const notIssuable = (problems: ReturnType<typeof checkIssuable>) =>
  invalid(
    'conference.not_issuable',
    { vi: 'Kế hoạch đã ban hành cần có số và ngày ban hành đầy đủ.', en: 'An issued plan needs a number and a complete issue date.' },
    problems,
  );

type ConferenceWrites = Pick<
  ConferenceService,
  'list' | 'get' | 'head' | 'readPlan' | 'create' | 'createFromDraft' | 'updateInfo' | 'duplicate' | 'setArchived' | 'changeStatus'
>;

export function conferenceWrites(ctx: ServiceContext): ConferenceWrites {
  const insertDraftAndRead = async (draft: PlanDraft, options?: CreateOptions, extra?: Record<string, unknown>): Promise<Plan> => {
    const id = await ctx.insert(options, (trx) => insertDraft(trx, draft, { newId: ctx.newId, now: ctx.now() }), extra);
    return ctx.readPlan(id);
  };

  return {
    async list({ readableBy, ...query }) {
      const q = prepareInput(ListQuery, query);
      return listConferences(ctx.db, {
        ...(readableBy ? { readableBy } : {}),
        ...(q.q ? { q: q.q } : {}),
        ...(q.status ? { status: q.status } : {}),
        archived: q.archived ?? false,
        limit: q.limit ?? DEFAULT_PAGE_SIZE,
        offset: q.offset ?? 0,
      });
    },

    get: (conferenceId) => ctx.read(conferenceId),

    async head(conferenceId) {
      const head = await loadConferenceHead(ctx.db, conferenceId);
      if (!head) throw conferenceNotFound();
      return head;
    },

    readPlan: (conferenceId) => ctx.readPlan(conferenceId),

    async create(input, options) {
      const info = prepareInput(ConferenceInfo, { ...blankConferenceInfo(), ...input });
      const id = ctx.newId();
      await ctx.insert(options, async (trx) => {
        await insertConference(trx, { id, info, status: 'draft', archived: false, now: ctx.now() });
        await replaceSessions(trx, id, [sessionFromStart(info.startsAt)], ctx.newId);
        return id;
      });
      return ctx.readPlan(id);
    },

    async createFromDraft(draft, options) {
      return insertDraftAndRead(prepareInput(PlanDraftSchema, draft), options);
    },

    async updateInfo(conferenceId, patch, options) {
      const changes = preparePatch(ConferenceInfo, patch);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const row = await currentRow(trx, conferenceId);
        const info = prepareInput(ConferenceInfo, { ...rowToConferenceInfo(row), ...changes });
        // Once issued, the plan keeps a number and a full date (a plan opened live while a draft never had them).
        if (row.status !== 'draft') {
          const problems = checkIssuable(info);
          if (problems.length > 0 && checkIssuable(rowToConferenceInfo(row)).length === 0) throw notIssuable(problems);
        }
        await updateConferenceInfo(trx, conferenceId, info);
        // Writing startsAt fixes the first session's date and hour; the others stay.
        if (changes.startsAt !== undefined && changes.startsAt !== row.starts_at) {
          const [first, ...rest] = await listSessions(trx, conferenceId);
          const fixed = sessionFromStart(info.startsAt);
          const firstSession = first
            ? {
                ...first,
                date: fixed.date,
                startTime: fixed.startTime,
                dateIsApproximate: false,
                timeText: info.startsAt ? '' : first.timeText,
              }
            : fixed;
          await replaceSessions(trx, conferenceId, [firstSession, ...rest], ctx.newId);
        }
      });
      return conference;
    },

    async duplicate(conferenceId, options, writeOptions) {
      const { shiftYears } = prepareInput(DuplicateOptions, options);
      const source = await ctx.read(conferenceId);
      return insertDraftAndRead(conferenceToDraft(source, shiftYears), writeOptions, { duplicatedFrom: conferenceId });
    },

    async setArchived(conferenceId, archived, options) {
      const { conference } = await ctx.write(conferenceId, options, (trx) => updateConferenceState(trx, conferenceId, { archived }));
      return conference;
    },

    async changeStatus(conferenceId, status, options) {
      const to = prepareInput(ConferenceStatus, status);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const head = rowToConferenceHead(await currentRow(trx, conferenceId));
        if (!canTransition(head.status, to)) {
          throw invalid('conference.status_transition', {
            vi: `Không thể chuyển kế hoạch từ trạng thái "${STATUS_VI[head.status]}" sang "${STATUS_VI[to]}".`,
            en: `A plan cannot go from ${head.status} to ${to}.`,
          });
        }
        if (to === 'issued') {
          const problems = checkIssuable(head);
          if (problems.length > 0) throw notIssuable(problems);
        }
        await updateConferenceState(trx, conferenceId, { status: to });
      });
      return conference;
    },
  };
}

const STATUS_VI: Record<ConferenceStatus, string> = {
  draft: 'dự thảo',
  issued: 'đã ban hành',
  live: 'đang diễn ra',
  closed: 'đã kết thúc',
};
