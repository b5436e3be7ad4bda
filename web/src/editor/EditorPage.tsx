/**
 * The conference editor: loads the plan, shows the side navigation and one section, and
 * guards unsaved work (in-app navigation asks first, closing the tab warns, drafts
 * survive a reload). A version conflict offers to reload the plan. The conference's status
 * follows its live meeting (issue 17), possibly changed by a chair on another server process:
 * the editor listens for `conference.status_changed` on the conference's event stream and
 * refreshes its status (the badge, and what the caller may now do).
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import '../styles/editor.css';
import { useTranslation } from 'react-i18next';
import { useBlocker, useParams } from 'react-router';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { ApiError } from '../api/client.js';
import { openEventStream } from '../api/attendance.js';
import { getConference } from '../api/conferences.js';
import { Banner } from '../components/Banner.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { clearDrafts, EditorContext, type EditorContextValue } from './context.js';
import { EditorHeader } from './EditorHeader.js';
import { isSection, SECTION_COMPONENTS, sectionVisible } from './sections.js';
import { permissionsOf } from '../auth/permissions.js';
import { readsEvents, withStatusOf } from './status-follow.js';
import { SideNav } from './SideNav.js';

type Load = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; conference: Conference };

const toApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError(0, 'internal', { vi: 'Đã xảy ra lỗi không mong đợi.', en: 'Something unexpected went wrong.' });

export default function EditorPage() {
  const { t } = useTranslation();
  const { conferenceId = '', section } = useParams();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [dirtySections, setDirtySections] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [generation, setGeneration] = useState(0);

  const fetchPlan = useCallback(async () => {
    try {
      setLoad({ state: 'ready', conference: await getConference(conferenceId) });
    } catch (caught) {
      setLoad({ state: 'failed', error: toApiError(caught) });
    }
  }, [conferenceId]);
  useEffect(() => {
    setLoad({ state: 'loading' });
    void fetchPlan();
  }, [fetchPlan]);

  const dirty = dirtySections.size > 0;
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  // The status follows the meeting (issue 17): refresh it when the stream says it changed.
  const followsEvents = load.state === 'ready' && readsEvents(permissionsOf(load.conference));
  useEffect(() => {
    if (!followsEvents) return;
    const refreshStatus = async () => {
      try {
        const fresh = await getConference(conferenceId);
        setLoad((current) => {
          if (current.state !== 'ready') return current;
          const same = current.conference.status === fresh.status && current.conference.archived === fresh.archived;
          return same ? current : { state: 'ready', conference: withStatusOf(current.conference, fresh, dirtyRef.current) };
        });
      } catch {
        // The next event, or the next write, shows the status.
      }
    };
    return openEventStream(conferenceId, {
      // The stream opening (or coming back after missing events): a change may have fallen between the load and now.
      onResync: () => void refreshStatus(),
      onEvent: (event) => {
        if (event.type === 'conference.status_changed') void refreshStatus();
      },
      onState: () => undefined,
    });
  }, [conferenceId, followsEvents]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // A message belongs to the section it came from.
  useEffect(() => {
    setSaved(false);
    setError(null);
  }, [section]);

  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 2500);
    return () => clearTimeout(timer);
  }, [saved]);

  const setDirty = useCallback((name: string, isDirty: boolean) => {
    setDirtySections((current) => {
      if (current.has(name) === isDirty) return current;
      const next = new Set(current);
      if (isDirty) next.add(name);
      else next.delete(name);
      return next;
    });
  }, []);

  const reloadAfterConflict = async () => {
    clearDrafts(conferenceId);
    setDirtySections(new Set());
    setError(null);
    await fetchPlan();
    setGeneration((g) => g + 1);
  };

  const context = useMemo<EditorContextValue | null>(
    () =>
      load.state === 'ready'
        ? {
            conference: load.conference,
            permissions: permissionsOf(load.conference),
            replaceConference: (conference) => setLoad({ state: 'ready', conference }),
            setDirty,
            showError: (caught) => {
              setSaved(false);
              setError(toApiError(caught));
              if (!(caught instanceof ApiError)) console.error(caught);
            },
            clearError: () => setError(null),
            showSaved: () => setSaved(true),
          }
        : null,
    [load, setDirty],
  );

  if (load.state === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (load.state === 'failed' || !context) {
    return (
      <section className="panel narrow">
        <h1>{t('editor.cannotOpen')}</h1>
        {load.state === 'failed' && <Banner kind="error" message={load.error.localized} />}
      </section>
    );
  }
  const current = isSection(section) ? section : 'general';
  const SectionComponent = SECTION_COMPONENTS[current];
  const allowed = sectionVisible(current, context.permissions, context.conference);

  return (
    <EditorContext.Provider value={context}>
      <div className="editor">
        <EditorHeader conference={context.conference} />
        <div className="editor-body">
          <SideNav conference={context.conference} current={current} dirtySections={dirtySections} />
          <div className="editor-content">
            {error?.isConflict && (
              <Banner kind="warning" message={error.localized}>
                <p>{t('editor.conflictHelp')}</p>
                <button type="button" className="primary" onClick={() => void reloadAfterConflict()}>
                  {t('editor.reload')}
                </button>
              </Banner>
            )}
            {error && !error.isConflict && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
            {saved && <Banner kind="success">{t('common.saved')}</Banner>}
            <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
              {allowed ? (
                <SectionComponent key={`${current}-${generation}`} />
              ) : (
                <Banner kind="warning">{t('editor.sectionNotAllowed')}</Banner>
              )}
            </Suspense>
          </div>
        </div>
      </div>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('editor.leaveTitle')}
        message={t('editor.leaveMessage')}
        confirmLabel={t('editor.leaveConfirm')}
        cancelLabel={t('editor.leaveCancel')}
        danger
        onCancel={() => blocker.reset?.()}
        onConfirm={() => {
          clearDrafts(conferenceId, [...dirtySections]);
          setDirtySections(new Set());
          blocker.proceed?.();
        }}
      />
    </EditorContext.Provider>
  );
}
