/**
 * The convening document's own parts, each replaced as a whole list: the sessions (the
 * conference's start follows the first one), the chair and co-chairs, and the outline tree.
 */
import { Type } from 'typebox';
import { ChairInput, ConferenceSessionInput, OutlineSectionFields } from '../domain/conference.schema.js';
import type { FieldProblem } from '../domain/errors.js';
import { replaceChairs, replaceOutline, replaceSessions } from '../storage/repositories/convening-repository.js';
import type { ConferenceService } from './conference-service.types.js';
import { assertNoProblems, prepareInput } from './input.js';
import type { ServiceContext } from './write-context.js';

const Sessions = Type.Array(ConferenceSessionInput, { minItems: 1, maxItems: 100 });
const Chairs = Type.Array(ChairInput, { maxItems: 50 });
const { parentId: _parent, ...sectionFields } = OutlineSectionFields;
const Key = Type.String({ minLength: 1, maxLength: 100 });
const Outline = Type.Array(
  Type.Object({ ...sectionFields, key: Key, parentKey: Type.Union([Key, Type.Null()]) }, { additionalProperties: false }),
  { maxItems: 2000 },
);

const problem = (path: string, code: string, vi: string, en: string): FieldProblem => ({ path, code, message: { vi, en } });

/** Start before end within a session; a clock time needs a whole date only to be exact, so it is allowed without one. */
const sessionProblems = (sessions: ConferenceSessionInput[]): FieldProblem[] =>
  sessions.flatMap((session, index) =>
    session.startTime && session.endTime && session.endTime <= session.startTime
      ? [
          problem(
            `/sessions/${index}/endTime`,
            'session.end_before_start',
            'Giờ kết thúc phải sau giờ bắt đầu.',
            'The end must be after the start.',
          ),
        ]
      : [],
  );

/** Keys unique, parents known and listed before their children, at most three levels. */
const outlineProblems = (sections: { key: string; parentKey: string | null }[]): FieldProblem[] => {
  const depth = new Map<string, number>();
  const problems: FieldProblem[] = [];
  sections.forEach((section, index) => {
    if (depth.has(section.key)) {
      problems.push(problem(`/${index}/key`, 'outline.duplicate_key', 'Khóa bị trùng.', 'Duplicate key.'));
      return;
    }
    const parentDepth = section.parentKey === null ? 0 : depth.get(section.parentKey);
    if (parentDepth === undefined) {
      problems.push(
        problem(
          `/${index}/parentKey`,
          'outline.unknown_parent',
          'Mục cha phải đứng trước mục con.',
          'A parent must come before its children.',
        ),
      );
      return;
    }
    if (parentDepth >= 3) {
      problems.push(problem(`/${index}/parentKey`, 'outline.too_deep', 'Văn bản chỉ có tối đa ba cấp mục.', 'At most three levels.'));
    }
    depth.set(section.key, parentDepth + 1);
  });
  return problems;
};

type ConveningWrites = Pick<ConferenceService, 'replaceSessions' | 'replaceChairs' | 'replaceOutline'>;

export function conveningWrites(ctx: ServiceContext): ConveningWrites {
  return {
    async replaceSessions(conferenceId, sessions, options) {
      const input = prepareInput(Sessions, sessions, '/sessions');
      assertNoProblems(sessionProblems(input), 'session.invalid', {
        vi: 'Thời gian các phiên không hợp lệ.',
        en: 'Invalid session times.',
      });
      const { conference } = await ctx.write(conferenceId, options, (trx) => replaceSessions(trx, conferenceId, input, ctx.newId));
      return conference;
    },

    async replaceChairs(conferenceId, chairs, options) {
      const input = prepareInput(Chairs, chairs, '/chairs');
      const { conference } = await ctx.write(conferenceId, options, (trx) => replaceChairs(trx, conferenceId, input, ctx.newId));
      return conference;
    },

    async replaceOutline(conferenceId, sections, options) {
      const input = prepareInput(Outline, sections, '/sections');
      assertNoProblems(outlineProblems(input), 'outline.invalid', { vi: 'Bố cục văn bản không hợp lệ.', en: 'Invalid outline.' });
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        await replaceOutline(trx, conferenceId, input, ctx.newId);
      });
      return conference;
    },
  };
}
