/**
 * The halls' video on a console, folded away or shown at the chair's choice, remembered in
 * this browser (localStorage). Folded, the media room stays joined (the force-mutes and the
 * recording still work); only the tiles are hidden.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './console-i18n.js';

const KEY = 'diemcau.console.video';

const remembered = (): boolean => {
  try {
    return window.localStorage.getItem(KEY) !== 'hidden';
  } catch {
    return true; // storage refused (private mode): shown, as by default
  }
};

const remember = (shown: boolean): void => {
  try {
    window.localStorage.setItem(KEY, shown ? 'shown' : 'hidden');
  } catch {
    // Not remembered then; the choice still holds on this page.
  }
};

export const FoldableVideo = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState(remembered);
  return (
    <section className="panel video-fold" aria-labelledby="video-fold-title" data-shown={shown}>
      <div className="video-fold-head">
        <h2 id="video-fold-title">{t('liveConsole.video')}</h2>
        <button
          type="button"
          className="secondary small"
          aria-expanded={shown}
          aria-controls="video-fold-body"
          onClick={() => {
            setShown(!shown);
            remember(!shown);
          }}
        >
          {shown ? t('liveConsole.videoHide') : t('liveConsole.videoShow')}
        </button>
      </div>
      <div id="video-fold-body" hidden={!shown}>
        {children}
      </div>
    </section>
  );
};
