/**
 * Media tiers of the bridge points (issue 19): `bridge_points.media_tier` is how the plan says a
 * point takes part ('interactive': WebRTC, 'watching': HLS), null for the points stored before
 * (their kind decides, see domain/media/media-tier.ts). `live_halls.playback_json` keeps a
 * watching point's last playback report (state, latency, rendition, stalls) for the roll call.
 */
import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const mediaTierSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('bridge_points').addColumn('media_tier', 'text').execute();
    await db.schema.alterTable('live_halls').addColumn('playback_json', 'text').execute();
  },
  async down(db: AnyDb) {
    await db.schema.alterTable('live_halls').dropColumn('playback_json').execute();
    await db.schema.alterTable('bridge_points').dropColumn('media_tier').execute();
  },
};
