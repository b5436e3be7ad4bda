/**
 * A PDF in the page with pdf.js (pdfjs-dist): each page a canvas as wide as the screen (a
 * phone too), drawn only when it scrolls near, at the screen's pixel density. The library and
 * its worker load with this component only.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';

const loadPdfJs = async () => {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
};

const Page = (props: { pdf: PDFDocumentProxy; number: number; width: number; ratio: number }) => {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const holder = useRef<HTMLDivElement | null>(null);
  const [visible, setVisible] = useState(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((entry) => entry.isIntersecting)), {
      rootMargin: '600px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible || !canvas.current || props.width <= 0) return;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void (async () => {
      const page = await props.pdf.getPage(props.number);
      if (cancelled || !canvas.current) return;
      const scale = props.width / page.getViewport({ scale: 1 }).width;
      const density = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * density });
      canvas.current.width = Math.floor(viewport.width);
      canvas.current.height = Math.floor(viewport.height);
      task = page.render({ canvas: canvas.current, viewport });
      try {
        await task.promise;
        if (!cancelled) setDrawn(true);
      } catch {
        // cancelled by a newer drawing
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [visible, props.pdf, props.number, props.width]);

  return (
    <div ref={holder} className="pdf-page" style={{ width: props.width, height: Math.round(props.width * props.ratio) }} data-drawn={drawn}>
      <canvas ref={canvas} style={{ width: '100%', height: '100%' }} aria-label={`${props.number}`} />
    </div>
  );
};

export const PdfViewer = (props: { url: string; onFailed?: (error: unknown) => void }) => {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [ratios, setRatios] = useState<number[]>([]);
  const [failed, setFailed] = useState(false);
  const [width, setWidth] = useState(0);
  const frame = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setWidth(Math.min(element.clientWidth, 1000));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    setPdf(null);
    setFailed(false);
    void (async () => {
      try {
        const pdfjs = await loadPdfJs();
        loaded = await pdfjs.getDocument({ url: props.url, withCredentials: true }).promise;
        // Each page's height for its width, so the scroll bar is right before a page is drawn.
        const sizes: number[] = [];
        for (let n = 1; n <= loaded.numPages; n += 1) {
          const viewport = (await loaded.getPage(n)).getViewport({ scale: 1 });
          sizes.push(viewport.height / viewport.width);
        }
        if (cancelled) return;
        setRatios(sizes);
        setPdf(loaded);
      } catch (error) {
        if (cancelled) return;
        setFailed(true);
        props.onFailed?.(error);
      }
    })();
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only for another document
  }, [props.url]);

  return (
    <div ref={frame} className="pdf-viewer" aria-busy={pdf === null && !failed}>
      {failed && <p className="error">{t('documents.viewer.failed')}</p>}
      {!pdf && !failed && <p className="loading">{t('documents.viewer.converting')}</p>}
      {pdf && (
        <p className="pdf-pages" data-pages={pdf.numPages}>
          {t('documents.viewer.page', { number: 1, count: pdf.numPages })}
        </p>
      )}
      {pdf && width > 0 && ratios.map((ratio, i) => <Page key={i} pdf={pdf} number={i + 1} width={width} ratio={ratio} />)}
    </div>
  );
};
