/**
 * Every user-facing string comes from here: one French catalogue and one
 * English catalogue with the same keys (src/i18n/fr.ts, src/i18n/en.ts; the
 * type of the English one forces the same keys). French is the default.
 */
import {FR} from './fr';
import {EN} from './en';

export type MessageKey = keyof typeof FR;
export type Language = 'fr' | 'en';

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = {
  fr: FR,
  en: EN,
};

let current: Language = 'fr';

/** Sets the language of this execution (from the settings). */
export function useLanguage(lang: Language): void {
  current = lang === 'en' ? 'en' : 'fr';
}

export function currentLanguage(): Language {
  return current;
}

/** The message for `key`, with `{name}` placeholders filled from `params`. */
export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  lang: Language = current,
): string {
  const text = CATALOGUES[lang][key] ?? CATALOGUES.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : String(params[name]),
  );
}

/** Both languages' texts of a key: to match sheet headers whatever the language. */
export function allLanguages(key: MessageKey): string[] {
  return [CATALOGUES.fr[key], CATALOGUES.en[key]];
}
