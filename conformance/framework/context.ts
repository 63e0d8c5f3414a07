/**
 * The `t` a case receives: checks that record failures instead of stopping
 * the case (one run tells everything that differs), and scratch resources
 * that are tracked so that the case leaves nothing behind — on a real
 * account every file goes into a scratch folder and is trashed afterwards,
 * every trigger and script property the case made is deleted.
 */
import {driveFiles, FOLDER_MIME, moveToFolder, trashFile} from './drive';
import type {Actor, CaseContext, CaseResult, Given, Tracked} from './types';
import {messageOf, sameValue, show} from './values';

/** Script properties written by cases start with this (see store and cleanUp). */
export const PROPERTY_PREFIX = 'conformance.';
/** Name prefix of every scratch artefact (findable in Drive if a run is cut). */
export const SCRATCH_PREFIX = 'Conformité (brouillon)';

/**
 * The scratch folder of one execution, made on first use through the
 * advanced Drive service (the add-on's way to Drive under drive.file).
 */
export class Scratch {
  private made: {id: string; name: string} | null = null;
  constructor(private readonly label: string) {}

  folder(): {id: string; name: string} {
    if (!this.made) {
      const f = driveFiles().create({
        name: `${SCRATCH_PREFIX} ${this.label}`,
        mimeType: FOLDER_MIME,
      });
      this.made = {id: f.id, name: f.name};
    }
    return this.made;
  }

  /** Id of the folder if it was made. */
  folderId(): string | null {
    return this.made ? this.made.id : null;
  }
}

export class Context implements CaseContext {
  checks = 0;
  readonly failures: string[] = [];
  readonly notes: string[] = [];
  readonly tracked: Tracked[] = [];
  readonly store: CaseContext['store'];

  constructor(
    readonly caseId: string,
    readonly given: Given,
    private readonly scratch: Scratch,
  ) {
    const key = (k: string) => `${PROPERTY_PREFIX}${caseId}.${k}`;
    this.store = {
      get: k => PropertiesService.getScriptProperties().getProperty(key(k)),
      set: (k, v) => {
        PropertiesService.getScriptProperties().setProperty(key(k), v);
        this.tracked.push({kind: 'property', id: key(k)});
      },
    };
  }

  equal(actual: unknown, expected: unknown, what: string): void {
    this.checks += 1;
    if (!sameValue(actual, expected)) {
      this.failures.push(
        `${what} : attendu ${show(expected)}, obtenu ${show(actual)}`,
      );
    }
  }

  ok(condition: boolean, what: string): void {
    this.checks += 1;
    if (!condition) this.failures.push(`${what} : faux`);
  }

  throws(
    fn: () => unknown,
    expected: string | RegExp | null,
    what: string,
  ): string {
    this.checks += 1;
    try {
      fn();
    } catch (e) {
      const message = messageOf(e);
      if (typeof expected === 'string' && message !== expected) {
        this.failures.push(
          `${what} : message attendu ${show(expected)}, obtenu ${show(message)}`,
        );
      } else if (expected instanceof RegExp && !expected.test(message)) {
        this.failures.push(
          `${what} : message attendu ${String(expected)}, obtenu ${show(message)}`,
        );
      } else if (expected === null || expected instanceof RegExp) {
        this.notes.push(`${what} : message observé ${show(message)}`);
      }
      return message;
    }
    this.failures.push(
      `${what} : aucune erreur levée${typeof expected === 'string' ? ` (attendu ${show(expected)})` : ''}`,
    );
    return '';
  }

  note(text: string): void {
    this.notes.push(text);
  }

  private artefactName(name: string): string {
    return `${SCRATCH_PREFIX} ${this.caseId} — ${name}`;
  }

  /** Tracks a file the case made and moves it into the scratch folder. */
  private place(id: string): void {
    this.tracked.push({kind: 'file', id});
    moveToFolder(id, this.scratch.folder().id);
  }

  spreadsheet(
    name: string,
    options: {locale?: string; timeZone?: string} = {},
  ): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const ss = SpreadsheetApp.create(this.artefactName(name));
    this.place(ss.getId());
    if (options.locale) ss.setSpreadsheetLocale(options.locale);
    if (options.timeZone) ss.setSpreadsheetTimeZone(options.timeZone);
    return ss;
  }

  form(title: string): GoogleAppsScript.Forms.Form {
    const form = FormApp.create(this.artefactName(title));
    this.place(form.getId());
    return form;
  }

  document(name: string): GoogleAppsScript.Document.Document {
    const doc = DocumentApp.create(this.artefactName(name));
    this.place(doc.getId());
    return doc;
  }

  folder(): {id: string; name: string} {
    return this.scratch.folder();
  }

  trackFile(id: string): void {
    this.tracked.push({kind: 'file', id});
  }

  trackFolder(id: string): void {
    this.tracked.push({kind: 'folder', id});
  }

  trackTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.tracked.push({kind: 'trigger', id: trigger.getUniqueId()});
  }

  /** The result of what ran so far (cleanup problems are added by the caller). */
  result(): CaseResult {
    return {
      id: this.caseId,
      status: this.failures.length ? 'fail' : 'pass',
      checks: this.checks,
      failures: [...this.failures],
      notes: [...this.notes],
      cleanup: [],
    };
  }
}

/**
 * Undoes what was tracked: triggers deleted, script properties deleted,
 * files then folders trashed. Returns what could not be undone.
 */
export function cleanUp(tracked: Tracked[]): string[] {
  const problems: string[] = [];
  const attempt = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      problems.push(`${what} : ${messageOf(e)}`);
    }
  };
  const triggerIds = new Set(
    tracked.filter(x => x.kind === 'trigger').map(x => x.id),
  );
  if (triggerIds.size) {
    attempt('déclencheurs', () => {
      for (const trigger of ScriptApp.getProjectTriggers()) {
        if (triggerIds.has(trigger.getUniqueId())) {
          ScriptApp.deleteTrigger(trigger);
        }
      }
    });
  }
  const keys = [
    ...new Set(tracked.filter(x => x.kind === 'property').map(x => x.id)),
  ];
  if (keys.length) {
    attempt('propriétés', () => {
      const props = PropertiesService.getScriptProperties();
      for (const key of keys) props.deleteProperty(key);
    });
  }
  const seen = new Set<string>();
  for (const kind of ['file', 'folder'] as const) {
    for (const item of tracked.filter(x => x.kind === kind)) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      attempt(`corbeille ${item.id}`, () => trashFile(item.id));
    }
  }
  return problems;
}

/** Key under which a scenario keeps what each actor must undo at its end. */
export function cleanupKey(caseId: string, actor: Actor): string {
  return `${PROPERTY_PREFIX}${caseId}.cleanup.${actor}`;
}
