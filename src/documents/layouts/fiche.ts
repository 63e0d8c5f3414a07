/**
 * One sheet per commune or per structure (Fête de la science): its sessions,
 * its figures and its contacts. The batch makes one per key listed by
 * `ficheKeys`.
 */
import {t} from '../../i18n';
import type {Partner, Session, TrackerData} from '../../model/tracker';
import {normalizeKey} from '../../gas/table';
import {activeSessions, communeKey, distinct, publicsOf} from '../figures';
import {eventTitle} from '../fields';
import {Block, DocModel, heading, paragraph, table} from '../model';
import {
  byDateThenStart,
  dayLabel,
  eventDates,
  LayoutContext,
  num,
  orDash,
  sessionHours,
} from './common';
import {capitalise} from './presentation';

export type FicheKind = 'commune' | 'structure';

export interface FicheKey {
  /** Stable identity: "insee:38563", "nom:voiron" or "structure:la casemate". */
  key: string;
  /** What the sheet is about, as written in the tracker ("Voiron"). */
  label: string;
}

function structureKey(name: string): string {
  return `structure:${normalizeKey(name)}`;
}

/** The communes (or structures) that hold at least one session, in alphabetical order. */
export function ficheKeys(data: TrackerData, kind: FicheKind): FicheKey[] {
  const seen = new Map<string, string>();
  for (const s of activeSessions(data.sessions)) {
    if (kind === 'commune') {
      if (!s.insee.trim() && !normalizeKey(s.commune)) continue;
      const k = communeKey(s);
      if (!seen.has(k) || !seen.get(k)) seen.set(k, s.commune.trim());
    } else {
      if (!normalizeKey(s.structure)) continue;
      const k = structureKey(s.structure);
      if (!seen.has(k)) seen.set(k, s.structure.trim());
    }
  }
  return [...seen.entries()]
    .map(([key, label]) => ({key, label: label || key.replace(/^\w+:/, '')}))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

function sessionsOf(
  data: TrackerData,
  kind: FicheKind,
  key: string,
): Session[] {
  return activeSessions(data.sessions)
    .filter(s =>
      kind === 'commune'
        ? communeKey(s) === key
        : structureKey(s.structure) === key,
    )
    .sort(byDateThenStart);
}

function contactsOf(
  data: TrackerData,
  kind: FicheKind,
  key: FicheKey,
  sessions: Session[],
): Partner[] {
  const structures = new Set(sessions.map(s => normalizeKey(s.structure)));
  const commune = normalizeKey(key.label);
  return data.partners.filter(p => {
    const st = normalizeKey(p.structure);
    if (!st) return false;
    if (kind === 'structure') return structureKey(p.structure) === key.key;
    return (
      structures.has(st) ||
      (commune !== '' && normalizeKey(p.commune) === commune)
    );
  });
}

/**
 * The tracker reduced to one commune or structure: its sessions (not
 * cancelled) and its contacts. A staff template filled with it gives that
 * sheet's figures and programme.
 */
export function ficheData(
  data: TrackerData,
  kind: FicheKind,
  key: FicheKey,
): TrackerData {
  const sessions = sessionsOf(data, kind, key.key);
  return {
    ...data,
    sessions,
    partners: contactsOf(data, kind, key, sessions),
    tasks: [],
    budget: [],
    participants: [],
  };
}

export function ficheLayout(
  data: TrackerData,
  kind: FicheKind,
  key: FicheKey,
  ctx: LayoutContext,
): DocModel {
  const sessions = sessionsOf(data, kind, key.key);
  const sum = (f: (s: Session) => number | null): number =>
    sessions.reduce((n, s) => n + (f(s) ?? 0), 0);
  const title =
    kind === 'commune'
      ? t('documents.fiche.communeTitle', {name: key.label})
      : t('documents.fiche.structureTitle', {name: key.label});
  const blocks: Block[] = [
    heading(0, title),
    paragraph(eventTitle(data), {bold: true}),
  ];
  const dates = eventDates(data.event, ctx);
  if (dates) blocks.push(paragraph(capitalise(dates)));

  const publics = distinct(sessions.flatMap(publicsOf));
  const figures: string[][] = [
    [t('documents.field.sessions'), num(sessions.length, ctx)],
  ];
  if (kind === 'commune') {
    figures.push([
      t('documents.field.structures'),
      num(distinct(sessions.map(s => s.structure)).length, ctx),
    ]);
  } else {
    figures.push([
      t('documents.field.communes'),
      num(new Set(sessions.map(communeKey)).size, ctx),
    ]);
  }
  figures.push(
    [
      t('documents.field.venues'),
      num(distinct(sessions.map(s => s.venue)).length, ctx),
    ],
    [t('documents.field.publics'), publics.length ? publics.join(', ') : '–'],
    [
      t('documents.field.capacity'),
      num(
        sum(s => s.capacity),
        ctx,
      ),
    ],
    [
      t('documents.field.registered'),
      num(
        sum(s => s.registered),
        ctx,
      ),
    ],
  );
  if (sessions.some(s => s.attended !== null)) {
    figures.push([
      t('documents.field.attended'),
      num(
        sum(s => s.attended),
        ctx,
      ),
    ]);
  }
  blocks.push(
    heading(1, t('documents.keyFigures')),
    table([t('documents.col.indicator'), t('documents.col.value')], figures),
    heading(1, t('documents.fiche.sessions')),
    table(
      [
        t('documents.col.date'),
        t('documents.col.hours'),
        t('documents.col.animation'),
        t('documents.col.venue'),
        kind === 'commune'
          ? t('documents.col.structure')
          : t('documents.col.commune'),
        t('documents.col.public'),
      ],
      sessions.map(s => [
        capitalise(dayLabel(s.date, ctx)),
        orDash(sessionHours(s)),
        s.title.trim() || t('documents.untitledSession'),
        orDash(s.venue),
        orDash(kind === 'commune' ? s.structure : s.commune),
        orDash(s.public),
      ]),
    ),
    heading(1, t('documents.presentation.contacts')),
  );
  const contacts = contactsOf(data, kind, key, sessions);
  if (contacts.length === 0) {
    blocks.push(paragraph(t('documents.fiche.noContacts'), {italic: true}));
  } else {
    blocks.push(
      table(
        [
          t('documents.col.structure'),
          t('documents.col.contact'),
          t('documents.col.email'),
          t('documents.col.phone'),
        ],
        contacts.map(p => [
          p.structure.trim(),
          orDash(p.contact),
          orDash(p.email),
          orDash(p.phone),
        ]),
      ),
    );
  }
  // A structure's sheet lists the classes booked for its sessions (issue 19):
  // schools and levels, never a teacher.
  if (kind === 'structure' && data.bookedClasses) {
    const ids = new Set(sessions.map(s => s.id));
    const classes = data.bookedClasses.filter(c => ids.has(c.sessionId));
    blocks.push(heading(1, t('bookings.doc.title')));
    if (classes.length === 0) {
      blocks.push(paragraph(t('bookings.doc.none'), {italic: true}));
    } else {
      blocks.push(
        table(
          [
            t('bookings.roster.col.session'),
            t('bookings.col.school'),
            t('bookings.col.commune'),
            t('bookings.col.level'),
            t('bookings.col.pupils'),
            t('bookings.col.access'),
          ],
          classes.map(c => [
            c.sessionId,
            c.school,
            orDash(c.commune),
            orDash(c.level),
            num(c.pupils, ctx),
            orDash(c.access),
          ]),
        ),
      );
    }
  }
  return {
    kindLabel:
      kind === 'commune'
        ? t('documents.kindLabel.ficheCommune', {name: key.label})
        : t('documents.kindLabel.ficheStructure', {name: key.label}),
    blocks,
  };
}
