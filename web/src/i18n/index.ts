/**
 * Vietnamese first; English on request, remembered in localStorage. The English texts are a
 * chunk of their own, loaded when English is first shown: a phone on a weak link that reads
 * Vietnamese does not download them.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
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
  resources: { vi: { translation: vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = 'vi';

let english: Promise<void> | null = null;
/** en.json, merged under the English texts that screens' own i18n modules may have added already. */
const loadEnglish = (): Promise<void> => {
  english ??= import('./en.json').then(
    (module) => {
      i18n.addResourceBundle('en', 'translation', module.default, true, false);
    },
    (error: unknown) => {
      english = null;
      throw error;
    },
  );
  return english;
};

/** Shows the app in this language (English once its texts have arrived), without remembering the choice. */
export const showLanguage = async (language: Language): Promise<void> => {
  if (language === 'en') await loadEnglish();
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
};

/** Shows the app in this language and remembers it for the next visits. */
export const setLanguage = (language: Language) => {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    /* private mode: the switch still works for this tab */
  }
  void showLanguage(language);
};

if (storedLanguage() === 'en') void showLanguage('en');

export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'vi');

/** A server message in the language on screen. */
export const localized = (message: LocalizedMessage, language: string): string => (language === 'en' ? message.en : message.vi);

export default i18n;
