import { createContext, useContext } from 'react';
import type { Conference } from '../../../src/domain/conference.schema.js';
import type { Permissions } from '../auth/permissions.js';

export interface EditorContextValue {
  conference: Conference;
  /** What the caller may do (from the conference's allowedActions). */
  permissions: Permissions;
  /** Takes the plan the server returned after a write. */
  replaceConference: (conference: Conference) => void;
  /** Reports whether a section holds unsaved changes (blocks navigation when true). */
  setDirty: (section: string, dirty: boolean) => void;
  /** Shows an error that is not about one field, or the version-conflict banner. */
  showError: (error: unknown) => void;
  clearError: () => void;
  showSaved: () => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export const useEditor = (): EditorContextValue => {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the conference editor');
  return value;
};

export const draftStorageKey = (conferenceId: string, section: string) => `diemcau.draft.${conferenceId}.${section}`;

export const clearDrafts = (conferenceId: string, sections?: string[]) => {
  const prefix = draftStorageKey(conferenceId, '');
  for (const key of Object.keys(sessionStorage)) {
    if (!key.startsWith(prefix)) continue;
    if (!sections || sections.includes(key.slice(prefix.length))) sessionStorage.removeItem(key);
  }
};
