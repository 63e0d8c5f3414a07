/**
 * Staff views of the bookings (built bundle): the roster, the per-structure
 * sheet, the weekly summary (bookings section, condensed lists) and the
 * bilan — and no teacher's address anywhere but the "Réservations" tab.
 */
import {documentTree} from '../../../emulator/document';
import {
  answersFor,
  privateDist,
  tab,
  workspace,
} from '../../reliability/harness';
import {book, trackerWithBookings} from './harness';

beforeAll(() => {
  privateDist();
});

const TEACHERS = ['a@ecole.fr', 'b@ecole.fr', 'c@ecole.fr'];

function textOf(node: unknown): string {
  return JSON.stringify(node);
}

test('roster, structure sheet, weekly summary and bilan; addresses stay in the tab', () => {
  const ws = workspace(new Date('2026-09-28T09:00:00+02:00'));
  const {ss, form} = trackerWithBookings(ws);
  book(ws, form, 'S2', 20, TEACHERS[0], 'École Vaucanson');
  book(ws, form, 'S2', 10, TEACHERS[1], 'Collège Fantin-Latour');
  book(ws, form, 'S1', 28, TEACHERS[2], 'École des Buttes');
  // 40 partners typed without any contact.
  const partners = ss.getSheetByName('Partenaires')!;
  partners
    .getRange(2, 1, 40, 1)
    .setValues(Array.from({length: 40}, (_, i) => [`Structure ${i + 1}`]));

  // Roster ("Mettre à jour les réservations" rewrites it).
  expect(ws.clickMenu(ss, 'Mettre à jour les réservations').error).toBeNull();
  const roster = tab(ss, 'Places scolaires');
  expect(roster[0]).toEqual([
    'Séance',
    'Intitulé',
    'Date',
    'Structure',
    'Jauge (élèves)',
    'Élèves confirmés',
    'Remplissage',
    'Classes confirmées',
    'Classes en attente',
    'Classes (établissement, niveau, élèves)',
  ]);
  expect(
    roster.slice(1).map(r => [r[0], r[4], r[5], r[6], r[7], r[8], r[9]]),
  ).toEqual([
    ['S1', 60, 28, 0.47, 1, 0, 'École des Buttes (CM1, 28)'],
    ['S2', 25, 20, 0.8, 1, 1, 'École Vaucanson (CM1, 20)'],
  ]);

  // The weekly summary, sent now.
  const sent = ws.clickMenu(ss, 'Envoyer la synthèse maintenant');
  expect(sent.error).toBeNull();
  const mail = ws.mails.find(m => m.subject.startsWith('Synthèse'))!;
  expect(mail.body).toContain(
    '- Classes confirmées : 2 (48 élèves) ; en liste d’attente : 1 ; demandes refusées : 0 ; réservations annulées : 0.',
  );
  expect(mail.body).toContain(
    '- Remplissage des séances scolaires : 48 élèves sur 85 places (56 %).',
  );
  expect(mail.body).toContain(
    '- Séances avec une liste d’attente (1) : S2 (1)',
  );
  expect(mail.body).toContain(
    '- 40 partenaires sans contact : « Structure 1 », « Structure 2 », « Structure 3 », « Structure 4 », « Structure 5 », « Structure 6 », « Structure 7 », « Structure 8 », « Structure 9 », « Structure 10 » et 30 autres — voir l’onglet « Partenaires »',
  );
  expect(mail.body).not.toContain('Structure 11');
  expect(mail.htmlBody).toContain('Réservations scolaires');

  // The per-structure sheet of Cosmocité lists its classes.
  const fiches = ws.callServer(ss, 'generateDocumentFromPage', [
    'tok_fiches01',
    {kind: 'ficheStructure'},
  ]);
  expect(fiches.error).toBeNull();
  const sheet = ws.documents.find(d => /Cosmocité/.test(d.name));
  expect(sheet).toBeDefined();
  const tree = textOf(documentTree(sheet!));
  expect(tree).toContain('Classes inscrites');
  expect(tree).toContain('École Vaucanson');
  // The waiting class is not on the list.
  expect(tree).not.toContain('Collège Fantin-Latour');

  // The bilan (a questionnaire for teachers, one answer) counts the classes.
  const q = ws.callServer(ss, 'createQuestionnaire', [
    {audience: 'teachers', collectEmails: false},
  ]);
  expect(q.error).toBeNull();
  const qForm = ws.forms.length - 1;
  ws.submitForm(ws.forms[qForm], answersFor(ws, qForm, {}, 0));
  const bilan = ws.run(ss, 'generateBilan');
  expect(bilan.error).toBeNull();
  const rows = tab(ss, 'Bilan');
  const row = (label: string) => rows.find(r => r[0] === label);
  expect(
    row('Classes inscrites par le formulaire de réservation')?.slice(1, 3),
  ).toEqual([2, 'onglet « Réservations »']);
  expect(row('Élèves inscrits (réservations confirmées)')?.[1]).toBe(48);

  // Addresses: nowhere but the tab and the form's own responses.
  for (const who of TEACHERS) {
    expect(mail.body).not.toContain(who);
    expect(mail.htmlBody).not.toContain(who);
    for (const d of ws.documents)
      expect(textOf(documentTree(d))).not.toContain(who);
    for (const s of ss.getSheets()) {
      const name = s.getName();
      if (name === 'Réservations' || s.getFormUrl()) continue;
      expect(`${name}: ${JSON.stringify(tab(ss, name))}`).not.toContain(who);
    }
  }
});
