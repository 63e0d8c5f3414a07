/** Loads and saves the settings (document properties), filling defaults. */
import {getJson, setJson} from '../gas/properties';
import {useLanguage} from '../i18n';
import {DEFAULT_SETTINGS, Settings, SETTINGS_KEY} from './types';

/** Under this, a bilan cell could single someone out: a stored lower value is ignored. */
const MIN_K = 3;

/**
 * Keeps the stored fields that have the right type (a value edited by hand or
 * by an older version must not break every capability): each other field
 * falls back to its default.
 */
function usable(stored: unknown): Partial<Settings> {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) {
    return {};
  }
  const raw = stored as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(DEFAULT_SETTINGS)) {
    const value = raw[key];
    const sameType = Array.isArray(def)
      ? Array.isArray(value) && value.every(v => typeof v === 'string')
      : typeof value === typeof def;
    if (sameType) out[key] = value;
  }
  if (typeof out.smallGroupK === 'number' && !(out.smallGroupK >= MIN_K)) {
    delete out.smallGroupK;
  }
  if (out.language !== 'fr' && out.language !== 'en') delete out.language;
  return out as Partial<Settings>;
}

/** The settings from their stored JSON text (read with other properties at once). */
export function settingsFromJson(raw: string | null | undefined): Settings {
  let parsed: unknown = null;
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    parsed = null;
  }
  const settings = {...DEFAULT_SETTINGS, ...usable(parsed)};
  useLanguage(settings.language);
  return settings;
}

export function loadSettings(): Settings {
  return {...DEFAULT_SETTINGS, ...usable(getJson<unknown>(SETTINGS_KEY))};
}

export function saveSettings(settings: Settings): void {
  setJson(SETTINGS_KEY, settings);
}

/** Loads the settings and sets the execution's language from them. */
export function startExecution(): Settings {
  const settings = loadSettings();
  useLanguage(settings.language);
  return settings;
}
