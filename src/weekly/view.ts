/**
 * What the weekly mail shows, as ready-made strings (pure): the HtmlService
 * template (src/ui/weekly-mail.html) only places them with `<?= ?>`, which
 * escapes every value. The plain-text body is built from the same view.
 */
import {currentLanguage, t} from '../i18n';
import type {WeeklySummary} from './summary';
import {appendAll} from '../shared/arrays';

export interface SessionRow {
  cells: string[];
  flag: string;
  /** 'full' | 'nearlyEmpty' | '' (drives the row's colour). */
  flagKind: string;
}

export interface OwnerBlock {
  owner: string;
  lines: {text: string; late: boolean}[];
}

export interface MailView {
  lang: string;
  title: string;
  intro: string;
  lateNote: string;
  trackerUrl: string;
  openLabel: string;
  sessionsTitle: string;
  sessionsEmpty: string;
  sessionHeaders: string[];
  sessionRows: SessionRow[];
  tasksTitle: string;
  tasksEmpty: string;
  owners: OwnerBlock[];
  blockedTitle: string;
  blocked: string[];
  responsesTitle: string;
  responsesLines: string[];
  budgetTitle: string;
  budgetLines: string[];
  overBudgetTitle: string;
  overBudget: string[];
  gapsTitle: string;
  gaps: string[];
  /** "et N autres séances…" under the table ('' when all are shown). */
  sessionsMore: string;
  /** The school bookings' section ('' title: bookings not open). */
  bookingsTitle: string;
  bookings: readonly string[];
  footer: string;
}

function cappedTasks(
  lines: {text: string; late: boolean}[],
): {text: string; late: boolean}[] {
  if (lines.length <= LIST_MAX) return lines;
  return [
    ...lines.slice(0, LIST_MAX),
    {text: t('weekly.mail.more', {n: lines.length - LIST_MAX}), late: false},
  ];
}

/** A number the French way (decimal comma, narrow no-break space per thousand). */
export function formatNumber(n: number, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, dec] = fixed.split('.');
  const fr = currentLanguage() === 'fr';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, fr ? '\u202f' : ',');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (dec ? (fr ? ',' : '.') + dec : '');
}

export function formatEuros(n: number): string {
  const decimals = Number.isInteger(n) ? 0 : 2;
  return t('weekly.mail.euros', {amount: formatNumber(n, decimals)});
}

/** The subject line (plain text). */
export function mailSubject(summary: WeeklySummary): string {
  return t('weekly.mail.subject', {
    event: summary.eventName || t('weekly.mail.unnamed'),
    date: summary.dateLabel,
  });
}

/** Items shown in one list of the summary before "et N autres". */
export const LIST_MAX = 10;
/** More items of one kind than this read as one line. */
export const GROUP_FROM = 4;

/** At most LIST_MAX lines, the last one saying how many more there are. */
export function cappedLines(lines: readonly string[]): string[] {
  if (lines.length <= LIST_MAX) return [...lines];
  return [
    ...lines.slice(0, LIST_MAX),
    t('weekly.mail.more', {n: lines.length - LIST_MAX}),
  ];
}

/** Few items: one line each; many: one line with their number, ten names and the tab. */
function grouped(
  lines: readonly string[],
  names: readonly string[],
  many:
    | 'weekly.mail.gap.sessionsMany'
    | 'weekly.mail.gap.partnersMany'
    | 'weekly.mail.gap.tasksMany',
  tab:
    'tracker.tab.programme' | 'tracker.tab.partners' | 'tracker.tab.logistics',
): string[] {
  if (lines.length < GROUP_FROM) return [...lines];
  const shown = names
    .slice(0, LIST_MAX)
    .map(n => `« ${n} »`)
    .join(', ');
  const rest = names.length - Math.min(names.length, LIST_MAX);
  return [
    t(many, {
      n: names.length,
      list:
        rest > 0 ? t('weekly.mail.andOthers', {list: shown, n: rest}) : shown,
      tab: t(tab),
    }),
  ];
}

export function mailView(
  summary: WeeklySummary,
  lateSince: string | null,
  bookings: readonly string[] = [],
): MailView {
  const event = summary.eventName || t('weekly.mail.unnamed');
  const dash = '–';
  const sessionRows = summary.sessions.map(s => ({
    cells: [
      s.start ? `${s.dateLabel} ${s.start}` : s.dateLabel,
      s.title,
      s.venue || dash,
      s.commune || dash,
      s.capacity === null ? dash : formatNumber(s.capacity),
      s.registered === null ? dash : formatNumber(s.registered),
      s.fillRate === null ? dash : `${formatNumber(s.fillRate)} %`,
    ],
    flag:
      s.flag === 'full'
        ? t('weekly.mail.flag.full')
        : s.flag === 'nearlyEmpty'
          ? t('weekly.mail.flag.nearlyEmpty')
          : '',
    flagKind: s.flag ?? '',
  }));
  const owners = summary.tasksByOwner.map(g => ({
    owner: g.owner || t('weekly.mail.noOwner'),
    lines: cappedTasks([
      ...g.overdue.map(x => ({
        text: t('weekly.mail.taskLate', {
          task: x.task,
          date: x.dueLabel,
          days: x.daysLate,
        }),
        late: true,
      })),
      ...g.dueSoon.map(x => ({
        text: t('weekly.mail.taskDue', {task: x.task, date: x.dueLabel}),
        late: false,
      })),
    ]),
  }));
  const r = summary.responses;
  const responsesLines = [
    summary.firstSummary
      ? t('weekly.mail.responsesFirst', {total: r.total})
      : t('weekly.mail.responsesSince', {count: r.since, total: r.total}),
    t('weekly.mail.satisfaction', {
      value:
        r.satisfaction === null
          ? t('weekly.mail.noFigure')
          : formatNumber(r.satisfaction, 1),
    }),
    t('weekly.mail.nps', {
      value:
        r.nps === null
          ? t('weekly.mail.noFigure')
          : (r.nps > 0 ? '+' : '') + formatNumber(r.nps),
    }),
  ];
  const b = summary.budget;
  const g = summary.gaps;
  const sessionGaps = g.sessions.map(x =>
    t('weekly.mail.gap.session', {
      title: x.title,
      date: x.dateLabel || dash,
      missing: [
        ...(x.missingVenue ? [t('weekly.mail.gap.venue')] : []),
        ...(x.missingCommune ? [t('weekly.mail.gap.commune')] : []),
      ].join(', '),
    }),
  );
  // Many items of one kind read as one line: their number, the first ten
  // and the tab where they are (issue 19: "280 partenaires sans contact").
  const gapLines = [
    ...grouped(
      sessionGaps,
      g.sessions.map(x => x.title),
      'weekly.mail.gap.sessionsMany',
      'tracker.tab.programme',
    ),
    ...grouped(
      g.partnersWithoutContact.map(name =>
        t('weekly.mail.gap.partner', {name}),
      ),
      g.partnersWithoutContact,
      'weekly.mail.gap.partnersMany',
      'tracker.tab.partners',
    ),
    ...grouped(
      g.tasksWithoutOwner.map(task => t('weekly.mail.gap.task', {task})),
      g.tasksWithoutOwner,
      'weekly.mail.gap.tasksMany',
      'tracker.tab.logistics',
    ),
  ];
  const shownSessions = sessionRows.slice(0, LIST_MAX);
  const moreSessions = sessionRows.length - shownSessions.length;
  return {
    lang: currentLanguage(),
    title: t('weekly.mail.title', {date: summary.dateLabel}),
    intro: t('weekly.mail.intro', {event, date: summary.dateLabel}),
    lateNote: lateSince ? t('weekly.mail.lateNote', {date: lateSince}) : '',
    trackerUrl: summary.trackerUrl,
    openLabel: t('weekly.mail.open'),
    sessionsTitle: t('weekly.mail.sessions'),
    sessionsEmpty: sessionRows.length ? '' : t('weekly.mail.noSessions'),
    sessionHeaders: [
      t('weekly.mail.col.date'),
      t('weekly.mail.col.title'),
      t('weekly.mail.col.venue'),
      t('weekly.mail.col.commune'),
      t('weekly.mail.col.capacity'),
      t('weekly.mail.col.registered'),
      t('weekly.mail.col.fill'),
    ],
    sessionRows: shownSessions,
    sessionsMore: moreSessions
      ? t('weekly.mail.moreSessions', {
          n: moreSessions,
          tab: t('tracker.tab.programme'),
        })
      : '',
    tasksTitle: t('weekly.mail.tasks'),
    tasksEmpty: owners.length ? '' : t('weekly.mail.noTasks'),
    owners,
    blockedTitle: t('weekly.mail.blocked'),
    blocked: cappedLines(
      summary.blocked.map(x => (x.owner ? `${x.task} (${x.owner})` : x.task)),
    ),
    responsesTitle: t('weekly.mail.responses'),
    responsesLines,
    budgetTitle: t('weekly.mail.budget'),
    budgetLines: [
      t('weekly.mail.planned', {amount: formatEuros(b.planned)}),
      t('weekly.mail.committed', {amount: formatEuros(b.committed)}),
      t('weekly.mail.spent', {amount: formatEuros(b.spent)}),
    ],
    overBudgetTitle: b.overBudget.length
      ? t('weekly.mail.overBudget')
      : t('weekly.mail.noOverBudget'),
    overBudget: cappedLines(
      b.overBudget.map(l =>
        t('weekly.mail.overLine', {
          line: l.line,
          planned: formatEuros(l.planned),
          excess: formatEuros(l.excess),
        }),
      ),
    ),
    gapsTitle: gapLines.length
      ? t('weekly.mail.gaps')
      : t('weekly.mail.noGaps'),
    gaps: gapLines,
    bookingsTitle: bookings.length ? t('bookings.summary.title') : '',
    bookings,
    footer: t('weekly.mail.footer'),
  };
}

/** The same content as plain text, for mail clients without HTML. */
export function mailText(view: MailView): string {
  const lines: string[] = [view.title, '', view.intro];
  if (view.lateNote) lines.push('', view.lateNote);
  lines.push('', `${view.openLabel} : ${view.trackerUrl}`, '');
  lines.push(view.sessionsTitle);
  if (view.sessionsEmpty) lines.push(view.sessionsEmpty);
  for (const r of view.sessionRows) {
    lines.push(`- ${r.cells.join(' · ')}${r.flag ? ` [${r.flag}]` : ''}`);
  }
  if (view.sessionsMore) lines.push(view.sessionsMore);
  lines.push('', view.tasksTitle);
  if (view.tasksEmpty) lines.push(view.tasksEmpty);
  for (const o of view.owners) {
    lines.push(`${o.owner} :`);
    for (const l of o.lines) lines.push(`- ${l.text}`);
  }
  if (view.blocked.length) {
    lines.push('', view.blockedTitle, ...view.blocked.map(b => `- ${b}`));
  }
  lines.push('', view.responsesTitle, ...view.responsesLines);
  lines.push('', view.budgetTitle, ...view.budgetLines, view.overBudgetTitle);
  appendAll(
    lines,
    view.overBudget.map(l => `- ${l}`),
  );
  lines.push('', view.gapsTitle, ...view.gaps.map(l => `- ${l}`));
  if (view.bookingsTitle) {
    lines.push('', view.bookingsTitle, ...view.bookings.map(l => `- ${l}`));
  }
  lines.push('', view.footer);
  return lines.join('\n');
}
