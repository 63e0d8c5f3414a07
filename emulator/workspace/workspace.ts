/**
 * The Workspace: one emulated Google account's worth of artefacts (drive,
 * spreadsheets, forms, documents, mails, triggers, properties) plus the
 * driver that runs the built add-on against them, one Apps Script execution
 * at a time (see API.md and README.md).
 */
import {declaredProjectType} from '../core/manifest';
import type {AuthModeName, SentMail} from '../core/env';
import {identityVisible} from '../core/env';
import type {CallCounts} from '../core/meter';
import {documentTree, FakeDocument} from '../document';
import {newDocument} from '../document/document';
import {DriveEntry, driveDump, driveEntry} from '../drive/registry';
import {formDump} from '../forms/dump';
import {FakeForm} from '../forms/form';
import {submitFormResponse} from '../forms/submit';
import {renderDocumentHtml} from '../render/document';
import {renderFormHtml} from '../render/form';
import {renderMailHtml} from '../render/mail';
import type {ArtefactsDump} from '../render/site';
import {writeArtefacts} from '../render/site';
import {renderSpreadsheetHtml} from '../render/spreadsheet';
import type {TriggerView} from '../render/triggers';
import {loadBundle, serverTransfer, topLevelFunctions} from '../runtime/vm';
import type {FakeTriggerRecord} from '../script/trigger';
import {clockEvent, nextDue} from '../script/trigger';
import {toStored} from '../spreadsheet/cells';
import {typeText} from '../spreadsheet/typing';
import {dumpSpreadsheet} from '../spreadsheet/dump';
import {displayValue} from '../spreadsheet/format';
import {FakeRange} from '../spreadsheet/range';
import {FakeSpreadsheet} from '../spreadsheet/spreadsheet';
import {spreadsheetOf} from '../spreadsheet/spreadsheet-app';
import {WorkspaceEngine} from './engine';
import type {
  FailSpec,
  RunOptions,
  RunResult,
  RunSpec,
  Target,
  WorkspaceDump,
} from './types';

/** Simple triggers (onOpen, onEdit) have 30 seconds, not 6 minutes. */
const SIMPLE_TRIGGER_LIMIT_MS = 30000;

export class Workspace extends WorkspaceEngine {
  /** Runs any top-level function (authMode FULL unless told). */
  run(
    target: Target,
    fn: string,
    args: unknown[] = [],
    opts: RunOptions = {},
  ): RunResult {
    return this.strip(
      this.execute({
        target,
        fn,
        args: opts.event !== undefined && !args.length ? undefined : args,
        ...opts,
        kind: 'run',
      }),
    );
  }

  /**
   * Opens a document: fires the simple trigger onOpen(e) (menus are rebuilt).
   * A bound script's simple onOpen runs in AuthMode.LIMITED, Google's mode
   * for it (https://developers.google.com/apps-script/guides/triggers#restrictions,
   * https://developers.google.com/apps-script/reference/script/auth-mode):
   * that is the default; an add-on's onOpen before use passes 'NONE'.
   */
  open(
    target: Target,
    opts: {authMode?: AuthModeName; user?: string} = {},
  ): RunResult {
    const {activeId} = this.resolveTarget(target);
    if (activeId) this.ui.menus.delete(activeId);
    const authMode = opts.authMode ?? 'LIMITED';
    const user = opts.user ?? this.user;
    const source = this.artefact(activeId);
    const event: Record<string, unknown> = {authMode, source};
    if (authMode !== 'NONE') event.user = this.eventUser(user, true);
    const result = this.strip(
      this.execute(
        {target, fn: 'onOpen', event, user, authMode, kind: 'open'},
        {
          limitMs: Math.min(this.timeLimitMs, SIMPLE_TRIGGER_LIMIT_MS),
          simple: true,
        },
      ),
    );
    // Installable open triggers run too (their results are in ws.runs).
    for (const t of this.triggers.filter(
      x => x.type === 'ON_OPEN' && x.sourceId === activeId,
    )) {
      this.fire(t, target, {authMode: 'FULL', source, triggerUid: t.uid});
    }
    return result;
  }

  /**
   * e.user of a trigger's event: in a simple trigger its address is blank
   * for a consumer account other than the owner, as Session's is.
   * https://developers.google.com/apps-script/guides/triggers/events
   */
  private eventUser(user: string, simple: boolean): Record<string, unknown> {
    const email =
      !simple ||
      identityVisible(user, this.env.owner ?? '', this.env.accountType)
        ? user
        : '';
    return {
      getEmail: () => email,
      email,
      nickname: email.split('@')[0] ?? '',
    };
  }

  /** The menu built by the last onOpen on target: its items, flattened. */
  menu(target: Target): {label: string; fn: string}[] {
    const {activeId} = this.resolveTarget(target);
    return (this.ui.menus.get(activeId ?? '') ?? []).map(e => ({
      label: e.label,
      fn: e.fn,
    }));
  }

  /** Clicks a menu item by its label (throws if there is no such item). */
  clickMenu(
    target: Target,
    label: string,
    opts: {user?: string} = {},
  ): RunResult {
    const item = this.menu(target).find(i => i.label === label);
    if (!item) {
      const labels = this.menu(target)
        .map(i => `"${i.label}"`)
        .join(', ');
      throw new Error(
        `Emulator: no menu item "${label}" (menu: ${labels || 'none — open the document first'})`,
      );
    }
    return this.strip(
      this.execute({
        target,
        fn: item.fn,
        args: [],
        user: opts.user,
        kind: 'menu',
      }),
    );
  }

  /** google.script.run.fn(...args) from a page shown on target. */
  callServer(
    target: Target,
    fn: string,
    args: unknown[] = [],
    opts: {user?: string} = {},
  ): RunResult {
    if (fn.endsWith('_')) {
      throw new Error(
        `Emulator: ${fn} is private (ends with "_"): google.script.run cannot call it`,
      );
    }
    const r = this.execute({
      target,
      fn,
      args: serverTransfer(args, 'in') as unknown[],
      user: opts.user,
      kind: 'server',
    });
    return this.strip({
      ...r,
      value: r.error ? undefined : serverTransfer(r.value, 'out'),
    });
  }

  /** The user types `value` in a cell: sets it and fires the simple onEdit(e) and installable edit triggers. */
  edit(
    ss: FakeSpreadsheet,
    sheetName: string,
    a1: string,
    value: unknown,
    opts: {user?: string} = {},
  ): RunResult[] {
    const sheet = ss.sheetByName(sheetName);
    if (!sheet)
      throw new Error(`Emulator: no sheet "${sheetName}" in ${ss.name}`);
    const range = sheet.rangeA1(a1);
    const old = range.cellValue(range.row - 1, range.column - 1);
    const rule = sheet.validations.get(range.row - 1, range.column - 1);
    // What the person typed, as Sheets reads it (typing.ts).
    const typed =
      typeof value === 'string' &&
      sheet.formats.numberFormat.get(range.row - 1, range.column - 1) !== '@'
        ? typeText(value, ss.locale, ss.timeZone, this.clock.nowMillis()).value
        : toStored(value).value;
    if (rule && !rule.accepts(typed ?? '')) {
      throw new Error(
        `Emulator: the sheet rejects "${String(value)}" in ${a1} (data validation)`,
      );
    }
    range.writeValues(
      new Array(range.numRows).fill(new Array(range.numColumns).fill(value)),
      false,
    );
    const user = opts.user ?? this.user;
    const event = (uid?: string): Record<string, unknown> => {
      const e: Record<string, unknown> = {
        authMode: uid ? 'FULL' : 'LIMITED',
        range,
        source: ss,
        user: this.eventUser(user, !uid),
      };
      if (range.numRows === 1 && range.numColumns === 1) {
        e.value = value;
        if (old !== '') e.oldValue = old;
      }
      if (uid) e.triggerUid = uid;
      return e;
    };
    const results: RunResult[] = [];
    if (this.hasTopLevel('onEdit')) {
      results.push(
        this.strip(
          this.execute(
            {
              target: ss,
              fn: 'onEdit',
              event: event(),
              user,
              authMode: 'LIMITED',
              kind: 'edit',
            },
            {
              limitMs: Math.min(this.timeLimitMs, SIMPLE_TRIGGER_LIMIT_MS),
              simple: true,
            },
          ),
        ),
      );
    }
    for (const t of this.triggers.filter(
      x => x.type === 'ON_EDIT' && x.sourceId === ss.id,
    )) {
      results.push(this.fire(t, ss, event(t.uid)));
    }
    return results;
  }

  private hasTopLevel(fn: string): boolean {
    return topLevelFunctions(loadBundle(this.env.distDir)).has(fn);
  }

  private fire(
    t: FakeTriggerRecord,
    target: Target,
    event: unknown,
  ): RunResult {
    return this.strip(
      this.execute(
        {
          target,
          fn: t.handler,
          event,
          user: t.owner,
          authMode: 'FULL',
          kind: 'trigger',
        },
        {triggerUid: t.uid},
      ),
    );
  }

  /**
   * The active user's other scripts created `n` documents with
   * DocumentApp.create today: they count against the daily quota of
   * documents created (as ws.mails pushed by hand count against the mail
   * quota). For tests of what happens at that quota.
   */
  documentsCreatedElsewhere(n: number): void {
    for (let i = 0; i < n; i++) {
      const doc = newDocument(this.env, `Autre document ${i + 1}`);
      const e = driveEntry(this.env, doc.id);
      if (!e) continue;
      // Made outside any execution, the entry has no owner: give it the user.
      const owned = new DriveEntry(
        e.id,
        e.name,
        e.mimeType,
        e.kind,
        e.parents,
        e.created,
        e.updated,
        this.user,
        e.hooks,
      );
      owned.content = e.content;
      owned.createdByCreate = true;
      this.env.files.set(e.id, owned);
    }
  }

  /** Moves time forward by ms, firing each due time-driven trigger. */
  advanceClock(ms: number): RunResult[] {
    return this.advanceTo(new Date(this.clock.nowMillis() + ms));
  }

  /** Moves time to `date`, firing due time-driven triggers in time order. */
  advanceTo(date: Date): RunResult[] {
    const end = date.getTime();
    const results: RunResult[] = [];
    for (let guard = 0; guard < 100000; guard += 1) {
      let next: FakeTriggerRecord | null = null;
      for (const t of this.triggers) {
        if (
          t.type !== 'CLOCK' ||
          t.spent ||
          t.nextDueMs === null ||
          t.nextDueMs > end
        )
          continue;
        if (!next || t.nextDueMs < next.nextDueMs!) next = t;
      }
      if (!next) break;
      const at = Math.max(next.nextDueMs!, this.clock.nowMillis());
      this.clock.set(new Date(at));
      next.lastFiredMs = at;
      if (next.schedule?.kind === 'at') {
        next.spent = true;
        next.nextDueMs = null;
      } else if (next.schedule) {
        next.nextDueMs = nextDue(next.schedule, at, at);
      }
      const target =
        next.docId && this.artefact(next.docId) ? next.docId : null;
      results.push(this.fire(next, target, clockEvent(next.uid, at)));
    }
    if (end > this.clock.nowMillis()) this.clock.set(new Date(end));
    return results;
  }

  /**
   * A respondent submits `form`: records the response, appends the row to the
   * destination sheet, then fires the form's and the spreadsheet's
   * onFormSubmit triggers with Google's event objects.
   */
  submitForm(
    form: FakeForm,
    answers: Record<string, string | string[] | number | string[][]>,
    opts: {at?: Date; user?: string} = {},
  ): RunResult[] {
    if (opts.at && opts.at.getTime() > this.clock.nowMillis())
      this.clock.set(opts.at);
    const result = submitFormResponse(this.env, this.bridge, form.id, answers, {
      at: opts.at,
      email: opts.user,
    });
    return this.fireSubmitTriggers(result);
  }

  private fireSubmitTriggers(
    result: ReturnType<typeof submitFormResponse>,
  ): RunResult[] {
    const results: RunResult[] = [];
    const form = this.env.forms.get(result.formId);
    for (const t of this.triggers.filter(
      x =>
        x.type === 'ON_FORM_SUBMIT' &&
        x.source === 'FORMS' &&
        x.sourceId === result.formId,
    )) {
      results.push(
        this.fire(t, result.formId, {
          authMode: 'FULL',
          source: form,
          response: result.response,
          triggerUid: t.uid,
        }),
      );
    }
    const row = result.sheetRow;
    if (row) {
      const ss = spreadsheetOf(this.env, row.spreadsheetId);
      const sheet = ss?.sheetByName(row.sheetName);
      if (ss && sheet) {
        const width = Math.max(row.values.length, 1);
        const range = new FakeRange(sheet, row.row, 1, 1, width);
        const headers = sheet.values[0] ?? [];
        const values = row.values.map((_, j) =>
          displayValue(
            range.cellValue(row.row - 1, j),
            sheet.formats.numberFormat.get(row.row - 1, j) as
              string | undefined,
            ss.timeZone,
            ss.locale,
          ),
        );
        for (const t of this.triggers.filter(
          x =>
            x.type === 'ON_FORM_SUBMIT' &&
            x.source === 'SPREADSHEETS' &&
            x.sourceId === ss.id,
        )) {
          const namedValues: Record<string, string[]> = {};
          values.forEach((v, j) => {
            const h = String(headers[j] ?? '');
            (namedValues[h] ??= []).push(v);
          });
          results.push(
            this.fire(t, ss.id, {
              authMode: 'FULL',
              values: [...values],
              namedValues,
              range,
              source: ss,
              triggerUid: t.uid,
            }),
          );
        }
      }
    }
    return results;
  }

  protected flushScriptSubmits(): void {
    while (this.pendingScriptSubmits.length) {
      const r = this.pendingScriptSubmits.shift()!;
      this.fireSubmitTriggers(r);
    }
  }

  /**
   * The user picks a file or folder in Google Picker (or opens it with the
   * app): under drive.file, DriveApp reaches it for that user from now on.
   * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
   * https://developers.google.com/apps-script/guides/dialogs#file-open_dialogs
   */
  /**
   * Loads another project into this workspace (its Code.js, manifest and
   * pages), keeping every file, trigger and property: how a test runs the
   * Forms project on a form of the same Drive as the Sheets project's
   * tracker. Runs from now on execute the new project; its project type is
   * the `projectType` option, else what its Code.js declares. Unlike Google,
   * script and user properties are not kept apart per project: a test must
   * not rely on them across a switch.
   */
  loadProject(distDir: string): void {
    this.env.distDir = distDir;
    this.env.projectType =
      this.projectTypeOption ?? declaredProjectType(distDir) ?? 'bound';
  }

  /**
   * Granular consent: the user left these scopes unticked when authorizing
   * (https://developers.google.com/apps-script/concepts/scopes — users may
   * grant only some of a script's scopes). Calls needing them then throw the
   * permission error, and ScriptApp.getAuthorizationInfo says REQUIRED.
   */
  declineScopes(scopes: string[], user: string = this.user): void {
    const map = this.env.declinedScopes!;
    const set = map.get(user) ?? new Set<string>();
    for (const s of scopes) set.add(s);
    map.set(user, set);
  }

  pick(target: string | {getId(): string}, user: string = this.user): void {
    const id = typeof target === 'string' ? target : target.getId();
    const entry = driveEntry(this.env, id);
    if (!entry) throw new Error(`Emulator: no Drive file or folder ${id}`);
    entry.grantedTo.add(user);
  }

  /** The next run matching `spec` throws at that call. */
  failAt(spec: FailSpec): void {
    this.faults.push(spec);
  }

  /**
   * Starts `first`; at its atCall-th service call runs `second` to its end
   * (or to a lock `first` holds: 'fail' → tryLock false / waitLock throws;
   * 'wait' → `second` is suspended and re-run from the start once `first`
   * has finished).
   */
  interleave(
    first: RunSpec,
    second: RunSpec,
    opts: {atCall: number; contention?: 'wait' | 'fail'},
  ): [RunResult, RunResult] {
    let secondResult: (RunResult & {suspended: boolean}) | null = null;
    let started = false;
    const previous = this.contention;
    this.contention = opts.contention ?? 'wait';
    try {
      const firstResult = this.execute(first, {
        onCall: ex => {
          if (!started && ex.counts.calls >= opts.atCall) {
            started = true;
            secondResult = this.execute(second);
          }
        },
      });
      const s = secondResult as (RunResult & {suspended: boolean}) | null;
      if (!s || s.suspended) secondResult = this.execute(second);
      return [this.strip(firstResult), this.strip(secondResult!)];
    } finally {
      this.contention = previous;
    }
  }

  private triggerViews(): TriggerView[] {
    return this.triggers.map(t => ({
      uid: t.uid,
      handler: t.handler,
      type: t.type,
      source: t.source,
      sourceId: t.sourceId,
      owner: t.owner,
      schedule: t.schedule,
      nextDueMs: t.nextDueMs,
      lastFiredMs: t.lastFiredMs,
      spent: t.spent,
    }));
  }

  dump(): WorkspaceDump {
    return {
      now: this.clock.now().toISOString(),
      spreadsheets: this.spreadsheets.map(dumpSpreadsheet),
      forms: this.forms.map(formDump),
      documents: this.documents.map(documentTree),
      files: driveDump(this.env),
      mails: [...this.env.mails],
      triggers: this.triggerViews(),
    };
  }

  /** Writes one standalone HTML page (and JSON) per artefact plus an index; returns the paths. */
  render(outDir: string): string[] {
    const d = this.dump();
    const artefacts: ArtefactsDump = {
      spreadsheets: d.spreadsheets,
      forms: d.forms,
      documents: d.documents,
      mails: d.mails,
      triggers: d.triggers,
      files: d.files,
    };
    return writeArtefacts(outDir, artefacts, {now: this.clock.now()});
  }
  renderSpreadsheet(ss: FakeSpreadsheet): string {
    return renderSpreadsheetHtml(dumpSpreadsheet(ss), {now: this.clock.now()});
  }
  renderDocument(doc: FakeDocument): string {
    return renderDocumentHtml(documentTree(doc));
  }
  renderForm(form: FakeForm): string {
    return renderFormHtml(formDump(form));
  }
  renderMail(mail: SentMail): string {
    return renderMailHtml(mail);
  }

  /** Total counts since creation (same object as meter.total). */
  get totalCounts(): CallCounts {
    return this.meter.total;
  }
}
