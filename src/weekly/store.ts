/** Reading and writing the weekly summary's configuration and state. */
import {deleteKey, getJson, setJson} from '../gas/properties';
import {
  CONFIG_KEY,
  EMPTY_STATE,
  STATE_KEY,
  WeeklyConfig,
  WeeklyState,
} from './config';

export function loadConfig(): WeeklyConfig | null {
  return getJson<WeeklyConfig>(CONFIG_KEY);
}

export function saveConfig(config: WeeklyConfig): void {
  setJson(CONFIG_KEY, config);
}

export function deleteConfig(): void {
  deleteKey(CONFIG_KEY);
}

export function loadState(): WeeklyState {
  return {...EMPTY_STATE, ...(getJson<Partial<WeeklyState>>(STATE_KEY) ?? {})};
}

export function saveState(state: WeeklyState): void {
  setJson(STATE_KEY, state);
}
