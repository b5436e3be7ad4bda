/**
 * Parts of the hall and delegate pages that arrive after the page's own content: the votes
 * and the hall's camera. Each is a chunk of its own, loaded when first rendered (the pages
 * render the votes once they show the current item), so that a phone on a weak link sees the
 * meeting first; until it arrives, nothing stands in its place. Same names and props as the
 * components they wrap.
 */
import { lazy, Suspense, type JSX } from 'react';
import type { PublishingMedia as PublishingMediaNow } from '../../media/MediaPanel.js';
import type { WatchingMedia as WatchingMediaNow } from '../../media/WatchingMedia.js';
import type { WatchingProgramme as WatchingProgrammeNow } from '../../media/WatchingProgramme.js';
import type { DelegateVotes as DelegateVotesNow, HallVotes as HallVotesNow } from '../../votes/VotesOnScreen.js';

const later = <P extends object>(load: () => Promise<(props: P) => JSX.Element | null>) => {
  const Lazy = lazy(async () => ({ default: await load() }));
  const Later = (props: P) => (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
  return Later;
};

export const DelegateVotes = later<Parameters<typeof DelegateVotesNow>[0]>(
  async () => (await import('../../votes/VotesOnScreen.js')).DelegateVotes,
);
export const HallVotes = later<Parameters<typeof HallVotesNow>[0]>(async () => (await import('../../votes/VotesOnScreen.js')).HallVotes);
export const PublishingMedia = later<Parameters<typeof PublishingMediaNow>[0]>(
  async () => (await import('../../media/MediaPanel.js')).PublishingMedia,
);
/** Issue 19: a watching point's panel (operator console) and the programme alone (big screen); hls.js comes with them. */
export const WatchingMedia = later<Parameters<typeof WatchingMediaNow>[0]>(
  async () => (await import('../../media/WatchingMedia.js')).WatchingMedia,
);
export const WatchingProgramme = later<Parameters<typeof WatchingProgrammeNow>[0]>(
  async () => (await import('../../media/WatchingProgramme.js')).WatchingProgramme,
);
