/** Loads and saves the settings (document properties), filling defaults. */
import {getJson, setJson} from '../gas/properties';
import {useLanguage} from '../i18n';
import {DEFAULT_SETTINGS, Settings, SETTINGS_KEY} from './types';

export function loadSettings(): Settings {
  const stored = getJson<Partial<Settings>>(SETTINGS_KEY) ?? {};
  return {...DEFAULT_SETTINGS, ...stored};
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
