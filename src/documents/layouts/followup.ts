/**
 * The follow-up note (point d'étape) for team and steering meetings: where
 * the sessions stand, which tasks are late or due within two weeks (by
 * owner), the budget with its gaps, and the open questions.
 */
import {t} from '../../i18n';
import type {Task, TrackerData} from '../../model/tracker';
import {normalizeKey} from '../../gas/table';
import {isCancelled} from '../figures';
import {eventTitle} from '../fields';
import {daysBetween, formatEuros, longDate, shortDate} from '../format';
import {Block, DocModel, heading, list, paragraph, table} from '../model';
import {capitalise} from './presentation';
import {capped, LayoutContext, num, orDash} from './common';

/** Days ahead that count as "due soon". */
export const SOON_DAYS = 14;
/** Longest list of open questions printed in full. */
const MAX_LIST = 30;

const STATUS_ORDER = ['propose', 'confirme', 'realise', 'annule'];

export function isDone(task: Task): boolean {
  const s = normalizeKey(task.status);
  return s === 'fait' || s === 'done';
}

export interface DatedTask {
  task: Task;
  /** Days from today to the due date (negative when late). */
  days: number;
}

/** Tasks not done and late, and those due within SOON_DAYS, each sorted by owner then date. */
export function tasksByUrgency(
  tasks: readonly Task[],
  today: Date,
  zone: string,
): {overdue: DatedTask[]; soon: DatedTask[]} {
  const open = tasks
    .filter(tk => tk.dueDate && !isDone(tk) && tk.task.trim())
    .map(tk => ({
      task: tk,
      days: daysBetween(today, tk.dueDate as Date, zone),
    }));
  const order = (a: DatedTask, b: DatedTask): number => {
    const oa = normalizeKey(a.task.owner) || '\uffff';
    const ob = normalizeKey(b.task.owner) || '\uffff';
    if (oa !== ob) return oa < ob ? -1 : 1;
    return a.days - b.days;
  };
  return {
    overdue: open.filter(x => x.days < 0).sort(order),
    soon: open.filter(x => x.days >= 0 && x.days <= SOON_DAYS).sort(order),
  };
}

function ownerColumn(items: DatedTask[]): string[] {
  return items.map((x, i) => {
    const owner = x.task.owner.trim() || t('documents.followup.noOwner');
    const prev =
      i > 0
        ? items[i - 1].task.owner.trim() || t('documents.followup.noOwner')
        : null;
    return owner === prev ? '' : owner;
  });
}

export function followupLayout(
  data: TrackerData,
  ctx: LayoutContext,
): DocModel {
  const blocks: Block[] = [
    heading(0, t('documents.followup.title', {event: eventTitle(data)})),
    paragraph(
      t('documents.followup.asOf', {
        date: longDate(ctx.today, ctx.zone, ctx.lang),
      }),
      {italic: true},
    ),
  ];

  // Sessions by status: the known statuses in their natural order, then the others.
  blocks.push(heading(1, t('documents.followup.sessionsByStatus')));
  const counts = new Map<string, {label: string; n: number}>();
  for (const s of data.sessions) {
    const key = normalizeKey(s.status);
    const label = s.status.trim() || t('documents.followup.noStatus');
    const c = counts.get(key);
    if (c) c.n += 1;
    else counts.set(key, {label, n: 1});
  }
  const keys = [...counts.keys()].sort((a, b) => {
    const ia = STATUS_ORDER.indexOf(a);
    const ib = STATUS_ORDER.indexOf(b);
    const ra = ia < 0 ? (a ? 50 : 99) : ia;
    const rb = ib < 0 ? (b ? 50 : 99) : ib;
    return ra !== rb ? ra - rb : a < b ? -1 : 1;
  });
  blocks.push(
    table(
      [t('documents.col.status'), t('documents.field.sessions')],
      [
        ...keys.map(k => [
          capitalise(counts.get(k)!.label),
          num(counts.get(k)!.n, ctx),
        ]),
        [t('documents.total'), num(data.sessions.length, ctx)],
      ],
      true,
    ),
  );

  const {overdue, soon} = tasksByUrgency(data.tasks, ctx.today, ctx.zone);
  blocks.push(heading(1, t('documents.followup.overdue')));
  if (overdue.length === 0) {
    blocks.push(paragraph(t('documents.followup.noOverdue'), {italic: true}));
  } else {
    const owners = ownerColumn(overdue);
    blocks.push(
      table(
        [
          t('documents.col.owner'),
          t('documents.col.task'),
          t('documents.col.dueDate'),
          t('documents.col.status'),
          t('documents.col.delay'),
        ],
        overdue.map((x, i) => [
          owners[i],
          x.task.task.trim(),
          shortDate(x.task.dueDate as Date, ctx.zone),
          orDash(x.task.status),
          t('documents.followup.days', {count: -x.days}),
        ]),
      ),
    );
  }
  blocks.push(heading(1, t('documents.followup.soon', {days: SOON_DAYS})));
  if (soon.length === 0) {
    blocks.push(paragraph(t('documents.followup.noSoon'), {italic: true}));
  } else {
    const owners = ownerColumn(soon);
    blocks.push(
      table(
        [
          t('documents.col.owner'),
          t('documents.col.task'),
          t('documents.col.dueDate'),
          t('documents.col.status'),
        ],
        soon.map((x, i) => [
          owners[i],
          x.task.task.trim(),
          shortDate(x.task.dueDate as Date, ctx.zone),
          orDash(x.task.status),
        ]),
      ),
    );
  }

  // Budget: gap = planned − spent; a line committed beyond its plan is flagged.
  blocks.push(heading(1, t('documents.followup.budget')));
  const lines = data.budget.filter(b => b.line.trim());
  if (lines.length === 0) {
    blocks.push(paragraph(t('documents.followup.noBudget'), {italic: true}));
  } else {
    const eur = (n: number): string => formatEuros(n, ctx.lang);
    const total = {planned: 0, committed: 0, spent: 0};
    const rows = lines.map(b => {
      total.planned += b.planned || 0;
      total.committed += b.committed || 0;
      total.spent += b.spent || 0;
      return [
        b.line.trim(),
        eur(b.planned || 0),
        eur(b.committed || 0),
        eur(b.spent || 0),
        eur((b.planned || 0) - (b.spent || 0)),
      ];
    });
    rows.push([
      t('documents.total'),
      eur(total.planned),
      eur(total.committed),
      eur(total.spent),
      eur(total.planned - total.spent),
    ]);
    blocks.push(
      table(
        [
          t('documents.col.line'),
          t('documents.col.planned'),
          t('documents.col.committed'),
          t('documents.col.spent'),
          t('documents.col.gap'),
        ],
        rows,
        true,
      ),
    );
    const over = lines.filter(b => (b.committed || 0) > (b.planned || 0));
    if (over.length) {
      blocks.push(
        paragraph(t('documents.followup.overBudget'), {bold: true}),
        list(
          over.map(b =>
            t('documents.followup.overLine', {
              line: b.line.trim(),
              committed: eur(b.committed),
              planned: eur(b.planned),
            }),
          ),
        ),
      );
    }
  }

  blocks.push(heading(1, t('documents.followup.openQuestions')));
  const noVenue = data.sessions.filter(s => !isCancelled(s) && !s.venue.trim());
  blocks.push(heading(2, t('documents.followup.sessionsWithoutVenue')));
  if (noVenue.length === 0) {
    blocks.push(paragraph(t('documents.none'), {italic: true}));
  } else {
    blocks.push(
      list(
        capped(
          noVenue.map(s =>
            [
              s.title.trim() || t('documents.untitledSession'),
              s.date ? shortDate(s.date, ctx.zone) : '',
              s.commune.trim(),
            ]
              .filter(Boolean)
              .join(' – '),
          ),
          MAX_LIST,
        ),
      ),
    );
  }
  const noContact = data.partners.filter(
    p =>
      p.structure.trim() &&
      !p.contact.trim() &&
      !p.email.trim() &&
      !p.phone.trim(),
  );
  blocks.push(heading(2, t('documents.followup.partnersWithoutContact')));
  if (noContact.length === 0) {
    blocks.push(paragraph(t('documents.none'), {italic: true}));
  } else {
    blocks.push(
      list(
        capped(
          noContact.map(p => p.structure.trim()),
          MAX_LIST,
        ),
      ),
    );
  }
  return {kindLabel: t('documents.kindLabel.followup'), blocks};
}
