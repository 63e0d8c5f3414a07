/**
 * The French catalogue. Keys are grouped by capability (prefix before the
 * first dot). Add a key here and in en.ts: the compiler refuses a key missing
 * from en.ts, and a test refuses an empty text.
 */
export const FR = {
  // Menu and about
  'menu.title': 'Territoire de sciences',
  'menu.about': 'À propos…',
  'about.title': 'À propos',
  'about.description':
    "Module de Territoire de sciences pour l'équipe d'ingénierie culturelle : suivis d'événements, questionnaires d'évaluation, bilans, documents et synthèses hebdomadaires.",
  'about.version': 'Version {version}',
  'about.help': "Aide et mode d'emploi",
  // Errors shared by every capability
  'error.unexpected': 'Une erreur inattendue est survenue : {detail}',
  'error.lockBusy':
    'Une autre opération est en cours sur ce classeur. Réessayez dans quelques instants.',
  'error.noSpreadsheet':
    'Ouvrez un classeur Google Sheets pour utiliser cette fonction.',
  // Common words
  'common.ok': 'OK',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.save': 'Enregistrer',
  // --- settings (keys 'settings.*') ---
  // --- ui (keys 'ui.*') ---
  // --- tracker (keys 'tracker.*') ---
  // --- import (keys 'import.*') ---
  // --- questionnaire (keys 'questionnaire.*') ---
  // --- bilan (keys 'bilan.*') ---
  // --- documents (keys 'documents.*') ---
  // --- weekly (keys 'weekly.*') ---
  // --- privacy (keys 'privacy.*') ---
};
