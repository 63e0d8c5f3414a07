/**
 * Importing a file into the tracker: the file is parsed whole before anything
 * is written (a malformed file changes nothing); then the Programme is read
 * once, merged in memory and written once, and the new structures are
 * appended to Partenaires in one write.
 */
import {currentLanguage, MessageKey, t} from '../i18n';
import {AddonError} from '../gas/errors';
import {logJournal} from '../gas/journal';
import {reportProgress} from '../gas/progress';
import {writeRows} from '../gas/table';
import {COMMUNES} from '../generated/communes';
import {CommuneIndex} from './communes';
import {parseImportFile} from './import/detect';
import type {ImportFormat, ImportResult, Rejection} from './import/types';
import {mergeSessions, planHeaders, planPartners} from './plan';
import {parseEventCard} from './read';
import {tabDef} from './schema';
import {communeSource, formatTab, namedRangesOf, readGrid} from './sheets';
import {plainTextColumns} from './format';
import {locateTabs} from './tabs';

export interface ImportReport {
  ok: true;
  message: string;
  imported: number;
  updated: number;
  /** Every refusal, one sentence each (also written to the Journal tab). */
  rejected: string[];
  /** The refusals grouped by reason, for the dialog. */
  refusals: RefusalGroup[];
  /** Where the full list of refusals is ('' when none). */
  journalNote: string;
  partnersAdded: number;
  given: number;
  accepted: number;
}

type Numbering = ImportResult['numbering'];

const REJECTION_KEY: Record<Numbering, MessageKey> = {
  line: 'tracker.import.rejection.line',
  record: 'tracker.import.rejection.record',
  event: 'tracker.import.rejection.event',
};

/**
 * A rejection as the user reads it: line, record number or the line its
 * VEVENT starts on, field and reason. Given a format, its usual numbering.
 */
export function rejectionText(
  r: Rejection,
  numbering: Numbering | ImportFormat,
): string {
  const n: Numbering =
    numbering === 'line' || numbering === 'record' || numbering === 'event'
      ? numbering
      : numbering === 'csv'
        ? 'line'
        : numbering === 'ics'
          ? 'event'
          : 'record';
  return t(REJECTION_KEY[n], {
    line: r.line,
    field: r.field,
    reason: t(r.reason, r.params),
  });
}

/** One reason for refusing records, and how many were refused for it. */
export interface RefusalGroup {
  label: string;
  count: number;
}

/** The group label of a reason: "tracker.import.reason.X" → "tracker.import.group.X". */
function groupKey(reason: MessageKey): MessageKey {
  return reason.replace(
    'tracker.import.reason.',
    'tracker.import.group.',
  ) as MessageKey;
}

/**
 * Refusals grouped by reason ("93 hors du département 38", "2 sans lieu"),
 * the largest group first; a reason that depends on the field ("sans
 * « title »") is grouped per field.
 */
export function refusalGroups(
  rejected: readonly Rejection[],
  departement: string,
): RefusalGroup[] {
  const counts = new Map<string, number>();
  for (const r of rejected) {
    // The count stays a placeholder here: equal labels are one group.
    const label = t(groupKey(r.reason), {
      field: r.field,
      departement,
      max: r.params.max ?? '',
    });
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => ({
      label: label.replace('{count}', String(count)),
      count,
    }))
    .sort((a, b) => b.count - a.count);
}

/** Steps reported to the import dialog (reading, communes, Programme, Partenaires, done). */
const STEPS = 5;

/**
 * Imports the file into the tracker; call under withDocumentLock. Each step
 * is reported under `token` (the dialog's progress token; none outside it).
 */
export function importIntoTracker(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  fileName: string,
  content: string,
  fallbackDepartement: string,
  token?: string,
): ImportReport {
  const lang = currentLanguage();
  reportProgress(token, {
    step: 1,
    total: STEPS,
    count: 0,
    label: t('tracker.import.progress.reading'),
  });
  const tabs = locateTabs(ss);
  const programmeTab = tabs.get('programme');
  if (!programmeTab) throw new AddonError('tracker.import.error.noTracker');
  const programmeSheet = programmeTab.sheet;
  const eventTab = tabs.get('event');
  const card = eventTab ? readGrid(eventTab.sheet) : null;
  const departement =
    (card && card.headers.length > 0
      ? parseEventCard({headers: card.headers, rows: card.values}).departement
      : '') || fallbackDepartement;
  const index = new CommuneIndex(COMMUNES, departement);
  if (index.size === 0) {
    throw new AddonError('tracker.import.error.noCommunes', {departement});
  }
  // Parse everything first: a file error stops here, before any write.
  const result = parseImportFile(fileName, content, {
    communes: index,
    timeZone: ss.getSpreadsheetTimeZone(),
  });
  reportProgress(token, {
    step: 2,
    total: STEPS,
    count: result.given,
    label: t('tracker.import.progress.communes', {
      count: result.given,
      accepted: result.accepted,
    }),
  });

  const programme = readGrid(programmeSheet);
  const pPlan = planHeaders(programme.headers, tabDef('programme'), lang);
  const merge = mergeSessions(
    programme,
    pPlan,
    result.rows,
    result.format === 'csv' ? 'proposé' : 'confirmé',
  );

  const partnersTab = tabs.get('partners');
  const partnersSheet = partnersTab?.sheet;
  const partners = partnersSheet ? readGrid(partnersSheet) : null;
  const rPlan = planHeaders(partners?.headers ?? [], tabDef('partners'), lang);
  const newPartners = partnersSheet
    ? planPartners(partners, rPlan, result.rows)
    : [];

  const sessions = merge.inserted + merge.updated;
  reportProgress(token, {
    step: 3,
    total: STEPS,
    count: sessions,
    label: t('tracker.import.progress.programme', {count: sessions}),
  });
  if (merge.block.length > 0) {
    const grew = programmeTab.ensure(
      merge.block.length + 1,
      pPlan.headers.length,
    );
    if (pPlan.added.length > 0) writeRows(programmeSheet, 1, [pPlan.headers]);
    writeRows(
      programmeSheet,
      2,
      merge.block,
      1,
      plainTextColumns(tabDef('programme'), pPlan),
    );
    if (grew || pPlan.added.length > 0) {
      // New rows and columns get the tab's validation and formats too.
      const communes = tabs.get('communes');
      formatTab(
        programmeSheet,
        tabDef('programme'),
        pPlan,
        {
          ss,
          namedRanges: namedRangesOf(ss),
          communes: communes ? communeSource(communes.sheet) : null,
          rules: new Map(),
        },
        {
          maxRows: programmeTab.maxRows(),
          isNew: false,
          grew,
          newColumns: pPlan.added,
        },
      );
    }
  }
  reportProgress(token, {
    step: 4,
    total: STEPS,
    count: newPartners.length,
    label: t('tracker.import.progress.partners', {count: newPartners.length}),
  });
  if (partnersTab && partnersSheet && newPartners.length > 0) {
    const start = (partners?.values.length ?? 0) + 2;
    partnersTab.ensure(start + newPartners.length, rPlan.headers.length);
    if (rPlan.added.length > 0) writeRows(partnersSheet, 1, [rPlan.headers]);
    writeRows(partnersSheet, start, newPartners);
  }

  const rejected = result.rejected.map(r => rejectionText(r, result.numbering));
  const refusals = refusalGroups(result.rejected, departement);
  if (rejected.length > 0) {
    // The full list goes to the Journal: the dialog shows it grouped.
    const at = new Date();
    const source = t('tracker.import.journal.source');
    logJournal(ss, [
      {
        at,
        source,
        level: 'info',
        sheet: programmeTab.name,
        count: rejected.length,
        message: t('tracker.import.journal.summary', {
          file: fileName,
          given: result.given,
          accepted: result.accepted,
          rejected: rejected.length,
        }),
      },
      ...rejected.map(message => ({
        at,
        source,
        level: 'info' as const,
        sheet: programmeTab.name,
        message,
      })),
    ]);
  }
  const summary = t('tracker.import.report.summary', {
    file: fileName,
    format: t(`tracker.import.format.${result.format}`),
    given: result.given,
    accepted: result.accepted,
    rejected: result.rejected.length,
    imported: merge.inserted,
    updated: merge.updated,
  });
  const partnersLine =
    newPartners.length > 0
      ? ' ' +
        t('tracker.import.report.partners', {
          tab: partnersTab!.name,
          count: newPartners.length,
        })
      : '';
  const journalNote =
    rejected.length > 0
      ? t('tracker.import.report.journal', {
          count: rejected.length,
          tab: t('privacy.journal.sheet'),
        })
      : '';
  reportProgress(token, {
    step: STEPS,
    total: STEPS,
    count: sessions,
    done: true,
    label: t('tracker.import.progress.done'),
    link: {
      url: `${ss.getUrl()}#gid=${programmeSheet.getSheetId()}`,
      label: t('tracker.import.progress.open', {tab: programmeTab.name}),
    },
  });
  return {
    ok: true,
    message: summary + partnersLine,
    journalNote,
    imported: merge.inserted,
    updated: merge.updated,
    rejected,
    refusals,
    partnersAdded: newPartners.length,
    given: result.given,
    accepted: result.accepted,
  };
}
