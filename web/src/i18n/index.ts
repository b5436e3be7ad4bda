/** Vietnamese first; English on request, remembered in localStorage. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'diemcau.language';

const storedLanguage = (): Language => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
};

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export const setLanguage = (language: Language) => {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    /* private mode: the switch still works for this tab */
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
};

export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'vi');

/** A server message in the language on screen. */
export const localized = (message: LocalizedMessage, language: string): string => (language === 'en' ? message.en : message.vi);

export default i18n;
