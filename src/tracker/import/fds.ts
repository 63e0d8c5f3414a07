/**
 * The Fête de la science open-data export (Opendatasoft): a list of records,
 * flat or wrapped as {datasetid, recordid, fields: {...}}. Each `horaires_iso`
 * slot becomes one Programme row.
 */
import {t} from '../../i18n';
import {targetZone} from './clock';
import {
  mapAnimationKind,
  mapPublic,
  optionalNumber,
  parseSlots,
  plain,
  splitNames,
} from './common';
import {readRecords} from './records';
import {ImportContext, ImportResult, RecordError} from './types';

type Json = Record<string, unknown>;

/** The record's fields, whatever its shape. */
export function fdsFields(record: unknown): Json {
  if (record && typeof record === 'object' && !Array.isArray(record)) {
    const r = record as Json;
    const inner = r.fields;
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return inner as Json;
    }
    return r;
  }
  return {};
}

/** True when the records look like the FDS export. */
export function looksLikeFds(records: readonly unknown[]): boolean {
  return records.some(r => {
    const f = fdsFields(r);
    return 'identifiant' in f || 'titre_fr' in f || 'horaires_iso' in f;
  });
}

export function parseFdsRecords(
  records: readonly unknown[],
  ctx: ImportContext,
): ImportResult {
  const zone = targetZone(ctx.timeZone);
  const read = readRecords(
    records,
    {
      line: (_record, i) => i + 1,
      identity: record => {
        const id = plain(fdsFields(record).identifiant);
        if (!id) {
          throw new RecordError('identifiant', 'tracker.import.reason.missing');
        }
        return {field: 'identifiant', key: id, shown: id};
      },
      read: (record, line, identity) => {
        const f = fdsFields(record);
        const title = plain(f.titre_fr);
        if (!title)
          throw new RecordError('titre_fr', 'tracker.import.reason.missing');
        const horaires =
          typeof f.horaires_iso === 'string' ? f.horaires_iso : '';
        const slots = parseSlots(horaires, zone);
        if (!slots) {
          throw new RecordError(
            'horaires_iso',
            horaires
              ? 'tracker.import.reason.badSlot'
              : 'tracker.import.reason.missing',
            {value: horaires.slice(0, 80)},
          );
        }
        const registration = plain(f.inscription_necessaire).toLowerCase();
        const structure = plain(f.organisateur);
        return {
          line,
          sourceKey: `fds:${identity.key}`,
          id: '',
          title,
          animationKind: mapAnimationKind(f.type_d_animation),
          slots,
          venue: plain(f.nom_du_lieu),
          address: plain(f.adresse),
          postalCode: plain(f.code_postal),
          communeName: plain(f.ville),
          insee: plain(f.code_insee ?? f.insee),
          departement: plain(f.departement),
          structure,
          partners: splitNames(f.partenaire).filter(p => p !== structure),
          speakers: plain(f.animateurs),
          public: mapPublic(f.publics_concernes),
          minAge: optionalNumber(f.age_minimum, 'age_minimum'),
          capacity: null,
          registered: null,
          attended: null,
          questionnaireLink: '',
          registrationLink: plain(f.lien_d_inscription),
          description: plain(
            f.description_fr ??
              f.description_longue_html_fr ??
              f.description_longue_fr,
          ),
          status: /annul/i.test(plain(f.statut)) ? 'annulé' : '',
          notes: registration.startsWith('oui')
            ? t('tracker.import.registrationRequired')
            : '',
          slotSuffix: true,
          communeField: 'ville',
        };
      },
    },
    ctx,
  );
  return {
    format: 'fds',
    given: records.length,
    ...read,
    numbering: 'record',
  };
}
