/**
 * What the three import formats share: reading ISO time slots, mapping the
 * sources' words to the tracker's lists, and turning one source record into
 * its Programme rows (one per time slot) with the commune resolved.
 */
import {htmlToText} from '../../gas/sanitize';
import {parisWallClock} from '../../shared/dates';
import {normalizeKey} from '../../gas/table';
import {hhmm} from '../cells';
import {ANIMATION_KINDS} from '../schema';
import {ImportContext, ImportedSession, RecordError, Rejection} from './types';

/** One time slot as the event's local wall clock. */
export interface Slot {
  date: Date;
  start: string;
  end: string;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

interface WallClock {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
}

/**
 * The local (Europe/Paris) wall clock of an ISO 8601 instant. A time given
 * with a non-zero offset is already the venue's local time and is taken as
 * written; a UTC time ("Z", "+00:00", as OpenAgenda may send) is moved to
 * French time (CET, or CEST from the last Sunday of March to the last Sunday
 * of October, 01:00 UTC).
 */
export function wallClock(iso: string): WallClock | null {
  const m = ISO.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d, h, min] = [1, 2, 3, 4, 5].map(i => Number(m[i]));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || min > 59) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null;
  const offset = m[7] ?? '';
  const isUtc = offset === 'Z' || /^[+-]00:?00$/.test(offset);
  if (!isUtc) return {y, m: mo, d, h, min};
  return parisWallClock(Date.UTC(y, mo - 1, d, h, min));
}

function slotOf(begin: string, end: string): Slot | null {
  const b = wallClock(begin);
  const e = wallClock(end);
  if (!b || !e) return null;
  return {
    date: new Date(b.y, b.m - 1, b.d),
    start: hhmm(b.h, b.min),
    end: hhmm(e.h, e.min),
  };
}

/** A {begin, end} pair (OpenAgenda timings). */
export function slotFromPair(begin: unknown, end: unknown): Slot | null {
  if (typeof begin !== 'string' || typeof end !== 'string') return null;
  return slotOf(begin, end);
}

const ISO_IN_TEXT =
  '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?';
const SLOT = new RegExp(`^(${ISO_IN_TEXT})\\s*-\\s*(${ISO_IN_TEXT})$`);

/**
 * The slots of a Fête de la science `horaires_iso` value: one or more
 * "BEGIN-END" separated by line breaks. Null when any slot is unreadable.
 */
export function parseSlots(text: string): Slot[] | null {
  const parts = text
    .split(/\r?\n|\r/)
    .map(s => s.trim())
    .filter(s => s !== '');
  if (parts.length === 0) return null;
  const slots: Slot[] = [];
  for (const part of parts) {
    const m = SLOT.exec(part);
    const slot = m ? slotOf(m[1], m[2]) : null;
    if (!slot) return null;
    slots.push(slot);
  }
  return slots;
}

/** The tracker's public for a source's wording, or '' when none fits. */
export function mapPublic(value: unknown): string {
  const texts = Array.isArray(value)
    ? value.map(String)
    : [String(value ?? '')];
  for (const text of texts) {
    const key = normalizeKey(text);
    if (!key) continue;
    if (key.includes('scolaire') || key.includes('school')) return 'scolaires';
    if (key.includes('profession')) return 'professionnels';
    if (/jeune|enfant|famil|child|young/.test(key)) return 'jeune public';
    if (/tout public|grand public|adulte|general|all/.test(key)) {
      return 'grand public';
    }
  }
  return '';
}

/** The tracker's kind of activity when the source's word is one of them, else the word. */
export function mapAnimationKind(value: unknown): string {
  const text = String(value ?? '').trim();
  const key = normalizeKey(text);
  const found = ANIMATION_KINDS.find(k => key.startsWith(normalizeKey(k)));
  return found ?? text;
}

/** Plain text of a source's text or HTML (null and lists accepted). */
export function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (typeof value === 'object') return '';
  return htmlToText(String(value));
}

/** Structure names of a "A, B ; C" field. */
export function splitNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(splitNames);
  return plain(value)
    .split(/[,;\n]/)
    .map(s => s.trim())
    .filter(s => s !== '');
}

/** A source's number (or numeric text), null when empty; throws when not a number. */
export function optionalNumber(value: unknown, field: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n =
    typeof value === 'number'
      ? value
      : /^-?\d+([.,]\d+)?$/.test(String(value).trim())
        ? Number(String(value).trim().replace(',', '.'))
        : NaN;
  if (!Number.isFinite(n)) {
    throw new RecordError(field, 'tracker.import.reason.notNumber', {
      value: String(value),
    });
  }
  if (n < 0) {
    throw new RecordError(field, 'tracker.import.reason.negative', {
      value: n,
    });
  }
  return n;
}

/** A record as read from a source, before its slots are split and its commune resolved. */
export interface SourceRecord {
  line: number;
  sourceKey: string;
  id: string;
  title: string;
  animationKind: string;
  slots: Slot[];
  venue: string;
  address: string;
  postalCode: string;
  communeName: string;
  insee: string;
  structure: string;
  partners: string[];
  speakers: string;
  public: string;
  minAge: number | null;
  capacity: number | null;
  registered: number | null;
  attended: number | null;
  questionnaireLink: string;
  registrationLink: string;
  description: string;
  status: string;
  notes: string;
  /** Each slot's source id gets "#n" (JSON sources: an event has timings). */
  slotSuffix: boolean;
  /** The file's names of the location fields, for messages. */
  communeField: string;
}

/** Resolves the commune and splits the record into one row per slot. */
export function toSessions(
  rec: SourceRecord,
  ctx: ImportContext,
): ImportedSession[] {
  const found = ctx.communes.resolve({
    insee: rec.insee,
    postalCode: rec.postalCode,
    name: rec.communeName,
  });
  if (!found.ok) {
    const shown = [rec.postalCode, rec.communeName || rec.insee]
      .filter(s => s)
      .join(' ');
    throw new RecordError(
      rec.communeField,
      found.reason === 'outside'
        ? 'tracker.import.reason.outside'
        : found.reason === 'ambiguous'
          ? 'tracker.import.reason.ambiguousCommune'
          : 'tracker.import.reason.unknownCommune',
      {value: shown || '—', departement: ctx.communes.departement},
    );
  }
  return rec.slots.map((slot, i) => ({
    sourceId: rec.slotSuffix ? `${rec.sourceKey}#${i + 1}` : rec.sourceKey,
    id: rec.id,
    title: rec.title,
    animationKind: rec.animationKind,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    venue: rec.venue,
    address: rec.address,
    commune: found.commune.nom,
    insee: found.commune.code,
    structure: rec.structure,
    partners: rec.partners,
    speakers: rec.speakers,
    public: rec.public,
    minAge: rec.minAge,
    capacity: rec.capacity,
    registered: rec.registered,
    attended: rec.attended,
    questionnaireLink: rec.questionnaireLink,
    registrationLink: rec.registrationLink,
    description: rec.description,
    status: rec.status,
    notes: rec.notes,
    line: rec.line,
  }));
}

/** Turns a thrown RecordError into a Rejection; rethrows anything else. */
export function rejectionOf(e: unknown, line: number): Rejection {
  if (e instanceof RecordError) {
    return {line, field: e.field, reason: e.reason, params: e.params};
  }
  throw e;
}
