/**
 * Building a tracker in the current spreadsheet, or bringing an existing one
 * up to date: missing tabs and columns added (at the end, never between the
 * user's columns), the event card filled from the dialog, the kind's
 * checklist and starter budget added once, the Communes tab refreshed, and
 * every tab's rules laid again. Nothing the user typed is deleted, moved or
 * overwritten; the report lists what changed.
 */
import {currentLanguage, t} from '../i18n';
import {getJson, setJson} from '../gas/properties';
import {writeRows} from '../gas/table';
import {COMMUNES} from '../generated/communes';
import {
  Grid,
  HeaderPlan,
  planBudget,
  planCard,
  planChecklist,
  planCommunes,
  planHeaders,
  TrackerForm,
} from './plan';
import {TabDef, TabId, TABS, tabsFor, EVENT_KIND_LABEL} from './schema';
import {formatTab, FormatContext, namedRangesOf, readGrid} from './sheets';
import {plainTextColumns} from './format';
import {locateTabs, TabHandle} from './tabs';
import {toCells} from '../gas/sanitize';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Size of a tab Sheets inserts: 1,000 rows × 26 columns. */
const NEW_TAB = {rows: 1000, columns: 26};

/**
 * Rows the Programme holds from the start (a Fête de la science in Isère has
 * 500+ animations, often several slots each): imports up to this size never
 * have to grow the grid and lay its rules again.
 */
export const PROGRAMME_ROWS = 2000;

/** Document property: the event kinds whose checklist was already added. */
export const CHECKLISTS_KEY = 'tds.tracker.checklists';

export interface BuildReport {
  created: boolean;
  changes: string[];
}

interface TabState {
  tab: TabDef;
  handle: TabHandle;
  sheet: Sheet;
  /** The header row's range when this run wrote it. */
  header?: GoogleAppsScript.Spreadsheet.Range;
  /** Rows were added to the grid in this run. */
  grew?: boolean;
  grid: Grid | null;
  plan: HeaderPlan;
  isNew: boolean;
}

/** Builds or updates the tracker; call under withDocumentLock. */
export function buildTracker(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  form: TrackerForm,
): BuildReport {
  const lang = currentLanguage();
  const changes: string[] = [];
  const sheets = ss.getSheets();
  const located = locateTabs(ss, sheets);
  const created = located.size === 0;
  const wanted = new Set<TabId>(tabsFor(form.kind).map(tab => tab.id));
  for (const id of located.keys()) wanted.add(id);

  // A new spreadsheet's single empty tab becomes the card rather than
  // staying behind as an empty "Feuille 1".
  let blank: Sheet | null = null;
  if (created) {
    if (
      sheets.length === 1 &&
      sheets[0].getLastRow() === 0 &&
      sheets[0].getLastColumn() === 0
    ) {
      blank = sheets[0];
    }
  }

  const states = new Map<TabId, TabState>();
  let position = -1;
  for (const tab of TABS.filter(x => wanted.has(x.id))) {
    let handle = located.get(tab.id);
    const isNew = !handle;
    if (!handle) {
      const name = t(tab.name);
      if (blank) {
        handle = new TabHandle(blank.setName(name), name);
        blank = null;
      } else {
        if (position < 0) position = sheets.length;
        handle = new TabHandle(ss.insertSheet(name, position++), name, NEW_TAB);
      }
      changes.push(t('tracker.report.tabCreated', {tab: name}));
    }
    const sheet = handle.sheet;
    const grid = isNew ? null : readGrid(sheet);
    const plan = planHeaders(grid?.headers ?? [], tab, lang);
    if (!isNew) {
      for (const col of plan.added) {
        changes.push(
          t('tracker.report.columnAdded', {
            column: t(col.header),
            tab: handle.name,
          }),
        );
      }
    }
    states.set(tab.id, {tab, handle, sheet, grid, plan, isNew});
  }

  const programme = states.get('programme')!;
  programme.grew = programme.handle.ensure(
    PROGRAMME_ROWS + 1,
    programme.plan.headers.length,
  );

  // Header rows (tab created, or columns added at the end): one write each.
  for (const s of states.values()) {
    if (s.tab.id === 'event') continue;
    if (s.isNew || s.plan.added.length > 0) {
      s.handle.ensure(2, s.plan.headers.length);
      s.header = s.sheet.getRange(1, 1, 1, s.plan.headers.length);
      s.header.setValues(toCells([s.plan.headers]));
    }
  }

  const card = states.get('event')!;
  const cardPlan = planCard(card.grid, form, lang);
  for (const label of cardPlan.set) {
    changes.push(t('tracker.report.cardSet', {field: label}));
  }
  for (const label of cardPlan.updated) {
    changes.push(t('tracker.report.cardUpdated', {field: label}));
  }
  if (
    card.isNew ||
    cardPlan.set.length + cardPlan.updated.length > 0 ||
    cardPlan.block.length !== (card.grid?.values.length ?? -1) + 1
  ) {
    card.handle.ensure(cardPlan.block.length, cardPlan.block[0].length);
    writeRows(card.sheet, 1, cardPlan.block);
  }
  card.plan = planHeaders(cardPlan.block[0].map(String), card.tab, lang);

  addChecklist(states.get('logistics')!, form, created, changes);
  addBudget(states.get('budget')!, form, changes);

  const communesState = states.get('communes');
  let communeSource: FormatContext['communes'] = null;
  if (communesState) {
    communeSource = fillCommunes(
      communesState,
      states.get('programme')!,
      form.departement,
      changes,
    );
  }

  const ctx: FormatContext = {
    ss,
    namedRanges: namedRangesOf(ss),
    communes: communeSource,
    rules: new Map(),
  };
  // Dropdowns that point at a Communes tab rebuilt in this run point at the new one.
  const communesRebuilt = communesState?.isNew ?? false;
  for (const s of states.values()) {
    formatTab(s.sheet, s.tab, s.plan, ctx, {
      forceValidation: communesRebuilt,
      grew: s.grew && !s.isNew,
      header: s.header,
      maxRows: s.handle.maxRows(),
      isNew: s.isNew,
      newColumns: s.isNew ? s.tab.columns : s.plan.added,
      card: s.tab.id === 'event' ? cardPlan.block : undefined,
    });
  }
  if (changes.length === 0) changes.push(t('tracker.report.nothing'));
  changes.push(t('tracker.report.repaired', {count: states.size}));
  return {created, changes};
}

function addChecklist(
  s: TabState,
  form: TrackerForm,
  created: boolean,
  changes: string[],
): void {
  // A tracker built afresh gets its checklist whatever an older one had.
  const done = created ? [] : (getJson<string[]>(CHECKLISTS_KEY) ?? []);
  if (done.includes(form.kind)) return;
  const rows = planChecklist(
    s.grid,
    s.plan,
    form.kind,
    form.startDate,
    form.endDate,
    currentLanguage(),
  );
  if (rows.length > 0) {
    const start = (s.grid?.values.length ?? 0) + 2;
    s.handle.ensure(start + rows.length, s.plan.headers.length);
    writeRows(s.sheet, start, rows, 1, plainTextColumns(s.tab, s.plan));
    changes.push(
      t('tracker.report.tasksAdded', {
        kind: t(EVENT_KIND_LABEL[form.kind]),
        count: rows.length,
        tab: s.handle.name,
      }),
    );
  }
  setJson(CHECKLISTS_KEY, [...done, form.kind]);
}

function addBudget(s: TabState, form: TrackerForm, changes: string[]): void {
  const plan = planBudget(s.grid, s.plan, form.kind, currentLanguage());
  const gapColumn = (s.plan.at.get('gap') ?? 0) + 1;
  if (plan.gapColumn.length > 0) {
    writeRows(s.sheet, 2, plan.gapColumn, gapColumn);
  }
  if (plan.formulasSet > 0) {
    changes.push(
      t('tracker.report.formulas', {
        count: plan.formulasSet,
        tab: s.handle.name,
      }),
    );
  }
  if (plan.newRows.length > 0) {
    const start = (s.grid?.values.length ?? 0) + 2;
    s.handle.ensure(start + plan.newRows.length, s.plan.headers.length);
    writeRows(s.sheet, start, plan.newRows, 1, plainTextColumns(s.tab, s.plan));
    changes.push(
      t('tracker.report.budgetAdded', {
        count: plan.newRows.length,
        tab: s.handle.name,
      }),
    );
  }
}

function fillCommunes(
  s: TabState,
  programme: TabState,
  departement: string,
  changes: string[],
): FormatContext['communes'] {
  const communes = COMMUNES.filter(c => c.departement === departement);
  const plan = planCommunes(s.grid, s.plan, communes, {
    sheetName: programme.handle.name,
    plan: programme.plan,
  });
  if (plan.block.length > 0) {
    s.handle.ensure(plan.block.length + 1, s.plan.headers.length);
    // Codes stay text ("01004"): the writer formats their column "@".
    writeRows(s.sheet, 2, plan.block, 1, plainTextColumns(s.tab, s.plan));
  }
  if (plan.added > 0) {
    changes.push(
      t('tracker.report.communesAdded', {
        count: plan.added,
        tab: s.handle.name,
      }),
    );
  }
  return {
    sheet: s.sheet,
    column: (s.plan.at.get('name') ?? 1) + 1,
    count: plan.block.length,
  };
}
