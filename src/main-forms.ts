/**
 * Entry module of the Forms project (dist/forms/): only the functions Apps
 * Script calls from Google Forms — the menu, "Générer le bilan de ce
 * formulaire", "Lier à un suivi…", the settings, "À propos…" — so the bundle
 * stays small and its manifest asks only for what these use. The Sheets
 * project's entry is src/main.ts.
 */
export {
  onOpen,
  onInstall,
  showAbout,
  include,
  checkInstallation,
} from './about/entry';
export {generateFormBilan, linkFormToTracker} from './bilan/entry';
export {
  showSettings,
  getSettingsForPage,
  saveSettingsFromPage,
} from './settings/entry';
export {getProgress} from './ui/kit/entry';
