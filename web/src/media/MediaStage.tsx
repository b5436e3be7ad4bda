/**
 * What a page sees of the room: the host hall large (slot 'main'), the hall or guest with
 * the floor beside it ('beside'), and for the chair and the secretariat a strip of every
 * publishing hall (thumbnails, silent). Each tile names its slot and the feed in it
 * (`data-slot`, `data-feed`: the routes the server gave this page) and the hall's name.
 * Sound plays from 'main' and 'beside' only; a force-mute toggle sits on each thumbnail
 * when the page may use it. More halls than thumbnail slots come a page at a time: a pager
 * under the thumbnails (`data-testid="media-pager"`, `data-page` from 0) turns it.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BESIDE, MAIN } from '../../../src/domain/media/media-room.js';
import type { FeedView, MediaRoomView } from '../../../src/realtime/media-protocol.js';
import type { MediaSnapshot } from './media-store.js';
import { VideoPlayer } from './VideoPlayer.js';
import './media-i18n.js';
import './media.css';

export interface MediaStageProps {
  media: MediaSnapshot;
  /** The chair's force-mute (null: the page may not). */
  onForceMute?: ((feed: string, muted: boolean) => void) | null;
  /** Turns the page of thumbnails (null: the page has none to turn). */
  onPage?: ((page: number) => void) | null;
}

interface TileProps {
  slot: string;
  feed: FeedView | null;
  feedKey: string | null;
  stream: MediaStream | null;
  audible: boolean;
  label: string;
  onSoundBlocked?: () => void;
  onForceMute?: MediaStageProps['onForceMute'];
}

const Tile = ({ slot, feed, feedKey, stream, audible, label, onSoundBlocked, onForceMute }: TileProps) => {
  const { t } = useTranslation();
  return (
    <figure
      className={`media-tile media-tile-${slot.startsWith('thumb:') ? 'thumb' : slot}`}
      data-slot={slot}
      data-feed={feedKey ?? ''}
      data-mic-open={feed?.micOpen ? 'true' : 'false'}
      data-forced-muted={feed?.forcedMuted ? 'true' : 'false'}
    >
      {feedKey ? (
        <VideoPlayer stream={stream} muted={!audible} label={feed?.name ?? label} {...(onSoundBlocked ? { onSoundBlocked } : {})} />
      ) : (
        <div className="media-empty">{t('media.stage.empty')}</div>
      )}
      <figcaption>
        <span className="media-tile-name">{feed?.name ?? label}</span>
        {feed?.micOpen && <span className="media-badge media-badge-mic">{t('media.controls.micOpen')}</span>}
        {feed?.audioOnly && <span className="media-badge media-badge-audio">{t('media.stage.audioOnly')}</span>}
        {feed?.forcedMuted && <span className="media-badge media-badge-forced">{t('media.stage.forcedMuted')}</span>}
        {onForceMute && feed && (
          <button
            type="button"
            className="secondary media-force-mute"
            aria-pressed={feed.forcedMuted}
            data-testid="force-mute"
            onClick={() => onForceMute(feed.feed, !feed.forcedMuted)}
          >
            {feed.forcedMuted ? t('media.stage.forceUnmute') : t('media.stage.forceMute')}
          </button>
        )}
      </figcaption>
    </figure>
  );
};

const Pager = ({ room, onPage }: { room: MediaRoomView; onPage: (page: number) => void }) => {
  const { t } = useTranslation();
  return (
    <nav
      className="media-pager"
      aria-label={t('media.stage.pager')}
      data-testid="media-pager"
      data-page={room.page}
      data-pages={room.pages}
    >
      <button type="button" className="secondary" disabled={room.page <= 0} onClick={() => onPage(room.page - 1)}>
        {t('media.stage.previousPage')}
      </button>
      <span className="media-pager-status" role="status">
        {t('media.stage.pageOf', { page: room.page + 1, pages: room.pages, total: room.thumbnailTotal })}
      </span>
      <button type="button" className="secondary" disabled={room.page >= room.pages - 1} onClick={() => onPage(room.page + 1)}>
        {t('media.stage.nextPage')}
      </button>
    </nav>
  );
};

export const MediaStage = ({ media, onForceMute = null, onPage = null }: MediaStageProps) => {
  const { t } = useTranslation();
  const [soundBlocked, setSoundBlocked] = useState(false);
  const [soundOn, setSoundOn] = useState(false);
  const blocked = useCallback(() => setSoundBlocked(true), []);
  const room = media.room;
  const feedOf = (key: string | null | undefined) => (key ? (room?.feeds.find((feed) => feed.feed === key) ?? null) : null);
  const routes = room?.routes ?? {};
  const thumbs = Object.keys(routes)
    .filter((slot) => slot.startsWith('thumb:') && routes[slot])
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
  // After "Bật âm thanh" the players are mounted again with sound (a click allows it).
  const players = soundOn ? 'sound' : 'auto';
  const tile = (slot: string, label: string, audible: boolean) => (
    <Tile
      key={`${slot}-${players}`}
      slot={slot}
      feed={feedOf(routes[slot])}
      feedKey={routes[slot] ?? null}
      stream={media.streams[slot] ?? null}
      audible={audible}
      label={label}
      {...(audible ? { onSoundBlocked: blocked } : { onForceMute })}
    />
  );

  return (
    <section className="media-stage" aria-label={t('media.title')} data-testid="media-stage" data-engine={room?.engine ?? ''}>
      {soundBlocked && !soundOn && (
        <button type="button" className="primary media-sound-on" onClick={() => setSoundOn(true)}>
          {t('media.stage.soundBlocked')}
        </button>
      )}
      <div className={`media-main-row${routes[BESIDE] ? ' with-beside' : ''}`}>
        {tile(MAIN, t('media.stage.main'), true)}
        {routes[BESIDE] && tile(BESIDE, t('media.stage.beside'), true)}
      </div>
      {thumbs.length > 0 && (
        <div className="media-thumbs" aria-label={t('media.stage.thumbnails')}>
          {thumbs.map((slot) => tile(slot, t('media.stage.thumbnails'), false))}
        </div>
      )}
      {room && onPage && room.pages > 1 && <Pager room={room} onPage={onPage} />}
    </section>
  );
};
