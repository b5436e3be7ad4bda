/**
 * The camera of the hall's device reading the QR codes of the invitations, one person after
 * another. The reader (jsqr, three quarters of the page's script) is a chunk of its own,
 * loaded when scanning starts: searching by name works before it arrives.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraErrorCode } from '../../checkin/qr-scanner.js';

export const ScanPanel = ({ onCode }: { onCode: (text: string) => void }) => {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [active, setActive] = useState(false);
  const [error, setError] = useState<CameraErrorCode | null>(null);
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    const element = video.current;
    if (!active || !element) return;
    const controller = new AbortController();
    import('../../checkin/qr-scanner.js')
      .then(async ({ CameraError, startQrScanner }) => {
        if (controller.signal.aborted) return;
        try {
          await startQrScanner({ video: element, signal: controller.signal, onCode: (text) => latest.current(text) });
        } catch (caught) {
          if (controller.signal.aborted) return;
          setError(caught instanceof CameraError ? caught.code : 'camera.failed');
          setActive(false);
        }
      })
      .catch(() => {
        // The reader did not arrive (the link dropped): the same message as a camera that failed.
        if (controller.signal.aborted) return;
        setError('camera.failed');
        setActive(false);
      });
    // Unmounting or "stop" ends the tracks: the camera light goes off.
    return () => controller.abort();
  }, [active]);

  return (
    <section className="panel checkin-scan" aria-labelledby="checkin-scan-title">
      <div className="checkin-panel-head">
        <h2 id="checkin-scan-title">{t('checkIn.scan.title')}</h2>
        <button
          type="button"
          className={active ? 'secondary' : 'primary'}
          onClick={() => {
            setError(null);
            setActive(!active);
          }}
        >
          {active ? t('checkIn.scan.stop') : t('checkIn.scan.start')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {t(`checkIn.${error}`)}
        </p>
      )}
      <div className="checkin-video" hidden={!active}>
        <video ref={video} muted playsInline aria-label={t('checkIn.scan.video')} />
      </div>
      {active && <p className="hint">{t('checkIn.scan.hint')}</p>}
    </section>
  );
};
