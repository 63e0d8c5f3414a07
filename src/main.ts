/**
 * Entry module: only the functions that Apps Script calls (simple triggers,
 * menu callbacks, installable-trigger handlers, google.script.run targets).
 * The build turns each export into a top-level function declaration.
 */
export {
  onOpen,
  onInstall,
  showAbout,
  include,
  checkInstallation,
} from './about/entry';
// --- capability entry points ---
export {
  showQuestionnaireDialog,
  createQuestionnaire,
  setupQuestionBank,
  refreshQuestionnaireCounts,
  onQuestionnaireSubmit,
} from './questionnaire/entry';
export {
  generateBilan,
  showBilanDialog,
  generateBilanFromPage,
  generateFormBilan,
  linkFormToTracker,
} from './bilan/entry';
export {
  generatePresentation,
  generateFollowup,
  generateBilanDocument,
  showDocumentsDialog,
  showFichesDialog,
  generateDocumentFromPage,
  checkDocumentTemplate,
  continueDocumentsBatch,
  continueDocumentsBatchFromPage,
} from './documents/entry';
export {
  showTrackerDialog,
  createOrUpdateTracker,
  showImportDialog,
  importEvents,
  onEdit,
} from './tracker/entry';
export {
  showWeeklyDialog,
  activateWeeklySummary,
  deactivateWeeklySummary,
  sendWeeklySummaryNow,
  runWeeklySummary,
} from './weekly/entry';
export {purgeOldResponses} from './privacy/entry';
export {runHourlyTasks} from './schedule/entry';
export {
  showBookingsDialog,
  openBookings,
  updateBookings,
  sendBookingNotices,
} from './bookings/entry';
export {
  showSettings,
  getSettingsForPage,
  saveSettingsFromPage,
} from './settings/entry';
export {getProgress} from './ui/kit/entry';
