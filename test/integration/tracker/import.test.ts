/**
 * "Importer des événements…" on the emulator: the three formats with communes
 * typed as people type them, re-import, bad input, onEdit stamps.
 */
import {
  buildBundle,
  createTracker,
  fixture,
  grid,
  newWorkspace,
  records,
  sheet,
  USER,
} from './helpers';

beforeAll(buildBundle);

function fdsTracker() {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  createTracker(ws, ss, 'fds');
  return {ws, ss};
}

interface Report {
  ok: true;
  message: string;
  imported: number;
  updated: number;
  rejected: string[];
  partnersAdded: number;
}

describe('the Fête de la science open-data export', () => {
  const {ws, ss} = fdsTracker();
  const first = ws.callServer(ss, 'importEvents', [
    {fileName: 'fete-de-la-science.json', content: fixture('fds-flat.json')},
  ]);
  const report = first.value as Report;
  const rows = records(ss, 'Programme');

  it('imports one row per time slot, rejects with line and reason, drops nothing silently', () => {
    expect(first.error).toBeNull();
    expect(report.message).toBe(
      "fete-de-la-science.json (export open data de la Fête de la science) : enregistrements lus : 12 ; acceptés : 7 ; rejetés : 5. Créneaux ajoutés : 8 ; créneaux mis à jour : 0. Structures ajoutées à l'onglet « Partenaires » : 10.",
    );
    expect(rows).toHaveLength(8);
    expect(report.rejected).toHaveLength(5);
    expect(report.rejected[0]).toBe(
      'Enregistrement n° 8, champ « ville » : commune hors du département 38 : « 14000 Caen ».',
    );
  });

  it('resolves communes typed as people type them to the official commune and INSEE code', () => {
    expect(rows.map(r => [r['Commune'], r['Code INSEE']])).toEqual([
      ['Le Pont-de-Claix', '38317'],
      ['Le Pont-de-Claix', '38317'],
      ["Saint-Martin-d'Hères", '38421'],
      ['Grenoble', '38185'],
      ['Saint-Égrève', '38382'],
      ["L'Isle-d'Abeau", '38193'],
      ['La Tronche', '38516'],
      ['Échirolles', '38151'],
    ]);
  });

  it('writes typed cells, ids, source ids, text without HTML, and never a formula from the file', () => {
    const r = rows[0];
    expect(r['Identifiant']).toBe('C-0001');
    expect(r['Identifiant source']).toBe('fds:100001#1');
    expect(r['Date']).toEqual(new Date(2026, 9, 10));
    expect([r['Début'], r['Fin']]).toEqual(['14:00', '16:00']);
    expect(r['Statut']).toBe('confirmé');
    expect(r['Description']).toBe(
      'Observation du ciel & découverte des constellations.\nPrévoir des vêtements chauds.',
    );
    const {values, formulas} = grid(ss, 'Programme');
    expect(values[3][1]).toBe('=1+1 : le calcul mental chez les enfants');
    expect(formulas.flat().filter(f => f !== '')).toEqual([]);
  });

  it('adds each new structure to the partners, once', () => {
    const partners = records(ss, 'Partenaires');
    expect(partners.map(p => p['Structure'])).toEqual([
      'Territoire de sciences',
      'Planétarium de Cosmocité',
      "Club d'astronomie de Grenoble",
      'Université Grenoble Alpes',
      'La Casemate',
      'Médiathèque de Saint-Égrève',
      'Association Isle Sciences',
      "Ville de L'Isle-d'Abeau",
      'Institut des neurosciences de Grenoble',
      'Association Maths pour tous',
    ]);
    expect(partners[3]['Type de structure']).toBe('université');
    expect(partners[3]['Commune']).toBe("Saint-Martin-d'Hères");
  });

  it('re-importing the same file updates rows by source id and keeps the team’s cells', () => {
    const programme = sheet(ss, 'Programme');
    programme.getRange('P2').setValue(18); // Inscrits
    programme.getRange('R2').setValue('réalisé');
    programme.getRange('V2').setValue('Salle comble');
    const again = ws.callServer(ss, 'importEvents', [
      {fileName: 'fete-de-la-science.json', content: fixture('fds-flat.json')},
    ]);
    const r = again.value as Report;
    expect([r.imported, r.updated, r.partnersAdded]).toEqual([0, 8, 0]);
    const after = records(ss, 'Programme');
    expect(after).toHaveLength(8);
    expect(after[0]['Statut']).toBe('réalisé');
    expect(after[0]['Notes']).toBe('Salle comble');
    expect(after[0]['Inscrits']).toBe(18);
  });
});

describe('the {fields: {...}} shape and the OpenAgenda export', () => {
  it('imports the wrapped open-data records', () => {
    const {ws, ss} = fdsTracker();
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'export.json', content: fixture('fds-fields.json')},
    ]);
    expect((r.value as Report).imported).toBe(4);
    expect(records(ss, 'Programme').map(x => x['Commune'])).toEqual([
      'Vienne',
      'Vienne',
      'Villard-de-Lans',
      'Les Deux Alpes',
    ]);
  });

  it('imports OpenAgenda events, times in French time, cancelled ones marked', () => {
    const {ws, ss} = fdsTracker();
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'agenda.json', content: fixture('openagenda.json')},
    ]);
    const report = r.value as Report;
    expect(report.imported).toBe(4);
    expect(report.rejected).toEqual([
      'Enregistrement n° 4, champ « timings » : valeur manquante.',
      'Enregistrement n° 5, champ « location.city » : commune hors du département 38 : « 69002 Lyon ».',
    ]);
    const rows = records(ss, 'Programme');
    expect(
      rows.map(x => [x['Titre'], x['Commune'], x['Début'], x['Statut']]),
    ).toEqual([
      ['Nuit des étoiles', 'Saint-Ismier', '20:00', 'confirmé'],
      ['Robotique pour les petits', 'Meylan', '10:00', 'annulé'],
      ['Les micro-puces de A à Z', 'Crolles', '09:00', 'confirmé'],
      ['Les micro-puces de A à Z', 'Crolles', '14:00', 'confirmé'],
    ]);
    expect(rows[1]['Âge minimum']).toBe(6);
  });
});

describe('the Programme CSV', () => {
  it('comma separated, French headers, communes as typed', () => {
    const {ws, ss} = fdsTracker();
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'programme.csv', content: fixture('programme-fr-comma.csv')},
    ]);
    const report = r.value as Report;
    expect([report.imported, report.rejected.length]).toEqual([3, 5]);
    const rows = records(ss, 'Programme');
    expect(
      rows.map(x => [
        x['Identifiant'],
        x['Commune'],
        x['Code INSEE'],
        x['Jauge'],
        x['Statut'],
      ]),
    ).toEqual([
      ['P-01', 'Grenoble', '38185', 30, 'confirmé'],
      ['P-02', 'Saint-Ismier', '38397', 120, 'proposé'],
      ['P-07', 'Le Versoud', '38538', 20, 'proposé'],
    ]);
    // "@SOMME(A1)…" stays text.
    const {values, formulas} = grid(ss, 'Programme');
    expect(values[3][1]).toBe("@SOMME(A1) ou l'art des formules");
    expect(formulas[3][1]).toBe('');
    expect(report.rejected[1]).toBe(
      'Ligne 5, champ « Jauge » : nombre négatif (-5) : un nombre positif ou nul est attendu.',
    );
  });

  it('semicolon separated with BOM, English headers', () => {
    const {ws, ss} = fdsTracker();
    const r = ws.callServer(ss, 'importEvents', [
      {
        fileName: 'schedule.csv',
        content: fixture('programme-en-semicolon-bom.csv'),
      },
    ]);
    const report = r.value as Report;
    expect(report.imported).toBe(2);
    expect(report.rejected).toEqual([
      'Ligne 5, champ « Date » : valeur manquante.',
    ]);
    const rows = records(ss, 'Programme');
    expect(
      rows.map(x => [
        x['Identifiant'],
        x['Commune'],
        x['Public'],
        x['Jauge'],
        x['Inscrits'],
      ]),
    ).toEqual([
      ['E-1', 'Meylan', 'jeune public', 24, 24],
      ['E-2', 'Saint-Ismier', 'grand public', 50, ''],
    ]);
  });
});

describe('bad input: a clear French message, nothing written', () => {
  const {ws, ss} = fdsTracker();
  const before = JSON.stringify(
    ws.dump().spreadsheets[0].sheets.map(s => [s.name, s.values, s.formulas]),
  );
  const unchanged = () =>
    expect(
      JSON.stringify(
        ws
          .dump()
          .spreadsheets[0].sheets.map(s => [s.name, s.values, s.formulas]),
      ),
    ).toBe(before);
  const fails = (fileName: string, content: string) => {
    const r = ws.callServer(ss, 'importEvents', [{fileName, content}]);
    expect(r.value).toBeUndefined();
    return r.error?.message;
  };

  it('malformed JSON: line and column', () => {
    expect(
      fails('a.json', '{"events": [\n  {"uid": 1,, "title": {"fr": "x"}}\n]}'),
    ).toBe(
      "Le fichier JSON est mal formé (ligne 2, colonne 13) : vérifiez qu'il s'agit d'un export complet et non tronqué. Rien n'a été importé.",
    );
    unchanged();
  });
  it('a CSV missing required columns', () => {
    expect(fails('a.csv', 'Titre;Lieu\nAtelier;Salle\n')).toBe(
      "Ligne 1 du CSV : colonnes obligatoires absentes : « Date », « Commune ». Les en-têtes doivent reprendre ceux de l'onglet Programme (en français ou en anglais). Rien n'a été importé.",
    );
    unchanged();
  });
  it('a JSON that is neither format, an empty file', () => {
    expect(fails('a.json', '{"hello": "world"}')).toMatch(
      /^Format non reconnu/,
    );
    expect(fails('a.csv', '')).toBe(
      'Le fichier est vide : aucun événement à importer.',
    );
    unchanged();
  });
  it('a spreadsheet without tracker', () => {
    const other = ws.createSpreadsheet('Vide');
    const r = ws.callServer(other, 'importEvents', [
      {fileName: 'a.csv', content: fixture('programme-fr-comma.csv')},
    ]);
    expect(r.error?.message).toBe(
      "Ce classeur ne contient pas encore de suivi : utilisez d'abord « Créer / mettre à jour le suivi… ».",
    );
  });
  it('row-level errors (dates, times, capacities, communes, duplicates) are listed and the good rows imported', () => {
    const r = ws.callServer(ss, 'importEvents', [
      {fileName: 'programme.csv', content: fixture('programme-fr-comma.csv')},
    ]);
    expect((r.value as Report).rejected).toEqual([
      'Ligne 4, champ « Date » : date illisible « 31/02/2026 » (attendu : JJ/MM/AAAA ou AAAA-MM-JJ).',
      'Ligne 5, champ « Jauge » : nombre négatif (-5) : un nombre positif ou nul est attendu.',
      'Ligne 6, champ « Début » : heure illisible « 25:00 » (attendu : HH:MM, par exemple 14:30 ou 14h30).',
      'Ligne 7, champ « Identifiant » : identifiant « P-01 » en double (déjà présent ligne 2).',
      'Ligne 8, champ « Commune » : commune inconnue dans le département 38 : « Paris ».',
    ]);
  });
  it('the tracker dialog refuses bad fields one by one', () => {
    const r = ws.callServer(ss, 'createOrUpdateTracker', [
      {
        name: '',
        kind: 'fds',
        edition: '',
        startDate: '2026-02-30',
        endDate: '',
        departement: '38',
        teamEmails: 'julie@',
      },
    ]);
    const v = r.value as {ok: false; errors: Record<string, string>};
    expect(v.ok).toBe(false);
    expect(Object.keys(v.errors).sort()).toEqual([
      'name',
      'startDate',
      'teamEmails',
    ]);
    expect(v.errors.startDate).toBe(
      'Date illisible « 2026-02-30 » (attendu : AAAA-MM-JJ).',
    );
  });
});

describe('onEdit: a status change stamps "updated on / by"', () => {
  // The team works on its Google Workspace domain: a simple trigger sees the
  // editor's address when editor and owner share the domain.
  const ws = newWorkspace('workspace');
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  createTracker(ws, ss, 'fds');
  it('stamps the task whose status changed, with the editor and the time', () => {
    const runs = ws.edit(ss, 'Logistique', 'E3', 'en cours', {
      user: 'julie@territoire-de-sciences.fr',
    });
    expect(runs.every(r => r.error === null)).toBe(true);
    const row = grid(ss, 'Logistique').values[2];
    expect(row[7]).toEqual(new Date('2026-09-01T08:00:00+02:00'));
    expect(row[8]).toBe('julie@territoire-de-sciences.fr');
    expect(runs[0].counts.calls).toBeLessThan(20);
  });
  it('leaves rows alone when another column is edited', () => {
    ws.edit(ss, 'Logistique', 'C4', 'Marc');
    expect(grid(ss, 'Logistique').values[3].slice(7, 9)).toEqual(['', '']);
  });
  it('stamps a session’s status change in the Programme', () => {
    ws.callServer(ss, 'importEvents', [
      {fileName: 'p.csv', content: fixture('programme-fr-comma.csv')},
    ]);
    ws.edit(ss, 'Programme', 'R2', 'annulé');
    const row = records(ss, 'Programme')[0];
    expect(row['Mis à jour par']).toBe(USER);
    expect(row['Mis à jour le']).toBeInstanceOf(Date);
  });
  it('on a consumer account, another editor is unknown to a simple trigger: the date is stamped, the editor "inconnu"', () => {
    const consumer = newWorkspace('consumer');
    const sheet = consumer.createSpreadsheet('Suivi FDS 2026');
    createTracker(consumer, sheet, 'fds');
    const runs = consumer.edit(sheet, 'Logistique', 'E3', 'en cours', {
      user: 'julie@gmail.com',
    });
    expect(runs.every(r => r.error === null)).toBe(true);
    const row = grid(sheet, 'Logistique').values[2];
    expect(row[7]).toEqual(new Date('2026-09-01T08:00:00+02:00'));
    expect(row[8]).toBe('inconnu');
  });
});
