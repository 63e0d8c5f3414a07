/** Entry points of the questionnaires: menu items, the dialog's server call, the submit trigger. */
import {t} from '../i18n';
import {AddonError, userMessage} from '../gas/errors';
import {showPage} from '../gas/html';
import {hostUi} from '../menu/open';
import {startExecution} from '../settings/store';
import {pageRules, validateFields, FieldRule} from '../ui/kit/rules';
import {textsFor} from '../ui/kit/texts';
import {AUDIENCES, audienceLabel} from './bank';
import {routeBookingSubmission} from '../bookings/entry';
import {ensureBank} from './adapter';
import {
  countsAreLive,
  createQuestionnaireIn,
  CreateResult,
  parseAudience,
  refreshCounts,
} from './service';

const RULES: Record<string, FieldRule> = {
  audience: {kind: 'choice', options: [...AUDIENCES]},
  collectEmails: {kind: 'boolean'},
};

/** Menu "Créer le questionnaire…": the dialog (audience, e-mail collection off by default). */
export function showQuestionnaireDialog(): void {
  startExecution();
  showPage(
    'ui/questionnaire-create',
    {
      txt: textsFor(['questionnaire.', 'common.']),
      intro: t('questionnaire.dialog.intro', {tab: t('questionnaire.tab')}),
      audiences: AUDIENCES.map(a => ({value: a, label: audienceLabel(a)})),
      values: {audience: 'public', collectEmails: false},
      rulesJson: JSON.stringify(pageRules(RULES)),
    },
    {
      title: t('questionnaire.dialog.title'),
      kind: 'dialog',
      width: 520,
      height: 420,
    },
  );
}

/**
 * google.script.run target of the dialog: builds (or brings up to date) the
 * audience's form, links, QR codes and trigger.
 * @param values {audience: 'public'|'teachers'|'summer'|'organisers', collectEmails: boolean}
 */
export function createQuestionnaire(
  values: unknown,
):
  CreateResult | {ok: false; message: string; errors?: Record<string, string>} {
  startExecution();
  const checked = validateFields<{audience: string; collectEmails: boolean}>(
    RULES,
    values,
  );
  if (!checked.ok)
    return {ok: false, message: t('ui.form.invalid'), errors: checked.errors};
  try {
    return createQuestionnaireIn(SpreadsheetApp.getActiveSpreadsheet(), {
      audience: parseAudience(checked.values.audience),
      collectEmails: checked.values.collectEmails === true,
    });
  } catch (e) {
    if (e instanceof AddonError) return {ok: false, message: userMessage(e)};
    throw e;
  }
}

/**
 * Menu "Préparer la banque de questions": creates the "Questionnaire" tab with
 * the standard items of each audience; an existing tab is left untouched.
 */
export function setupQuestionBank(): {created: boolean; items: number} {
  startExecution();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const bank = ensureBank(ss);
    const tab = t('questionnaire.tab');
    hostUi().alert(
      bank.created
        ? t('questionnaire.bank.created', {tab, n: bank.items.length})
        : t('questionnaire.bank.exists', {tab}),
    );
    return {created: bank.created, items: bank.items.length};
  } catch (e) {
    hostUi().alert(userMessage(e));
    if (e instanceof AddonError) return {created: false, items: 0};
    throw e;
  }
}

/**
 * Installable trigger (form submit on the tracker, installed once by
 * createQuestionnaire). The counts tab counts the answers by formulas
 * (questionnaire/counts.ts), so a submission costs a handful of calls
 * whatever the number of answers already received: only a tracker whose tab
 * predates those formulas is laid out again, once.
 * @param e the spreadsheet's form-submit event
 */
export function onQuestionnaireSubmit(
  e?: GoogleAppsScript.Events.SheetsOnFormSubmit,
): void {
  // The booking form's responses arrive through the same trigger (issue 19).
  if (routeBookingSubmission(e)) return;
  startExecution();
  if (countsAreLive()) return;
  // The event's range belongs to the tracker that received the response.
  refreshCounts(
    e?.range
      ? e.range.getSheet().getParent()
      : SpreadsheetApp.getActiveSpreadsheet(),
  );
}

/** Menu "Mettre à jour le nombre de réponses": the same recount, by hand. */
export function refreshQuestionnaireCounts(): number {
  startExecution();
  return refreshCounts(SpreadsheetApp.getActiveSpreadsheet());
}
