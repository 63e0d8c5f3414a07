/**
 * `npm start -- --bookings FILE` (issue 19): booking requests played in
 * order on the Fête de la science tracker, through the booking form and its
 * cancellation path; without a file, a realistic opening wave (more requests
 * than places, refusals, cancellations, promotions). report.json's
 * `bookings` is read back from the "Réservations" tab and the e-mails sent
 * (docs/report-format.md).
 *
 * A cancellation names its booking by e-mail and session: the player finds
 * the booking's code in the tab and answers the form with it, as the teacher
 * does by following the link of the confirmation. A request naming a session
 * that the form does not offer (unknown, cancelled, not for schools, no
 * Jauge) cannot be chosen in the form: it reaches the add-on's submit
 * trigger with the answers the form would send, so that its refusal and its
 * reason show.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {detectDelimiter, parseCsvRecords} from '../../src/shared/csv';
import {FileError} from './precheck';
import type {FlowContext, EventState} from './flow';
import {parisTime} from './emulator';
import type {RunLike} from './steps';
import {listOf} from './ws';

export interface BookingRow {
  line: number;
  at: Date;
  action: 'réserver' | 'annuler';
  session: string;
  school: string;
  commune: string;
  level: string;
  pupils: string;
  email: string;
}

export interface BookingsFile {
  path: string;
  fileName: string;
  rows: BookingRow[];
}

export interface BookingsReport {
  requests: number;
  confirmed: number;
  waitlisted: number;
  refused: number;
  cancelled: number;
  promoted: number;
  mailsSent: number;
  sessions: {
    id: string;
    capacity: number;
    pupilsConfirmed: number;
    confirmed: number;
    waitlisted: number;
  }[];
}

const COLUMNS = [
  'Horodatage',
  'Action',
  'Séance',
  'Établissement',
  'Commune',
  'Niveau',
  'Élèves',
  'E-mail',
] as const;

function key(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** "03/10/2026 08:30" (Paris time), or null. */
export function parseStamp(text: string): Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/.exec(
    text.trim(),
  );
  if (!m) return null;
  const [, d, mo, y, h, mi] = m;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const at = parisTime(iso, `${h.padStart(2, '0')}:${mi}`);
  if (Number.isNaN(at.getTime())) return null;
  const back = new Date(`${iso}T12:00:00Z`);
  if (back.toISOString().slice(0, 10) !== iso) return null;
  return at;
}

/**
 * Reads a requests file with the add-on's one CSV reader; a bad line stops
 * the run with a French message naming it (nothing is played).
 */
export function checkBookingsFile(file: string): BookingsFile {
  const fileName = path.basename(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new FileError(fileName, 0, 'fichier introuvable ou illisible');
  }
  let records;
  try {
    records = parseCsvRecords(text, detectDelimiter(text));
  } catch (e) {
    const line = (e as {line?: number}).line ?? 0;
    throw new FileError(fileName, line, (e as Error).message);
  }
  if (records.length === 0) throw new FileError(fileName, 0, 'fichier vide');
  const header = records[0].cells.map(key);
  const at = COLUMNS.map(c => header.indexOf(key(c)));
  const missing = COLUMNS.filter((_, i) => at[i] < 0);
  if (missing.length > 0) {
    throw new FileError(
      fileName,
      records[0].line,
      `colonne(s) manquante(s) : ${missing.join(', ')} (attendues : ${COLUMNS.join(', ')})`,
    );
  }
  const rows: BookingRow[] = [];
  for (const r of records.slice(1)) {
    const cell = (i: number) => (r.cells[at[i]] ?? '').trim();
    if (r.cells.every(c => c.trim() === '')) continue;
    const stamp = parseStamp(cell(0));
    if (!stamp) {
      throw new FileError(
        fileName,
        r.line,
        `Horodatage « ${cell(0)} » illisible (attendu : jj/mm/aaaa hh:mm)`,
      );
    }
    const action = key(cell(1));
    if (action !== 'reserver' && action !== 'annuler') {
      throw new FileError(
        fileName,
        r.line,
        `Action « ${cell(1)} » inconnue (attendu : réserver ou annuler)`,
      );
    }
    rows.push({
      line: r.line,
      at: stamp,
      action: action === 'reserver' ? 'réserver' : 'annuler',
      session: cell(2),
      school: cell(3),
      commune: cell(4),
      level: cell(5),
      pupils: cell(6),
      email: cell(7),
    });
  }
  return {path: file, fileName, rows};
}

// ---------------------------------------------------------------- the emulator

interface SheetLike {
  getName(): string;
  getLastRow(): number;
  getLastColumn(): number;
  getRange(r: number, c: number, nr?: number, nc?: number): RangeLike;
}
interface RangeLike {
  getValues(): unknown[][];
  setValues(v: unknown[][]): RangeLike;
}
interface SsLike {
  getSheetByName(name: string): SheetLike | null;
}
interface FormLike {
  getId(): string;
  getItems(): {
    getTitle(): string;
    getType(): unknown;
    asListItem(): {getChoices(): {getValue(): string}[]};
  }[];
}

function table(ss: SsLike, name: string): Record<string, unknown>[] {
  const sheet = ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const values = sheet
    .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
    .getValues();
  const head = values[0].map(h => String(h));
  return values
    .slice(1)
    .filter(r => r.some(v => v !== '' && v !== null))
    .map(r => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/** What staff type: a Jauge for the school sessions that have none (sample only). */
export function pasteCapacities(ss: SsLike): number {
  const sheet = ss.getSheetByName('Programme');
  if (!sheet || sheet.getLastRow() < 2) return 0;
  const values = sheet
    .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
    .getValues();
  const head = values[0].map(h => String(h));
  const pub = head.indexOf('Public');
  const cap = head.indexOf('Jauge');
  if (pub < 0 || cap < 0) return 0;
  const column = values.slice(1).map((r, i) => {
    const school = /scolaire/i.test(String(r[pub]));
    const has = r[cap] !== '' && r[cap] !== null;
    return [school && !has ? [25, 30, 30, 60][i % 4] : r[cap]];
  });
  const pasted = column.filter((c, i) => c[0] !== values[i + 1][cap]).length;
  sheet.getRange(2, cap + 1, column.length, 1).setValues(column);
  return pasted;
}

/** The booking form's session choice of a session code, or null. */
function choiceOf(form: FormLike, id: string): string | null {
  const item = form.getItems().find(i => i.getTitle() === 'Séance');
  if (!item) return null;
  return (
    item
      .asListItem()
      .getChoices()
      .map(c => c.getValue())
      .find(v => v === id || v.startsWith(`${id} – `)) ?? null
  );
}

/** The default wave: more requests than places on the first school sessions. */
export function sampleWave(
  schoolIds: readonly string[],
  start: Date,
): BookingRow[] {
  const rows: BookingRow[] = [];
  const ids = schoolIds.slice(0, 6);
  if (ids.length === 0) return rows;
  let minute = 0;
  const at = () => new Date(start.getTime() + minute++ * 60000);
  const levels = ['CP', 'CE1', 'CE2', 'CM1', 'CM2', '6e', '5e'];
  for (let i = 0; i < 20; i++) {
    rows.push({
      line: 0,
      at: at(),
      action: 'réserver',
      session: ids[i % ids.length],
      school: `École ${['Jean-Jaurès', 'Vaucanson', 'des Buttes', 'Jules-Ferry', 'Anatole-France', 'Champollion'][i % 6]} ${1 + Math.floor(i / 6)}`,
      commune: ['Grenoble', 'Échirolles', 'Voiron', 'Meylan'][i % 4],
      level: levels[i % levels.length],
      pupils: String(18 + ((i * 5) % 11)),
      email: `enseignant${i + 1}@ac-grenoble.fr`,
    });
  }
  // Refusals: a class too large, a teacher twice on the same session.
  rows.push({
    ...rows[0],
    at: at(),
    pupils: '45',
    email: 'grande.classe@ac-grenoble.fr',
  });
  rows.push({...rows[1], at: at()});
  // Cancellations of confirmed classes: the waiting ones get their places.
  for (const i of [0, 1, 2]) {
    rows.push({...rows[i], at: at(), action: 'annuler'});
  }
  return rows;
}

/**
 * Opens the bookings on the tracker and plays the rows; returns the report
 * and the runs (the preview's steps sum their costs).
 */
export function playBookings(
  ctx: FlowContext,
  state: EventState,
  files: BookingsFile[],
  sample: boolean,
): {
  report: BookingsReport | null;
  runs: RunLike[];
  played: number;
  note?: string;
} {
  const {ws} = ctx;
  const ss = state.ss as unknown as SsLike;
  const runs: RunLike[] = [];
  if (sample) pasteCapacities(ss);
  const opened = ws.callServer(state.ss, 'openBookings', [{fullMode: 'label'}]);
  runs.push(opened);
  const value = opened.value as {
    ok?: boolean;
    formId?: string;
    message?: string;
  };
  if (opened.error) throw opened.error;
  if (!value?.ok || !value.formId) throw new Error(value?.message ?? 'échec');
  const form = listOf<FormLike>(ws.forms).find(
    f => f.getId() === value.formId,
  )!;
  const programme = table(ss, 'Programme');
  const schoolIds = programme
    .filter(
      r => /scolaire/i.test(String(r['Public'])) && r['Statut'] !== 'annulé',
    )
    .map(r => String(r['Identifiant']))
    .filter(id => id !== '');
  const now = () =>
    (ws as unknown as {clock?: {now(): Date}}).clock?.now() ?? new Date();
  const rows =
    files.length > 0
      ? files.flatMap(f => f.rows)
      : sampleWave(schoolIds, new Date(now().getTime() + 3600000));
  const mailsBefore = ws.mails.length;
  let requests = 0;
  for (const row of rows) {
    if (row.at.getTime() > now().getTime()) runs.push(...ws.advanceTo(row.at));
    if (row.action === 'réserver') {
      requests++;
      const answers = {
        'Que souhaitez-vous faire ?': 'Réserver une séance',
        'Votre adresse e-mail (enseignant·e)': row.email,
        Établissement: row.school,
        'Commune de l’établissement': row.commune,
        'Niveau de la classe': row.level,
        'Nombre d’élèves': row.pupils,
      };
      const choice = choiceOf(form, row.session);
      const formCommune = choiceFor(
        form,
        'Commune de l’établissement',
        row.commune,
      );
      const formLevel = choiceFor(form, 'Niveau de la classe', row.level);
      if (
        choice &&
        formCommune !== null &&
        formLevel !== null &&
        /@/.test(row.email)
      ) {
        const filled = Object.fromEntries(
          Object.entries({
            ...answers,
            Séance: choice,
            'Commune de l’établissement': formCommune,
            'Niveau de la classe': formLevel,
          }).filter(([, v]) => v !== ''),
        );
        runs.push(...ws.submitForm(form, filled));
      } else {
        // Not a choice of the form: the answers reach the trigger as they are.
        runs.push(
          ws.run(state.ss, 'onQuestionnaireSubmit', [], {
            event: {namedValues: named({...answers, Séance: row.session})},
          }),
        );
      }
    } else {
      const booking = table(ss, 'Réservations').find(
        b =>
          String(b['E-mail de l’enseignant·e']).toLowerCase() ===
            row.email.toLowerCase() &&
          String(b['Séance']) === row.session &&
          b['Demande'] === 'réserver' &&
          (b['État'] === 'confirmée' || b['État'] === "liste d'attente"),
      );
      const cancel: Record<string, string> = {
        'Que souhaitez-vous faire ?': 'Annuler une réservation',
        'Votre adresse e-mail (enseignant·e)': row.email,
      };
      if (booking) cancel['Code de réservation'] = String(booking['Code']);
      if (/@/.test(row.email)) runs.push(...ws.submitForm(form, cancel));
      else
        runs.push(
          ws.run(state.ss, 'onQuestionnaireSubmit', [], {
            event: {namedValues: named(cancel)},
          }),
        );
    }
  }
  const tab = table(ss, 'Réservations').filter(
    b => b['Demande'] === 'réserver',
  );
  const count = (state: string) => tab.filter(b => b['État'] === state).length;
  const sessions = programme
    .filter(r => /scolaire/i.test(String(r['Public'])))
    .map(r => String(r['Identifiant']))
    .filter((id, i, all) => id !== '' && all.indexOf(id) === i)
    .map(id => {
      const p = programme.find(r => String(r['Identifiant']) === id)!;
      const of = tab.filter(b => String(b['Séance']) === id);
      const confirmed = of.filter(b => b['État'] === 'confirmée');
      return {
        id,
        capacity: Number(p['Jauge']) || 0,
        pupilsConfirmed: confirmed.reduce((n, b) => n + Number(b['Élèves']), 0),
        confirmed: confirmed.length,
        waitlisted: of.filter(b => b['État'] === "liste d'attente").length,
      };
    });
  return {
    played: rows.length,
    runs,
    report: {
      requests,
      confirmed: count('confirmée'),
      waitlisted: count("liste d'attente"),
      refused: count('refusée'),
      cancelled: count('annulée'),
      promoted: tab.filter(b => b['Confirmée après attente le'] instanceof Date)
        .length,
      mailsSent: ws.mails.length - mailsBefore,
      sessions,
    },
  };
}

function named(answers: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {'Code de réservation': ['']};
  for (const [k, v] of Object.entries(answers)) out[k] = [v];
  return out;
}

/** The form's choice matching a value (case and accents aside), '' when empty, null when none. */
function choiceFor(
  form: FormLike,
  title: string,
  value: string,
): string | null {
  if (value.trim() === '') return '';
  const item = form.getItems().find(i => i.getTitle() === title);
  if (!item) return null;
  let choices: string[];
  try {
    choices = item
      .asListItem()
      .getChoices()
      .map(c => c.getValue());
  } catch {
    return value; // a text question
  }
  return choices.find(c => key(c) === key(value)) ?? null;
}
