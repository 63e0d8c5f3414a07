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
  footer: string;
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

export function mailView(
  summary: WeeklySummary,
  lateSince: string | null,
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
    lines: [
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
    ],
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
  const gapLines = [
    ...g.sessions.map(s =>
      t('weekly.mail.gap.session', {
        title: s.title,
        date: s.dateLabel || dash,
        missing: [
          ...(s.missingVenue ? [t('weekly.mail.gap.venue')] : []),
          ...(s.missingCommune ? [t('weekly.mail.gap.commune')] : []),
        ].join(', '),
      }),
    ),
    ...g.partnersWithoutContact.map(name =>
      t('weekly.mail.gap.partner', {name}),
    ),
    ...g.tasksWithoutOwner.map(task => t('weekly.mail.gap.task', {task})),
  ];
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
    sessionRows,
    tasksTitle: t('weekly.mail.tasks'),
    tasksEmpty: owners.length ? '' : t('weekly.mail.noTasks'),
    owners,
    blockedTitle: t('weekly.mail.blocked'),
    blocked: summary.blocked.map(x =>
      x.owner ? `${x.task} (${x.owner})` : x.task,
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
    overBudget: b.overBudget.map(l =>
      t('weekly.mail.overLine', {
        line: l.line,
        planned: formatEuros(l.planned),
        excess: formatEuros(l.excess),
      }),
    ),
    gapsTitle: gapLines.length
      ? t('weekly.mail.gaps')
      : t('weekly.mail.noGaps'),
    gaps: gapLines,
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
  lines.push('', view.footer);
  return lines.join('\n');
}
