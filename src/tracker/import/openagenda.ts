/**
 * An OpenAgenda v2 events export ({events: [...]}, as GET
 * /v2/agendas/{uid}/events returns it). Texts are objects keyed by language
 * ({fr: "…"}); each of `timings` becomes one Programme row.
 */
import {t} from '../../i18n';
import {
  mapAnimationKind,
  mapPublic,
  optionalNumber,
  plain,
  rejectionOf,
  slotFromPair,
  Slot,
  splitNames,
  toSessions,
} from './common';
import {
  ImportContext,
  ImportResult,
  ImportedSession,
  RecordError,
  Rejection,
} from './types';
import {appendAll} from '../../shared/arrays';

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : {};
}

/** A multilingual text: French first, else English, else the first language. */
export function localized(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number')
    return plain(value);
  const o = obj(value);
  const text = o.fr ?? o.en ?? Object.values(o)[0];
  return plain(text);
}

/** OpenAgenda status 6 = cancelled (1 scheduled, 2 rescheduled, 3 online, 4 postponed, 5 full). */
function statusOf(value: unknown): string {
  return Number(value) === 6 ? 'annulé' : '';
}

function registrationOf(value: unknown): string {
  if (!Array.isArray(value)) return plain(value);
  const entries = value.map(obj);
  const link = entries.find(e => e.type === 'link') ?? entries[0];
  return link ? plain(link.value) : '';
}

export function parseOpenAgenda(
  events: readonly unknown[],
  ctx: ImportContext,
): ImportResult {
  const rows: ImportedSession[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  let accepted = 0;
  events.forEach((raw, i) => {
    const line = i + 1;
    try {
      const ev = obj(raw);
      const uid = plain(ev.uid);
      if (!uid) throw new RecordError('uid', 'tracker.import.reason.missing');
      const first = seen.get(uid);
      if (first !== undefined) {
        throw new RecordError('uid', 'tracker.import.reason.duplicate', {
          value: uid,
          first,
        });
      }
      seen.set(uid, line);
      const title = localized(ev.title);
      if (!title)
        throw new RecordError('title', 'tracker.import.reason.missing');
      const timings = Array.isArray(ev.timings) ? ev.timings : [];
      if (timings.length === 0) {
        throw new RecordError('timings', 'tracker.import.reason.missing');
      }
      const slots: Slot[] = [];
      timings.forEach((timing, k) => {
        const tm = obj(timing);
        const slot = slotFromPair(tm.begin, tm.end);
        if (!slot) {
          throw new RecordError(
            `timings[${k}]`,
            'tracker.import.reason.badSlot',
            {value: `${plain(tm.begin)} – ${plain(tm.end)}`},
          );
        }
        slots.push(slot);
      });
      const loc = obj(ev.location);
      const age = obj(ev.age);
      const structure = plain(
        ev.organisateur ?? ev.organizer ?? obj(ev.originAgenda).title,
      );
      const longText = localized(ev.longDescription);
      appendAll(
        rows,
        toSessions(
          {
            line,
            sourceKey: `oa:${uid}`,
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
            structure,
            partners: splitNames(ev.partenaires ?? ev.partners).filter(
              p => p !== structure,
            ),
            speakers: '',
            public: mapPublic(ev.publics ?? ''),
            minAge: optionalNumber(age.min, 'age.min'),
            capacity: null,
            registered: null,
            attended: null,
            questionnaireLink: '',
            registrationLink: registrationOf(ev.registration),
            description: localized(ev.description) || longText,
            status: statusOf(ev.status),
            notes: Number(ev.status) === 5 ? t('tracker.import.full') : '',
            slotSuffix: true,
            communeField: 'location.city',
          },
          ctx,
        ),
      );
      accepted++;
    } catch (e) {
      rejected.push(rejectionOf(e, line));
    }
  });
  return {format: 'openagenda', given: events.length, accepted, rows, rejected};
}
