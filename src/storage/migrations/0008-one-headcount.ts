/**
 * One head count per hall (issue 15). The number of people in a hall was kept twice: the
 * check-in desk's report (`headcounts`) and the operator's roll-call report
 * (`live_halls.headcount`), so the attendance wall and the roll-call wall could disagree.
 * `headcounts` is now the one store; the roll call reads it. Each hall's roll-call number is
 * carried over when it is the newer of the two (with the name of who reported it, from the
 * audit log; unknown: empty), then the column goes.
 */
import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

interface HallReport {
  bridge_point_id: string;
  conference_id: string;
  headcount: number | string;
  reported_at: number | string;
}

export const oneHeadcountSchema: Migration = {
  async up(db: AnyDb) {
    const reports = (await db
      .selectFrom('live_halls')
      .select(['bridge_point_id', 'conference_id', 'headcount', 'reported_at'])
      .where('headcount', 'is not', null)
      .where('reported_at', 'is not', null)
      .execute()) as HallReport[];
    for (const report of reports) {
      const reportedAt = new Date(Number(report.reported_at)).toISOString();
      const desk: { reported_at: string } | undefined = await db
        .selectFrom('headcounts')
        .select('reported_at')
        .where('bridge_point_id', '=', report.bridge_point_id)
        .executeTakeFirst();
      if (desk && desk.reported_at >= reportedAt) continue;
      const audit: { actor_label: string } | undefined = await db
        .selectFrom('audit_log')
        .select('actor_label')
        .where('action', '=', 'live.report_hall')
        .where('entity_id', '=', report.bridge_point_id)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const values = { count: Number(report.headcount), reported_at: reportedAt, reported_by: audit?.actor_label ?? '' };
      await db
        .insertInto('headcounts')
        .values({ bridge_point_id: report.bridge_point_id, conference_id: report.conference_id, ...values })
        .onConflict((conflict) => conflict.column('bridge_point_id').doUpdateSet(values))
        .execute();
    }
    await db.schema.alterTable('live_halls').dropColumn('headcount').execute();
  },
  async down(db: AnyDb) {
    await db.schema.alterTable('live_halls').addColumn('headcount', 'integer').execute();
  },
};
