/**
 * "Vérifier l'installation…": what can go wrong before an event, checked on
 * the real account, each point reported in French with what to do
 * (src/about/report.ts). The check creates nothing that stays: its scratch
 * questionnaire is trashed at once. Each point runs on its own: one that
 * fails (or lacks its permission) never hides the others.
 *
 * Scopes: Google lets a user grant only some of a script's scopes (granular
 * consent); ScriptApp.getAuthorizationInfo(FULL, scopes).getAuthorizedScopes()
 * says which of the manifest's were granted
 * (https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)).
 */
import {builtHost, builtManifest, deployMode} from '../gas/deploy';
import {userMessage} from '../gas/errors';
import {openFolder, trashFile} from '../gas/drive';
import {publishForm} from '../gas/forms';
import {getJson} from '../gas/properties';
import {currentUserEmail, triggerRecord} from '../gas/triggers';
import {t} from '../i18n';
import type {MessageKey} from '../i18n';
import {FORM_TRACKER_KEY} from '../bilan/entry';
import {BATCH_TRIGGER_KEY, LAST_BATCH_KEY, loadBatch} from '../documents/batch';
import type {LastBatch} from '../documents/batch';
import {checkTemplate} from '../documents/template';
import {appendAll} from '../shared/arrays';
import {FORMS_KEY, TRIGGER_KEY as SUBMIT_KEY} from '../questionnaire/service';
import type {Settings} from '../settings/types';
import {TRIGGER_KEY as WEEKLY_KEY} from '../weekly/config';
import {loadConfig} from '../weekly/store';
import {ADDON_CLOCK_KEY} from '../gas/clock';
import {CheckLine, localeFits, missingScopes, scopeName} from './report';

const SCOPE = (s: string) => `https://www.googleapis.com/auth/${s}`;

interface AuthInfoWithScopes {
  getAuthorizedScopes(): string[] | null;
}

/** The manifest's scopes the user granted (all of them when Google does not say). */
function authorizedScopes(declared: string[]): string[] {
  const info = (
    ScriptApp.getAuthorizationInfo as unknown as (
      mode: GoogleAppsScript.Script.AuthMode,
      scopes: string[],
    ) => AuthInfoWithScopes
  )(ScriptApp.AuthMode.FULL, declared);
  const authorized = info.getAuthorizedScopes();
  return Array.isArray(authorized) ? authorized : declared;
}

/** Runs a point; an unexpected failure becomes an error line, never a crash. */
function point(id: string, run: () => CheckLine | CheckLine[]): CheckLine[] {
  try {
    const r = run();
    return Array.isArray(r) ? r : [r];
  } catch (e) {
    return [{id, status: 'error', text: userMessage(e)}];
  }
}

function modeLine(project: string): CheckLine {
  return {
    id: 'mode',
    status: 'ok',
    text: t(
      deployMode() === 'addon' ? 'check.mode.addon' : 'check.mode.bound',
      {
        project,
      },
    ),
  };
}

function scopesLine(declared: string[], missing: string[]): CheckLine {
  if (missing.length === 0)
    return {
      id: 'scopes',
      status: 'ok',
      text: t('check.scopes.ok', {count: declared.length}),
    };
  return {
    id: 'scopes',
    status: 'error',
    text: t('check.scopes.missing', {list: missing.map(scopeName).join(', ')}),
    todo: t('check.scopes.todo'),
  };
}

/** A line saying a point was skipped for want of a scope, or null when all are granted. */
function lacking(
  id: string,
  what: string,
  needs: string[],
  missing: string[],
): CheckLine | null {
  const gap = needs.find(s => missing.includes(s));
  if (!gap) return null;
  return {
    id,
    status: 'warning',
    text: t('check.notChecked', {what, scope: scopeName(gap)}),
    todo: t('check.scopes.todo'),
  };
}

/** A scratch questionnaire: created, published, then trashed. */
function formLine(): CheckLine[] {
  let form: GoogleAppsScript.Forms.Form;
  const name = `${t('check.title')} (brouillon) ${new Date().toISOString()}`;
  try {
    form = FormApp.create(name);
  } catch (e) {
    return [
      {
        id: 'form',
        status: 'error',
        text: t('check.form.createFailed', {detail: userMessage(e)}),
        todo: t('check.form.createTodo'),
      },
    ];
  }
  const lines: CheckLine[] = [];
  try {
    publishForm(form);
    lines.push({id: 'form', status: 'ok', text: t('check.form.ok')});
  } catch {
    lines.push({
      id: 'form',
      status: 'error',
      text: t('check.form.publishFailed'),
      todo: t('check.form.publishTodo'),
    });
  }
  try {
    trashFile(form.getId());
  } catch {
    lines.push({
      id: 'formTrash',
      status: 'warning',
      text: t('check.form.trashFailed', {name}),
      todo: t('check.form.trashTodo'),
    });
  }
  return lines;
}

function folderLine(settings: Settings): CheckLine {
  if (!settings.documentsFolderId)
    return {
      id: 'folder',
      status: 'ok',
      text: t('check.folder.none', {name: settings.documentsFolderName}),
    };
  try {
    const folder = openFolder(settings.documentsFolderId);
    if (!folder) throw new Error('unreachable');
    return {
      id: 'folder',
      status: 'ok',
      text: t('check.folder.ok', {name: folder.name}),
    };
  } catch {
    return {
      id: 'folder',
      status: 'error',
      text: t('check.folder.missing'),
      todo: t('check.folder.todo'),
    };
  }
}

/** The staff templates the add-on has recorded (the batch under way, the last one). */
function templateLines(): CheckLine[] {
  const ids = new Set<string>();
  const batch = loadBatch();
  if (batch?.templateId) ids.add(batch.templateId);
  const last = getJson<LastBatch>(LAST_BATCH_KEY);
  if (last?.templateId) ids.add(last.templateId);
  if (ids.size === 0)
    return [{id: 'templates', status: 'ok', text: t('check.templates.none')}];
  const broken: CheckLine[] = [];
  for (const id of ids) {
    try {
      checkTemplate(id);
    } catch (e) {
      broken.push({
        id: 'templates',
        status: 'error',
        text: t('check.templates.broken', {detail: userMessage(e)}),
        todo: t('check.templates.todo'),
      });
    }
  }
  return broken.length
    ? broken
    : [
        {
          id: 'templates',
          status: 'ok',
          text: t('check.templates.ok', {count: ids.size}),
        },
      ];
}

/** The triggers the add-on needs now, each: present, another account's, or missing. */
function triggerLines(): CheckLine[] {
  const me = currentUserEmail();
  const mine = ScriptApp.getProjectTriggers();
  const ids = new Set(mine.map(tr => tr.getUniqueId()));
  const forms = getJson<Record<string, unknown>>(FORMS_KEY) ?? {};
  const batchKey =
    deployMode() === 'addon' ? ADDON_CLOCK_KEY : BATCH_TRIGGER_KEY;
  const needed: {key: string; what: MessageKey; todo: MessageKey}[] = [];
  if (loadConfig())
    needed.push({
      key: WEEKLY_KEY,
      what: 'check.trigger.weekly',
      todo: 'check.trigger.weeklyTodo',
    });
  if (Object.keys(forms).length > 0)
    needed.push({
      key: SUBMIT_KEY,
      what: 'check.trigger.submit',
      todo: 'check.trigger.submitTodo',
    });
  const batch = loadBatch();
  if (batch && !needed.some(n => n.key === batchKey))
    needed.push({
      key: batchKey,
      what: 'check.trigger.batch',
      todo: 'check.trigger.batchTodo',
    });
  const lines: CheckLine[] = needed.map(n => {
    const what = t(n.what);
    const record = triggerRecord(n.key);
    if (record && record.owner && record.owner !== me)
      return {
        id: 'trigger',
        status: 'warning',
        text: t('check.trigger.other', {what, owner: record.owner}),
        todo: t('check.trigger.otherTodo', {owner: record.owner}),
      };
    if (record && ids.has(record.id))
      return {
        id: 'trigger',
        status: 'ok',
        text: t('check.trigger.ok', {what, owner: record.owner || me}),
      };
    return {
      id: 'trigger',
      status: 'error',
      text: t('check.trigger.missing', {what}),
      todo: t(n.todo),
    };
  });
  if (needed.length === 0)
    lines.push({id: 'trigger', status: 'ok', text: t('check.triggers.none')});
  if (mine.length >= 18)
    lines.push({
      id: 'triggerCount',
      status: 'warning',
      text: t('check.triggers.many', {count: mine.length}),
      todo: t('check.triggers.manyTodo'),
    });
  return lines;
}

function mailLine(): CheckLine {
  const left = MailApp.getRemainingDailyQuota();
  const config = loadConfig();
  const needed = config ? config.recipients.length : 0;
  if (left <= 0)
    return {
      id: 'mail',
      status: needed > 0 ? 'error' : 'warning',
      text: t('check.mail.none'),
      todo: t('check.mail.lowTodo'),
    };
  if (left < needed)
    return {
      id: 'mail',
      status: 'warning',
      text: t('check.mail.low', {count: left, needed}),
      todo: t('check.mail.lowTodo'),
    };
  return {id: 'mail', status: 'ok', text: t('check.mail.ok', {count: left})};
}

/** The spreadsheet's time zone against the manifest's, and its locale. */
function regionLines(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  manifestZone: string,
): CheckLine[] {
  const zone = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const lines: CheckLine[] = [];
  lines.push(
    !manifestZone || zone === manifestZone
      ? {id: 'timeZone', status: 'ok', text: t('check.tz.ok', {zone})}
      : {
          id: 'timeZone',
          status: 'error',
          text: t('check.tz.differs', {sheet: zone, manifest: manifestZone}),
          todo: t('check.tz.todo'),
        },
  );
  lines.push(
    localeFits(locale)
      ? {id: 'locale', status: 'ok', text: t('check.locale.ok', {locale})}
      : {
          id: 'locale',
          status: 'warning',
          text: t('check.locale.differs', {locale}),
          todo: t('check.locale.todo'),
        },
  );
  return lines;
}

/** The Sheets project's check, on the active spreadsheet. */
function sheetsCheck(settings: Settings): CheckLine[] {
  const manifest = builtManifest();
  const declared = manifest.oauthScopes;
  let missing: string[] = [];
  const lines: CheckLine[] = [modeLine('Google Sheets')];
  appendAll(
    lines,
    point('scopes', () => {
      missing = missingScopes(declared, authorizedScopes(declared));
      return scopesLine(declared, missing);
    }),
  );
  const guarded = (
    id: string,
    what: string,
    needs: string[],
    run: () => CheckLine | CheckLine[],
  ) => lacking(id, what, needs, missing) ?? point(id, run);
  const add = (r: CheckLine | CheckLine[]) =>
    appendAll(lines, Array.isArray(r) ? r : [r]);
  add(
    guarded(
      'form',
      t('check.scope.forms'),
      [SCOPE('forms'), SCOPE('drive.file')],
      formLine,
    ),
  );
  add(
    guarded('folder', t('check.scope.driveFile'), [SCOPE('drive.file')], () =>
      folderLine(settings),
    ),
  );
  add(
    guarded(
      'templates',
      t('check.scope.documents'),
      [SCOPE('documents')],
      templateLines,
    ),
  );
  add(
    guarded(
      'trigger',
      t('check.scope.scriptapp'),
      [SCOPE('script.scriptapp')],
      triggerLines,
    ),
  );
  add(
    guarded(
      'mail',
      t('check.scope.sendMail'),
      [SCOPE('script.send_mail')],
      mailLine,
    ),
  );
  add(
    point('timeZone', () =>
      regionLines(SpreadsheetApp.getActiveSpreadsheet(), manifest.timeZone),
    ),
  );
  return lines;
}

/** The Forms project's check: its link to a tracker, that tracker's region. */
function formsCheck(): CheckLine[] {
  const manifest = builtManifest();
  const declared = manifest.oauthScopes;
  let missing: string[] = [];
  const lines: CheckLine[] = [modeLine('Google Forms')];
  appendAll(
    lines,
    point('scopes', () => {
      missing = missingScopes(declared, authorizedScopes(declared));
      return scopesLine(declared, missing);
    }),
  );
  const skip = lacking(
    'link',
    t('check.scope.spreadsheets'),
    [SCOPE('spreadsheets')],
    missing,
  );
  if (skip) return [...lines, skip];
  appendAll(
    lines,
    point('link', () => {
      const form = FormApp.getActiveForm();
      let id = getJson<string>(FORM_TRACKER_KEY) ?? '';
      if (!id) {
        try {
          if (form.getDestinationType() === FormApp.DestinationType.SPREADSHEET)
            id = form.getDestinationId();
        } catch {
          id = '';
        }
      }
      if (!id)
        return {
          id: 'link',
          status: 'warning',
          text: t('check.link.none'),
          todo: t('check.link.noneTodo'),
        };
      let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
      try {
        ss = SpreadsheetApp.openById(id);
      } catch {
        return {
          id: 'link',
          status: 'error',
          text: t('check.link.broken', {id}),
          todo: t('check.link.brokenTodo'),
        };
      }
      return [
        {
          id: 'link',
          status: 'ok',
          text: t('check.link.ok', {name: ss.getName()}),
        },
        ...regionLines(ss, manifest.timeZone),
      ];
    }),
  );
  return lines;
}

/** The whole check for the host this project runs in. */
export function runInstallationCheck(settings: Settings): CheckLine[] {
  return builtHost() === 'forms' ? formsCheck() : sheetsCheck(settings);
}
