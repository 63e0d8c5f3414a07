/**
 * OpenAgenda v2 events ({events: [...]} as GET /v2/agendas/{uid}/events
 * returns a page, a plain list of events, or several pages saved together).
 * Texts are maps keyed by language ({fr: "…"}); each of `timings` becomes one
 * Programme row. An export made with the API's default fields has no
 * `timings`, only `firstTiming` / `lastTiming`: an event whose first and last
 * slots are the same one gives that slot; otherwise the file cannot say when
 * the sessions are, and it is refused once, saying how to export it with
 * detailed timings (developers.openagenda.com: `detailed=1` or
 * `includeFields[]=timings`).
 */
import {AddonError} from '../../gas/errors';
import {t} from '../../i18n';
import {targetZone} from './clock';
import {
  mapAnimationKind,
  mapPublic,
  optionalNumber,
  plain,
  slotFromPair,
  Slot,
  splitNames,
} from './common';
import {readRecords} from './records';
import {ImportContext, ImportFormat, ImportResult, RecordError} from './types';

type Json = Record<string, unknown>;

export function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : {};
}

/** A multilingual text: French first, else English, else any language present. */
export function localized(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number')
    return plain(value);
  const o = obj(value);
  for (const lang of ['fr', 'en', ...Object.keys(o)]) {
    const text = plain(o[lang]);
    if (text) return text;
  }
  return '';
}

/**
 * A coded value as OpenAgenda writes it: 6, "6", {id: 6, label: …} (with
 * includeLabels) or that object as JSON text (the OpenDataSoft copy).
 */
export function codeOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^\d+$/.test(text)) return Number(text);
    if (text.startsWith('{')) {
      try {
        return codeOf(JSON.parse(text));
      } catch {
        return null;
      }
    }
    return null;
  }
  const id = obj(value).id;
  return typeof id === 'number' || typeof id === 'string' ? codeOf(id) : null;
}

/** OpenAgenda status 6 = cancelled (1 scheduled, 2 rescheduled, 3 online, 4 postponed, 5 full). */
const CANCELLED = 6;
const FULL = 5;
/** attendanceMode 2 = online only (1 in person, 3 mixed). */
const ONLINE = 2;

/** A status given as a label rather than a code ("Annulé", "Cancelled"). */
function statusCode(value: unknown): number | null {
  const code = codeOf(value);
  if (code !== null) return code;
  const label = localized(obj(value).label ?? value).toLowerCase();
  if (/annul|cancel/.test(label)) return CANCELLED;
  if (/complet|full/.test(label)) return FULL;
  return null;
}

function registrationOf(value: unknown): string {
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      return registrationOf(JSON.parse(value));
    } catch {
      return plain(value);
    }
  }
  if (!Array.isArray(value)) return plain(value);
  const entries = value.map(obj);
  const link = entries.find(e => e.type === 'link') ?? entries[0];
  return link ? plain(link.value) : '';
}

/** The names the file gives its fields, for the rejections' messages. */
export interface FieldNames {
  uid: string;
  title: string;
  timings: string;
  firstTiming: string;
  ageMin: string;
  place: string;
}

const OA_NAMES: FieldNames = {
  uid: 'uid',
  title: 'title',
  timings: 'timings',
  firstTiming: 'firstTiming',
  ageMin: 'age.min',
  place: 'location.city',
};

/** A {begin, end} timing's text for a message. */
function timingText(timing: unknown): string {
  const tm = obj(timing);
  return `${plain(tm.begin)} – ${plain(tm.end)}`;
}

function sameTiming(a: unknown, b: unknown): boolean {
  const x = obj(a);
  const y = obj(b);
  return (
    typeof x.begin === 'string' &&
    x.begin === y.begin &&
    typeof x.end === 'string' &&
    x.end === y.end
  );
}

/** An event without `timings` whose first and last slots differ: its sessions are unknown. */
function lacksDetail(ev: Json): boolean {
  return (
    !Array.isArray(ev.timings) &&
    (ev.firstTiming !== undefined || ev.lastTiming !== undefined) &&
    !sameTiming(ev.firstTiming, ev.lastTiming)
  );
}

function slotsOf(ev: Json, names: FieldNames, zone: string): Slot[] {
  if (!Array.isArray(ev.timings)) {
    if (ev.firstTiming === undefined && ev.lastTiming === undefined) {
      throw new RecordError(names.timings, 'tracker.import.reason.missing');
    }
    if (!sameTiming(ev.firstTiming, ev.lastTiming)) {
      throw new RecordError(
        names.timings,
        'tracker.import.reason.noDetailedTimings',
      );
    }
    const first = obj(ev.firstTiming);
    const slot = slotFromPair(first.begin, first.end, zone);
    if (!slot) {
      throw new RecordError(
        names.firstTiming,
        'tracker.import.reason.badSlot',
        {value: timingText(first)},
      );
    }
    return [slot];
  }
  if (ev.timings.length === 0) {
    throw new RecordError(names.timings, 'tracker.import.reason.missing');
  }
  return ev.timings.map((timing, k) => {
    const tm = obj(timing);
    const slot = slotFromPair(tm.begin, tm.end, zone);
    if (!slot) {
      throw new RecordError(
        `${names.timings}[${k}]`,
        'tracker.import.reason.badSlot',
        {value: timingText(tm)},
      );
    }
    return slot;
  });
}

/**
 * Reads OpenAgenda-shaped events (the API's, or the OpenDataSoft copy once
 * unflattened): one reader for both, so that both give the same rows and the
 * same source ids ("oa:<uid>#n").
 */
export function readOpenAgendaEvents(
  events: readonly unknown[],
  ctx: ImportContext,
  format: ImportFormat,
  names: FieldNames,
  lineOf: (index: number) => number = i => i + 1,
): ImportResult {
  const list = events.map(obj);
  const needing = list.filter(lacksDetail).length;
  if (needing > 0 && !list.some(ev => Array.isArray(ev.timings))) {
    // The export was made without detailed timings: one message for the file.
    throw new AddonError('tracker.import.error.noTimings', {
      count: needing,
      field: names.timings,
    });
  }
  const zone = targetZone(ctx.timeZone);
  const read = readRecords(
    list,
    {
      line: (_ev, i) => lineOf(i),
      identity: ev => {
        const uid = plain(ev.uid);
        const slug = plain(ev.slug);
        if (!uid && !slug) {
          throw new RecordError(names.uid, 'tracker.import.reason.missing');
        }
        return uid
          ? {field: names.uid, key: uid, shown: uid}
          : {field: 'slug', key: `slug:${slug}`, shown: slug};
      },
      read: (ev, line, identity) => {
        const title = localized(ev.title);
        if (!title)
          throw new RecordError(names.title, 'tracker.import.reason.missing');
        const slots = slotsOf(ev, names, zone);
        const loc = obj(ev.location);
        const age = obj(ev.age);
        const structure = plain(
          ev.organisateur ?? ev.organizer ?? obj(ev.originAgenda).title,
        );
        const status = statusCode(ev.status);
        return {
          line,
          sourceKey: `oa:${identity.key}`,
          id: '',
          title,
          animationKind: mapAnimationKind(
            localized(ev.type ?? ev['type-d-animation']),
          ),
          slots,
          venue: plain(loc.name),
          address: plain(loc.address),
          postalCode: plain(loc.postalCode),
          communeName: plain(loc.city),
          insee: plain(loc.insee),
          departement: plain(loc.department ?? loc.adminLevel2),
          online: codeOf(ev.attendanceMode) === ONLINE,
          structure,
          partners: splitNames(ev.partenaires ?? ev.partners).filter(
            p => p !== structure,
          ),
          speakers: '',
          public: mapPublic(ev.publics ?? ''),
          minAge: optionalNumber(age.min, names.ageMin),
          capacity: null,
          registered: null,
          attended: null,
          questionnaireLink: '',
          registrationLink: registrationOf(ev.registration),
          description:
            localized(ev.description) || localized(ev.longDescription),
          status: status === CANCELLED ? 'annulé' : '',
          notes: status === FULL ? t('tracker.import.full') : '',
          slotSuffix: true,
          communeField: names.place,
        };
      },
    },
    ctx,
  );
  return {format, given: events.length, ...read, numbering: 'record'};
}

/** True when a list holds OpenAgenda events (rather than some other JSON). */
export function looksLikeOpenAgenda(list: readonly unknown[]): boolean {
  return list.some(e => {
    const ev = obj(e);
    return (
      'timings' in ev ||
      'firstTiming' in ev ||
      'lastTiming' in ev ||
      ('uid' in ev && ('title' in ev || 'location' in ev))
    );
  });
}

export function parseOpenAgenda(
  events: readonly unknown[],
  ctx: ImportContext,
): ImportResult {
  return readOpenAgendaEvents(events, ctx, 'openagenda', OA_NAMES);
}
