/**
 * The unsaved state of one editor section. The draft lives in React state and in
 * sessionStorage (so a reload of the tab restores it), and the section reports itself
 * dirty to the editor, which then blocks navigation until the user confirms.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { draftStorageKey, useEditor } from './context.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const readStored = <T>(key: string): T | undefined => {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { draft: T }).draft : undefined;
  } catch {
    return undefined;
  }
};

export interface Draft<T> {
  draft: T;
  setDraft: (next: T | ((previous: T) => T)) => void;
  dirty: boolean;
  /** True when the draft was restored from a previous visit or reload. */
  restored: boolean;
  /** Throws the changes away, or starts again from a saved state. */
  reset: (next?: T) => void;
}

/** `accepts` rejects a stored draft of an older shape (kept in the tab across an upgrade of the app). */
export const useDraft = <T>(section: string, source: T, accepts: (stored: unknown) => boolean = () => true): Draft<T> => {
  const { conference, setDirty } = useEditor();
  const key = draftStorageKey(conference.id, section);
  const acceptsStored = useRef(accepts);
  const initialStored = useMemo(() => {
    const stored = readStored<T>(key);
    return stored !== undefined && acceptsStored.current(stored) ? stored : undefined;
  }, [key]);
  const [restored, setRestored] = useState(() => initialStored !== undefined && !same(initialStored, source));
  const [draft, setDraftState] = useState<T>(() => (initialStored !== undefined ? initialStored : source));
  const previousSource = useRef(source);

  // The saved plan changed (a write elsewhere): follow it unless the user is editing.
  useEffect(() => {
    if (same(previousSource.current, source)) return;
    setDraftState((current) => (same(current, previousSource.current) ? source : current));
    previousSource.current = source;
  }, [source]);

  const dirty = !same(draft, source);

  useEffect(() => {
    try {
      if (dirty) sessionStorage.setItem(key, JSON.stringify({ version: conference.version, draft }));
      else sessionStorage.removeItem(key);
    } catch {
      /* storage full or disabled: the blocker still protects the user */
    }
  }, [dirty, draft, key, conference.version]);

  useEffect(() => {
    setDirty(section, dirty);
  }, [section, dirty, setDirty]);
  useEffect(() => () => setDirty(section, false), [section, setDirty]);

  const setDraft = useCallback((next: T | ((previous: T) => T)) => setDraftState(next as T), []);
  const reset = useCallback((next?: T) => {
    const value = next ?? previousSource.current;
    previousSource.current = value;
    setDraftState(value);
    setRestored(false);
  }, []);
  return { draft, setDraft, dirty, restored, reset };
};
