/** The camera of the hall's device reading the QR codes of the invitations, one person after another. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraError, startQrScanner, type CameraErrorCode } from '../../checkin/qr-scanner.js';

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
    startQrScanner({ video: element, signal: controller.signal, onCode: (text) => latest.current(text) }).catch((caught: unknown) => {
      if (controller.signal.aborted) return;
      setError(caught instanceof CameraError ? caught.code : 'camera.failed');
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
