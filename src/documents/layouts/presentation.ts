/**
 * The presentation file (dossier de présentation) for partners, funders,
 * elected officials and the press: title page, context and objectives, key
 * figures, the programme by day then venue, partners by kind, contacts.
 */
import {t} from '../../i18n';
import type {TrackerData} from '../../model/tracker';
import {normalizeKey} from '../../gas/table';
import {activeSessions, keyFigures} from '../figures';
import {eventKindLabel, eventTitle} from '../fields';
import {isoDay} from '../format';
import {Block, DocModel, heading, pageBreak, paragraph, table} from '../model';
import {
  byDateThenStart,
  dayLabel,
  eventDates,
  groupBy,
  LayoutContext,
  num,
  orDash,
  sessionHours,
  venueLabel,
} from './common';

/** The title page shared by every built-in layout. */
export function titlePage(
  data: TrackerData,
  subtitle: string,
  ctx: LayoutContext,
): Block[] {
  const blocks: Block[] = [
    heading(0, eventTitle(data)),
    paragraph(subtitle, {bold: true, fontSize: 16}, 'center'),
  ];
  const dates = eventDates(data.event, ctx);
  if (dates) blocks.push(paragraph(capitalise(dates), undefined, 'center'));
  if (data.event.mainVenue.trim()) {
    blocks.push(paragraph(data.event.mainVenue.trim(), undefined, 'center'));
  }
  blocks.push(
    paragraph(
      `${ctx.organisation} – ${eventKindLabel(data.event.kind)}`,
      {italic: true},
      'center',
    ),
  );
  return blocks;
}

export function capitalise(text: string): string {
  return text ? text[0].toLocaleUpperCase() + text.slice(1) : text;
}

/** The key figures table: indicator, value. */
export function keyFiguresTable(data: TrackerData, ctx: LayoutContext): Block {
  const f = keyFigures(data);
  const publics = f.publicList.length
    ? `${num(f.publics, ctx)} (${f.publicList.join(', ')})`
    : num(f.publics, ctx);
  return table(
    [t('documents.col.indicator'), t('documents.col.value')],
    [
      [t('documents.field.sessions'), num(f.sessions, ctx)],
      [t('documents.field.venues'), num(f.venues, ctx)],
      [t('documents.field.communes'), num(f.communes, ctx)],
      [t('documents.field.structures'), num(f.structures, ctx)],
      [t('documents.field.publics'), publics],
    ],
  );
}

/** The programme by day, then venue: one heading and one table per day. */
export function programmeBlocks(
  data: TrackerData,
  ctx: LayoutContext,
): Block[] {
  const sessions = activeSessions(data.sessions).sort(byDateThenStart);
  const days = groupBy(sessions, s =>
    s.date ? isoDay(s.date, ctx.zone) : '~',
  );
  const blocks: Block[] = [];
  for (const day of days) {
    blocks.push(heading(2, capitalise(dayLabel(day.items[0].date, ctx))));
    const byVenue = groupBy(
      [...day.items].sort((a, b) => {
        const va = normalizeKey(venueLabel(a));
        const vb = normalizeKey(venueLabel(b));
        return va === vb ? byDateThenStart(a, b) : va < vb ? -1 : 1;
      }),
      s => normalizeKey(venueLabel(s)),
    );
    const rows: string[][] = [];
    for (const venue of byVenue) {
      venue.items.forEach((s, i) => {
        rows.push([
          i === 0 ? venueLabel(s) : '',
          orDash(sessionHours(s)),
          s.title.trim() || t('documents.untitledSession'),
          orDash(s.structure),
          orDash(s.public),
        ]);
      });
    }
    blocks.push(
      table(
        [
          t('documents.col.venue'),
          t('documents.col.hours'),
          t('documents.col.animation'),
          t('documents.col.structure'),
          t('documents.col.public'),
        ],
        rows,
      ),
    );
  }
  return blocks;
}

export function presentationLayout(
  data: TrackerData,
  ctx: LayoutContext,
): DocModel {
  const e = data.event;
  const blocks: Block[] = [
    ...titlePage(data, t('documents.presentation.subtitle'), ctx),
    pageBreak(),
    heading(1, t('documents.presentation.context')),
    heading(2, t('documents.field.context')),
    paragraph(
      e.context.trim() || t('documents.toComplete'),
      e.context.trim() ? undefined : {italic: true},
    ),
    heading(2, t('documents.field.objectives')),
    paragraph(
      e.objectives.trim() || t('documents.toComplete'),
      e.objectives.trim() ? undefined : {italic: true},
    ),
  ];
  if (e.targetPublics.trim()) {
    blocks.push(
      heading(2, t('documents.field.targetPublics')),
      paragraph(e.targetPublics.trim()),
    );
  }
  blocks.push(
    heading(1, t('documents.keyFigures')),
    keyFiguresTable(data, ctx),
    pageBreak(),
    heading(1, t('documents.presentation.programme')),
    ...programmeBlocks(data, ctx),
    pageBreak(),
    heading(1, t('documents.presentation.partners')),
  );
  const partners = data.partners.filter(p => p.structure.trim());
  if (partners.length === 0) {
    blocks.push(
      paragraph(t('documents.presentation.noPartners'), {italic: true}),
    );
  }
  const kinds = groupBy(
    [...partners].sort((a, b) => {
      const ka = normalizeKey(a.kind) || '\uffff';
      const kb = normalizeKey(b.kind) || '\uffff';
      if (ka !== kb) return ka < kb ? -1 : 1;
      return a.structure.localeCompare(b.structure, 'fr');
    }),
    p => normalizeKey(p.kind),
  );
  for (const kind of kinds) {
    const label = kind.items[0].kind.trim();
    blocks.push(
      heading(2, label ? capitalise(label) : t('documents.otherPartners')),
      table(
        [
          t('documents.col.structure'),
          t('documents.col.commune'),
          t('documents.col.role'),
        ],
        kind.items.map(p => [
          p.structure.trim(),
          orDash(p.commune),
          orDash(p.role),
        ]),
      ),
    );
  }
  blocks.push(heading(1, t('documents.presentation.contacts')));
  if (e.lead.trim()) {
    blocks.push(
      paragraph(t('documents.presentation.lead', {lead: e.lead.trim()})),
    );
  }
  if (e.teamEmails.length) {
    blocks.push(
      paragraph(
        t('documents.presentation.team', {emails: e.teamEmails.join(', ')}),
      ),
    );
  }
  const contacts = partners.filter(p => p.contact.trim() || p.email.trim());
  if (contacts.length) {
    blocks.push(
      table(
        [
          t('documents.col.structure'),
          t('documents.col.contact'),
          t('documents.col.email'),
        ],
        contacts.map(p => [
          p.structure.trim(),
          orDash(p.contact),
          orDash(p.email),
        ]),
      ),
    );
  }
  return {kindLabel: t('documents.kindLabel.presentation'), blocks};
}
