/**
 * iCalendar files (.ics, RFC 5545) as agenda tools export them (OpenAgenda,
 * Google Calendar, Framagenda, a town's website). Each VEVENT is one record:
 * its DTSTART/DTEND (in a TZID, in UTC or as whole days), its RRULE, RDATE
 * and EXDATE expanded into sessions; a VEVENT with a RECURRENCE-ID replaces
 * that occurrence of its series. The UID is the source id ("ics:<UID>", and
 * "#<occurrence>" for the sessions of a series), so a re-import updates
 * instead of duplicating; STATUS:CANCELLED gives the "annulé" status; the
 * LOCATION text gives the venue, the postal code and the town.
 */
import {normalizeKey} from '../../gas/table';
import {hhmm} from '../cells';
import {communeKey} from '../communes';
import {ANIMATION_KINDS} from '../schema';
import {
  DAY_MS,
  fromOffset,
  fromZone,
  knowsZone,
  targetZone,
  toZone,
  wallMs,
  wallOf,
  WallClock,
} from './clock';
import {dayOf, mapAnimationKind, mapPublic, plain, Slot} from './common';
import {
  IcsComponent,
  IcsProperty,
  IcsTime,
  parseDuration,
  parseIcsTime,
  prop,
  props,
  readIcs,
  textList,
  unescapeText,
} from './icalendar';
import {readRecords} from './records';
import {dayNumber, expandRule, MAX_OCCURRENCES, parseRule} from './recurrence';
import {ImportContext, ImportResult, RecordError} from './types';
import {AddonError} from '../../gas/errors';

/** Where a wall clock is read: a named zone, a fixed offset, or as written. */
type Zone =
  | {kind: 'floating'}
  | {kind: 'named'; name: string}
  | {kind: 'fixed'; minutes: number};

const FLOATING: Zone = {kind: 'floating'};
const UTC: Zone = {kind: 'fixed', minutes: 0};

/** Windows names of zones (Outlook, Exchange) that follow a rule the add-on knows. */
const WINDOWS_ZONES: Record<string, string> = {
  'romance standard time': 'Europe/Paris',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Paris',
  'central european standard time': 'Europe/Paris',
  'gmt standard time': 'Europe/London',
  utc: 'UTC',
};

interface Calendar {
  /** VTIMEZONE components by TZID. */
  zones: Map<string, IcsComponent>;
  /** Zone of the times written without one (X-WR-TIMEZONE, else as written). */
  floating: Zone;
}

interface IcsEvent {
  vevent: IcsComponent;
  calendar: Calendar;
}

/** "+0100" → 60 minutes east of UTC. */
function offsetMinutes(value: string | undefined): number | null {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec((value ?? '').trim());
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The last STANDARD or DAYLIGHT part of a VTIMEZONE (the rule in force now). */
function lastPart(vt: IcsComponent, name: string): IcsComponent | undefined {
  const parts = vt.children.filter(c => c.name === name);
  return parts[parts.length - 1];
}

/** True when a VTIMEZONE part switches on the last Sunday of that month. */
function lastSundayOf(part: IcsComponent, month: number): boolean {
  const rule = (prop(part, 'RRULE')?.value ?? '').toUpperCase();
  return rule.includes(`BYMONTH=${month}`) && rule.includes('BYDAY=-1SU');
}

/**
 * A VTIMEZONE read for what it is: the EU rule with offsets +1/+2 (Central
 * European time) or 0/+1 (Western European), or a fixed offset. Its own
 * switching dates are never computed here: a zone that follows another rule
 * is not known.
 */
function zoneFromDefinition(vt: IcsComponent): Zone | null {
  const standard = lastPart(vt, 'STANDARD');
  const daylight = lastPart(vt, 'DAYLIGHT');
  const std = standard
    ? offsetMinutes(prop(standard, 'TZOFFSETTO')?.value)
    : null;
  if (std === null) return null;
  if (!daylight) return {kind: 'fixed', minutes: std};
  const dl = offsetMinutes(prop(daylight, 'TZOFFSETTO')?.value);
  if (!standard || !lastSundayOf(daylight, 3) || !lastSundayOf(standard, 10)) {
    return null;
  }
  if (std === 60 && dl === 120) return {kind: 'named', name: 'Europe/Paris'};
  if (std === 0 && dl === 60) return {kind: 'named', name: 'Europe/London'};
  return null;
}

/** The zone a TZID names, or null when neither its name nor its VTIMEZONE is known. */
function resolveZone(tzid: string, calendar: Calendar): Zone | null {
  const id = tzid.trim();
  if (knowsZone(id)) return {kind: 'named', name: id};
  // "/freeassociation.sourceforge.net/Europe/Paris" and the like.
  const tail = /([A-Za-z]+\/[A-Za-z_]+)$/.exec(id);
  if (tail && knowsZone(tail[1])) return {kind: 'named', name: tail[1]};
  const windows = WINDOWS_ZONES[id.toLowerCase()];
  if (windows) return {kind: 'named', name: windows};
  const vt = calendar.zones.get(id);
  return vt ? zoneFromDefinition(vt) : null;
}

function instantOf(w: WallClock, zone: Zone): number | null {
  if (zone.kind === 'floating') return null;
  if (zone.kind === 'fixed') return fromOffset(w, zone.minutes);
  return fromZone(w, zone.name);
}

/** A wall clock of `zone` as the tracker's zone shows it (a floating one as written). */
function inTarget(w: WallClock, zone: Zone, target: string): WallClock {
  const ms = instantOf(w, zone);
  return ms === null ? w : toZone(ms, target);
}

/** The same moment's wall clock in another zone (for RDATE and EXDATE in other zones). */
function reZone(w: WallClock, from: Zone, to: Zone): WallClock {
  const ms = instantOf(w, from);
  if (ms === null || to.kind === 'floating') return w;
  if (to.kind === 'fixed') return wallOf(ms + to.minutes * 60000);
  return toZone(ms, to.name);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateKey(w: {y: number; m: number; d: number}): string {
  return `${pad(w.y, 4)}${pad(w.m)}${pad(w.d)}`;
}

/**
 * An occurrence's name in source ids: its day for whole days, its UTC moment
 * for zoned times (the same whichever zone the file writes it in), its wall
 * clock for floating ones.
 */
function occurrenceKey(w: WallClock, dateOnly: boolean, zone: Zone): string {
  if (dateOnly) return dateKey(w);
  const ms = instantOf(w, zone);
  const u = ms === null ? w : wallOf(ms);
  return `${dateKey(u)}T${pad(u.h)}${pad(u.min)}${ms === null ? '' : 'Z'}`;
}

interface ZonedTime extends IcsTime {
  zone: Zone;
}

/** The DATE or DATE-TIME values of a property (several for EXDATE and RDATE). */
function timesOf(p: IcsProperty, calendar: Calendar): ZonedTime[] {
  const valueType = (p.params.VALUE ?? '').toUpperCase();
  if (valueType === 'PERIOD') {
    // RDATE;VALUE=PERIOD: the start of each period.
    return timesOf(
      {
        ...p,
        value: p.value.replace(/\/[^,]*/g, ''),
        params: {...p.params, VALUE: ''},
      },
      calendar,
    );
  }
  return p.value.split(',').map(raw => {
    const time = parseIcsTime(raw);
    if (!time || (valueType === 'DATE' && !time.dateOnly)) {
      throw new RecordError(p.name, 'tracker.import.reason.badDateTime', {
        value: raw.trim().slice(0, 40),
      });
    }
    let zone: Zone;
    if (time.utc) zone = UTC;
    else if (time.dateOnly) zone = FLOATING;
    else if (p.params.TZID !== undefined) {
      const found = resolveZone(p.params.TZID, calendar);
      if (!found) {
        throw new RecordError(p.name, 'tracker.import.reason.unknownZone', {
          value: p.params.TZID.slice(0, 60),
        });
      }
      zone = found;
    } else zone = calendar.floating;
    return {...time, zone};
  });
}

function oneTime(p: IcsProperty, calendar: Calendar): ZonedTime {
  const times = timesOf(p, calendar);
  if (times.length !== 1) {
    throw new RecordError(p.name, 'tracker.import.reason.badDateTime', {
      value: p.value.slice(0, 40),
    });
  }
  return times[0];
}

/** The key of a RECURRENCE-ID, when the VEVENT replaces one occurrence. */
function recurrenceKey(ev: IcsEvent): string | null {
  const p = prop(ev.vevent, 'RECURRENCE-ID');
  if (!p) return null;
  const t = oneTime(p, ev.calendar);
  return occurrenceKey(t.wall, t.dateOnly, t.zone);
}

/** The VEVENT's UID; without one (older files), its title and start stand for it. */
function uidOf(vevent: IcsComponent): string {
  const uid = unescapeText(prop(vevent, 'UID')?.value ?? '').trim();
  if (uid) return uid;
  const title = unescapeText(prop(vevent, 'SUMMARY')?.value ?? '');
  return `~${communeKey(title)}|${prop(vevent, 'DTSTART')?.value.trim() ?? ''}`;
}

/** What the LOCATION text says of the place. */
export interface Place {
  venue: string;
  address: string;
  postalCode: string;
  communeName: string;
  online: boolean;
}

const POSTAL_THEN_TOWN = /(?:^|\s)(\d{5})\s+(\D+?)\s*$/;
const TOWN_THEN_POSTAL = /^(\D+?)\s*\(?(\d{5})\)?$/;

/**
 * The place of a LOCATION text ("Salle X, 12 rue Y, 38000 Grenoble, France"):
 * the part with a postal code gives it and the town; without one, a part
 * that names a single commune of the département (`isTown`) is the town.
 */
export function parsePlace(
  text: string,
  isTown: (name: string) => boolean,
): Place {
  const flat = text.replace(/\s*\n\s*/g, ', ').trim();
  if (/^(https?:\/\/|www\.)\S+$/i.test(flat)) {
    return {
      venue: '',
      address: '',
      postalCode: '',
      communeName: '',
      online: true,
    };
  }
  const parts = flat
    .split(/\s*[,;]\s*/)
    .map(s => s.trim())
    .filter(s => s !== '');
  while (
    parts.length > 0 &&
    normalizeKey(parts[parts.length - 1]) === 'france'
  ) {
    parts.pop();
  }
  let postalCode = '';
  let communeName = '';
  let at = -1;
  for (let i = parts.length - 1; i >= 0 && at < 0; i--) {
    const a = POSTAL_THEN_TOWN.exec(parts[i]);
    const b = a ? null : TOWN_THEN_POSTAL.exec(parts[i]);
    if (a) [postalCode, communeName] = [a[1], a[2]];
    else if (b) [communeName, postalCode] = [b[1], b[2]];
    if (a || b) at = i;
  }
  if (at < 0) {
    for (let i = parts.length - 1; i >= 0 && at < 0; i--) {
      // "Meylan (38)": the département in brackets is not part of the name.
      const name = parts[i].replace(/\s*\(\d{2,3}\)$/, '');
      if (isTown(name)) [communeName, at] = [name, i];
    }
  }
  if (at < 0 && parts.length > 0) {
    communeName = parts[parts.length - 1];
    at = parts.length - 1;
  }
  const venue =
    parts.length > 1 && at !== 0 && !/^\d/.test(parts[0]) ? parts[0] : '';
  const address = parts.filter((_p, i) => !(venue && i === 0)).join(', ');
  return {
    venue,
    address,
    postalCode,
    communeName: communeName.trim(),
    online: false,
  };
}

/** The calendars of the file, and each VEVENT with the calendar it belongs to. */
function eventsOf(calendars: IcsComponent[]): IcsEvent[] {
  const zones = new Map<string, IcsComponent>();
  for (const cal of calendars) {
    for (const vt of cal.children.filter(c => c.name === 'VTIMEZONE')) {
      const id = prop(vt, 'TZID')?.value.trim();
      if (id) zones.set(id, vt);
    }
  }
  return calendars.flatMap(cal => {
    const wr = prop(cal, 'X-WR-TIMEZONE')?.value.trim() ?? '';
    const calendar: Calendar = {zones, floating: FLOATING};
    const floating = wr ? resolveZone(wr, calendar) : null;
    if (floating) calendar.floating = floating;
    return cal.children
      .filter(c => c.name === 'VEVENT')
      .map(vevent => ({vevent, calendar}));
  });
}

/** The occurrences' wall clocks (in DTSTART's zone) of a VEVENT. */
function occurrences(
  ev: IcsEvent,
  start: ZonedTime,
): {walls: WallClock[]; recurring: boolean} {
  const rrule = prop(ev.vevent, 'RRULE');
  const rdates = props(ev.vevent, 'RDATE').flatMap(p =>
    timesOf(p, ev.calendar),
  );
  let walls: WallClock[] = [start.wall];
  if (rrule) {
    const parsed = parseRule(rrule.value);
    if (!parsed.ok) {
      throw new RecordError('RRULE', 'tracker.import.reason.badRule', {
        value: parsed.part.slice(0, 60),
      });
    }
    const beyond = untilTest(parsed.rule.until, start);
    const expanded = expandRule(parsed.rule, start.wall, beyond);
    if (!expanded.ok) {
      throw new RecordError(
        'RRULE',
        expanded.reason === 'endless'
          ? 'tracker.import.reason.endless'
          : 'tracker.import.reason.tooMany',
        {max: MAX_OCCURRENCES},
      );
    }
    walls = expanded.walls;
  }
  for (const rd of rdates) {
    walls.push(
      start.dateOnly || rd.dateOnly
        ? {...rd.wall, h: start.wall.h, min: start.wall.min}
        : reZone(rd.wall, rd.zone, start.zone),
    );
  }
  const byKey = new Map<string, WallClock>();
  for (const w of walls.sort((a, b) => wallMs(a) - wallMs(b))) {
    byKey.set(occurrenceKey(w, start.dateOnly, start.zone), w);
  }
  return {walls: [...byKey.values()], recurring: !!rrule || rdates.length > 0};
}

/** The test "this occurrence is after UNTIL", UNTIL read as DTSTART is (3.3.10). */
function untilTest(
  until: string | null,
  start: ZonedTime,
): (w: WallClock) => boolean {
  if (until === null) return () => false;
  const u = parseIcsTime(until);
  if (!u) {
    throw new RecordError('RRULE', 'tracker.import.reason.badRule', {
      value: `UNTIL=${until}`.slice(0, 60),
    });
  }
  if (start.dateOnly || u.dateOnly) {
    return w => dayNumber(w) > dayNumber(u.wall);
  }
  const limit = u.utc ? fromOffset(u.wall, 0) : null;
  if (limit !== null && start.zone.kind !== 'floating') {
    return w => (instantOf(w, start.zone) ?? 0) > limit;
  }
  return w => wallMs(w) > wallMs(u.wall);
}

/** The Programme slots of a VEVENT, after its exclusions and the occurrences replaced elsewhere. */
function slotsOf(
  ev: IcsEvent,
  target: string,
  replaced: ReadonlySet<string>,
  shared: boolean,
): Slot[] {
  const dtstart = prop(ev.vevent, 'DTSTART');
  if (!dtstart)
    throw new RecordError('DTSTART', 'tracker.import.reason.missing');
  const start = oneTime(dtstart, ev.calendar);
  const dtend = prop(ev.vevent, 'DTEND');
  const durationProp = prop(ev.vevent, 'DURATION');
  const end = dtend ? oneTime(dtend, ev.calendar) : null;
  if (end && end.dateOnly !== start.dateOnly) {
    throw new RecordError('DTEND', 'tracker.import.reason.badDateTime', {
      value: dtend!.value.slice(0, 40),
    });
  }
  const duration =
    !end && durationProp ? parseDuration(durationProp.value) : null;
  if (!end && durationProp && !duration) {
    throw new RecordError('DURATION', 'tracker.import.reason.badDuration', {
      value: durationProp.value.slice(0, 40),
    });
  }
  // Whole days: how many; timed: how long (each occurrence lasts as long).
  let days = 1;
  let length: number | null = null;
  if (start.dateOnly) {
    if (end) days = dayNumber(end.wall) - dayNumber(start.wall);
    else if (duration) days = duration.days + (duration.ms > 0 ? 1 : 0);
  } else if (end) {
    const a = instantOf(start.wall, start.zone);
    const b = instantOf(end.wall, end.zone);
    length =
      a !== null && b !== null ? b - a : wallMs(end.wall) - wallMs(start.wall);
  } else if (duration) {
    length = duration.days * DAY_MS + duration.ms;
  }
  if (days < 0 || (length !== null && length < 0)) {
    throw new RecordError(
      dtend ? 'DTEND' : 'DURATION',
      'tracker.import.reason.endBeforeStart',
      {value: (dtend ?? durationProp)!.value.slice(0, 40)},
    );
  }
  // A whole-day event whose DTEND repeats DTSTART still takes that day.
  days = Math.max(days, 1);
  const {walls, recurring} = occurrences(ev, start);
  const excluded = new Set<string>();
  const excludedDays = new Set<number>();
  for (const ex of props(ev.vevent, 'EXDATE').flatMap(p =>
    timesOf(p, ev.calendar),
  )) {
    if (ex.dateOnly && !start.dateOnly) excludedDays.add(dayNumber(ex.wall));
    else excluded.add(occurrenceKey(ex.wall, ex.dateOnly, ex.zone));
  }
  const kept = walls.filter(
    w =>
      !excluded.has(occurrenceKey(w, start.dateOnly, start.zone)) &&
      !excludedDays.has(dayNumber(w)),
  );
  if (kept.length === 0) {
    throw new RecordError('EXDATE', 'tracker.import.reason.allExcluded');
  }
  const ownKey = recurrenceKey(ev);
  const slots: Slot[] = [];
  for (const w of kept) {
    const key = ownKey ?? occurrenceKey(w, start.dateOnly, start.zone);
    if (!ownKey && replaced.has(key)) continue;
    // A UID that several VEVENTs share names each session by its start.
    const named = recurring || ownKey !== null || shared;
    if (start.dateOnly) {
      for (let d = 0; d < days; d++) {
        const day = wallOf((dayNumber(w) + d) * DAY_MS);
        slots.push({
          date: dayOf(day),
          start: '',
          end: '',
          key: named
            ? d === 0
              ? key
              : `${key}+${d}`
            : days > 1
              ? dateKey(day)
              : undefined,
        });
        if (slots.length > MAX_OCCURRENCES) {
          throw new RecordError('DTEND', 'tracker.import.reason.tooMany', {
            max: MAX_OCCURRENCES,
          });
        }
      }
      continue;
    }
    const b = inTarget(w, start.zone, target);
    const e =
      end && !named
        ? inTarget(end.wall, end.zone, target)
        : length === null
          ? null
          : inTarget(wallOf(wallMs(w) + length), start.zone, target);
    slots.push({
      date: dayOf(b),
      start: hhmm(b.h, b.min),
      end: e ? hhmm(e.h, e.min) : '',
      key: named ? key : undefined,
    });
  }
  return slots;
}

export function parseIcs(text: string, ctx: ImportContext): ImportResult {
  const events = eventsOf(readIcs(text));
  if (events.length === 0)
    throw new AddonError('tracker.import.error.icsEmpty');
  const target = targetZone(ctx.timeZone);
  // The occurrences that another VEVENT (same UID, RECURRENCE-ID) replaces.
  const replaced = new Map<string, Set<string>>();
  for (const ev of events) {
    try {
      const key = recurrenceKey(ev);
      if (key === null) continue;
      const uid = uidOf(ev.vevent);
      const set = replaced.get(uid) ?? new Set<string>();
      set.add(key);
      replaced.set(uid, set);
    } catch {
      // An unreadable RECURRENCE-ID is that VEVENT's own refusal, below.
    }
  }
  // UIDs that several VEVENTs without RECURRENCE-ID carry (against the RFC,
  // as some exporters do, one VEVENT per slot): each then stands by its start.
  const masters = new Map<string, number>();
  for (const ev of events) {
    if (prop(ev.vevent, 'RECURRENCE-ID') || !prop(ev.vevent, 'UID')) continue;
    const uid = uidOf(ev.vevent);
    masters.set(uid, (masters.get(uid) ?? 0) + 1);
  }
  const shared = (ev: IcsEvent) =>
    !prop(ev.vevent, 'RECURRENCE-ID') &&
    !!prop(ev.vevent, 'UID') &&
    (masters.get(uidOf(ev.vevent)) ?? 0) > 1;
  const isTown = (name: string) => ctx.communes.resolve({name}).ok;
  const read = readRecords(
    events,
    {
      line: ev => ev.vevent.line,
      identity: ev => {
        const uid = uidOf(ev.vevent);
        if (shared(ev)) {
          const dtstart = prop(ev.vevent, 'DTSTART');
          if (!dtstart) {
            throw new RecordError('DTSTART', 'tracker.import.reason.missing');
          }
          const t = oneTime(dtstart, ev.calendar);
          return {
            field: 'UID',
            key: `${uid}@${occurrenceKey(t.wall, t.dateOnly, t.zone)}`,
            shown: `${uid} (DTSTART ${dtstart.value.trim()})`,
          };
        }
        const rec = recurrenceKey(ev);
        return {
          field: 'UID',
          key: rec === null ? uid : `${uid}#${rec}`,
          shown: rec === null ? uid : `${uid} (RECURRENCE-ID ${rec})`,
        };
      },
      read: (ev, line) => {
        const vevent = ev.vevent;
        if (vevent.faults.length > 0) {
          throw new RecordError('VEVENT', 'tracker.import.reason.icsLine', {
            value: vevent.faults[0],
          });
        }
        const title = plain(unescapeText(prop(vevent, 'SUMMARY')?.value ?? ''));
        if (!title)
          throw new RecordError('SUMMARY', 'tracker.import.reason.missing');
        const uid = uidOf(vevent);
        const slots = slotsOf(
          ev,
          target,
          replaced.get(uid) ?? new Set(),
          shared(ev),
        );
        const place = parsePlace(
          unescapeText(prop(vevent, 'LOCATION')?.value ?? ''),
          isTown,
        );
        const categories = props(vevent, 'CATEGORIES').flatMap(p =>
          textList(p.value),
        );
        const kind =
          categories
            .map(mapAnimationKind)
            .find(k => (ANIMATION_KINDS as readonly string[]).includes(k)) ??
          '';
        const status = (prop(vevent, 'STATUS')?.value ?? '')
          .trim()
          .toUpperCase();
        return {
          line,
          sourceKey: `ics:${uid}`,
          id: '',
          title,
          animationKind: kind,
          slots,
          venue: place.venue,
          address: place.address,
          postalCode: place.postalCode,
          communeName: place.communeName,
          insee: '',
          online: place.online,
          structure: '',
          partners: [],
          speakers: '',
          public: mapPublic(categories),
          minAge: null,
          capacity: null,
          registered: null,
          attended: null,
          questionnaireLink: '',
          registrationLink: '',
          description: plain(
            unescapeText(prop(vevent, 'DESCRIPTION')?.value ?? ''),
          ),
          status: status === 'CANCELLED' ? 'annulé' : '',
          notes: '',
          slotSuffix: false,
          communeField: 'LOCATION',
        };
      },
    },
    ctx,
  );
  return {format: 'ics', given: events.length, ...read, numbering: 'event'};
}
