/**
 * Halls' links on the roll-call wall (issue 6): a page's getStats report, classified again on
 * the server (a page cannot call a lossy link good) and written at most every MEASURE_EVERY_MS
 * per hall; a hall whose page left is `down`. Guests have no place on the wall.
 */
import { classifyLink } from '../../domain/media/link-quality.js';
import { isGuestFeed, type FeedKey } from '../../domain/media/media-room.js';
import type { QualityReport } from '../../realtime/media-protocol.js';
import type { LiveService } from '../live/live-service.types.js';

/** A hall's measured link is written at most this often. */
export const MEASURE_EVERY_MS = 5_000;

export class LinkReports {
  private readonly measuredAt = new Map<string, number>();

  constructor(private readonly live: Pick<LiveService, 'measureLink'>) {}

  async report(conferenceId: string, feed: FeedKey, report: QualityReport, now = Date.now()): Promise<void> {
    const key = `${conferenceId}/${feed}`;
    const last = this.measuredAt.get(key);
    if (isGuestFeed(feed) || (last !== undefined && now - last < MEASURE_EVERY_MS)) return;
    this.measuredAt.set(key, now);
    const link = classifyLink(report, true);
    const rttMs = report.rttMs === null ? null : Math.round(report.rttMs);
    const lossPercent = report.lossPercent === null ? null : Math.round(report.lossPercent * 10) / 10;
    await this.live.measureLink(conferenceId, feed, { link, rttMs, lossPercent });
  }

  async down(conferenceId: string, feed: FeedKey): Promise<void> {
    if (isGuestFeed(feed)) return;
    this.measuredAt.delete(`${conferenceId}/${feed}`);
    await this.live.measureLink(conferenceId, feed, { link: 'down', rttMs: null, lossPercent: null });
  }
}
