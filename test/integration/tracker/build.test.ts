/**
 * "Créer / mettre à jour le suivi…" on the emulator, running the built bundle:
 * each kind of tracker, then the same action again on a tracker full of data.
 */
import {
  buildBundle,
  createTracker,
  FORMS,
  grid,
  Kind,
  newWorkspace,
  records,
  sheet,
} from './helpers';
import {paris} from '../../helpers/paris';

beforeAll(buildBundle);

const TABS: Record<Kind, string[]> = {
  fds: [
    'Événement',
    'Programme',
    'Logistique',
    'Partenaires',
    'Budget',
    'Communes',
  ],
  festival: ['Événement', 'Programme', 'Logistique', 'Partenaires', 'Budget'],
  ecole: [
    'Événement',
    'Programme',
    'Logistique',
    'Partenaires',
    'Budget',
    'Participants',
  ],
  autre: ['Événement', 'Programme', 'Logistique', 'Partenaires', 'Budget'],
};
const TASKS: Record<Kind, number> = {
  fds: 13,
  festival: 11,
  ecole: 11,
  autre: 5,
};

describe.each(Object.keys(TABS) as Kind[])('a new "%s" tracker', kind => {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet(`Suivi ${kind}`);
  ws.open(ss);
  const r = createTracker(ws, ss, kind);

  it('is reachable from the menu', () => {
    const labels = ws.menu(ss).map(m => m.label);
    expect(labels).toContain('Créer / mettre à jour le suivi…');
    expect(labels).toContain('Importer des événements…');
  });

  it('has its tabs, the empty first tab reused, in under 30 s', () => {
    expect(ss.getSheets().map(s => s.getName())).toEqual(TABS[kind]);
    expect(r.predictedSeconds).toBeLessThan(30);
  });

  it('fills the event card from the dialog', () => {
    const card = Object.fromEntries(
      grid(ss, 'Événement').values.map(r => [r[0], r[1]]),
    );
    expect(card["Nom de l'événement"]).toBe(FORMS[kind].name);
    expect(card['Département']).toBe('38');
    const expectedKind = {
      fds: 'Fête de la science',
      festival: 'Festival',
      ecole: "École d'été",
      autre: 'Autre',
    }[kind];
    expect(card["Type d'événement"]).toBe(expectedKind);
    const [y, m, d] = FORMS[kind].startDate.split('-').map(Number);
    expect(card['Date de début']).toEqual(paris(y, m, d));
  });

  it('lays bold frozen headers, filters, named ranges and warning-only header protections', () => {
    const dump = ws.dump().spreadsheets.find(s => s.name === `Suivi ${kind}`)!;
    for (const tab of dump.sheets) {
      expect(tab.frozenRows).toBe(1);
      expect(tab.fontWeights.A1).toBe('bold');
      expect(tab.protections).toEqual([
        expect.objectContaining({
          range: expect.stringMatching(/^A1:[A-Z]+1$/),
          warningOnly: true,
        }),
      ]);
    }
    const names = ss
      .getNamedRanges()
      .map(n => n.getName())
      .sort();
    expect(names).toEqual(
      [
        'Suivi_Budget',
        'Suivi_Evenement',
        'Suivi_Logistique',
        'Suivi_Partenaires',
        'Suivi_Programme',
        ...(kind === 'fds' ? ['Suivi_Communes'] : []),
        ...(kind === 'ecole' ? ['Suivi_Participants'] : []),
      ].sort(),
    );
    expect(sheet(ss, 'Programme').getFilter()).not.toBeNull();
    expect(sheet(ss, 'Logistique').getFilter()).not.toBeNull();
  });

  it('starts the logistics with the checklist of its kind, dated from the event', () => {
    const tasks = records(ss, 'Logistique');
    expect(tasks).toHaveLength(TASKS[kind]);
    expect(tasks.every(t => t['Statut'] === 'à faire')).toBe(true);
    expect(tasks.every(t => t['Échéance'] instanceof Date)).toBe(true);
  });

  it('gives each budget line a live gap formula', () => {
    const {formulas} = grid(ss, 'Budget');
    const lines = formulas.slice(1);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    lines.forEach((row, i) => expect(row[5]).toBe(`=C${i + 2}-E${i + 2}`));
  });
});

describe('what the Fête de la science tracker holds', () => {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  createTracker(ws, ss, 'fds');
  const dump = () => ws.dump().spreadsheets[0].sheets;

  it('real FDS tasks, with due dates counted from 2 and 12 October 2026', () => {
    const tasks = records(ss, 'Logistique');
    const byName = Object.fromEntries(tasks.map(t => [t['Tâche'], t]));
    expect(
      byName["Lancer l'appel à projets auprès des structures du département"][
        'Échéance'
      ],
    ).toEqual(paris(2026, 5, 5));
    expect(
      byName[
        'Réunir le comité de labellisation et notifier les projets labellisés'
      ]['Échéance'],
    ).toEqual(paris(2026, 7, 4));
    expect(
      byName[
        'Commander et distribuer les kits de communication (affiches, programmes, kakémonos)'
      ],
    ).toBeDefined();
    expect(
      byName[
        'Collecter les bilans des organisateurs (fréquentation, scolaires, retours)'
      ]['Échéance'],
    ).toEqual(paris(2026, 11, 11));
  });

  it('every commune of Isère with INSEE code, population and live counts', () => {
    const {values, formulas} = grid(ss, 'Communes');
    expect(values[0]).toEqual([
      'Code INSEE',
      'Commune',
      'Codes postaux',
      'Population',
      'Créneaux',
      'Structures',
    ]);
    expect(values).toHaveLength(513);
    const i = values.findIndex(r => r[0] === '38421');
    expect(values[i].slice(1, 4)).toEqual([
      "Saint-Martin-d'Hères",
      '38400',
      37695,
    ]);
    expect(formulas[i][4]).toBe(`=COUNTIF('Programme'!$J:$J,$A${i + 1})`);
    expect(formulas[i][5]).toBe(
      `=IFERROR(COUNTUNIQUEIFS('Programme'!$K:$K,'Programme'!$J:$J,$A${i + 1}),0)`,
    );
  });

  it('validation: dropdowns for closed lists, communes from the Communes tab, dates, numbers ≥ 0, e-mails', () => {
    const programme = sheet(ss, 'Programme');
    const rule = (s: typeof programme, a1: string) =>
      s.getRange(a1).getDataValidation();
    const status = rule(programme, 'R2');
    expect(String(status?.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(status?.getCriteriaValues()[0]).toEqual([
      'proposé',
      'confirmé',
      'annulé',
      'réalisé',
    ]);
    expect(status?.getAllowInvalid()).toBe(false);
    expect(String(rule(programme, 'I500')?.getCriteriaType())).toBe(
      'VALUE_IN_RANGE',
    );
    expect(String(rule(programme, 'D2')?.getCriteriaType())).toBe(
      'DATE_IS_VALID_DATE',
    );
    expect(String(rule(programme, 'O999')?.getCriteriaType())).toBe(
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    );
    expect(rule(programme, 'O999')?.getCriteriaValues()).toEqual([0]);
    expect(
      String(rule(sheet(ss, 'Partenaires'), 'D2')?.getCriteriaType()),
    ).toBe('TEXT_IS_VALID_EMAIL');
    const kind = rule(
      sheet(ss, 'Partenaires'),
      'B2',
    )?.getCriteriaValues()[0] as string[];
    expect(kind).toContain('laboratoire ou organisme de recherche');
    // Dates as dates, times and INSEE codes as text ("14:00", "01004").
    expect(programme.getRange('D2').getNumberFormat()).toBe('dd/mm/yyyy');
    expect(programme.getRange('E1500').getNumberFormat()).toBe('@');
    expect(programme.getRange('J2').getNumberFormat()).toBe('@');
    // A user cannot type a status outside the list, nor a negative capacity.
    expect(() => ws.edit(ss, 'Programme', 'R2', 'peut-être')).toThrow(
      /data validation/,
    );
    expect(() => ws.edit(ss, 'Programme', 'O2', -4)).toThrow(/data validation/);
  });

  it('conditional formatting: overdue red, within 7 days orange, done grey, full and cancelled sessions', () => {
    const tabs = dump();
    const logistics = tabs.find(t => t.name === 'Logistique')!.conditionalRules;
    expect(logistics.map(r => [r.args[0], r.background])).toEqual([
      ['=AND(N("tds")=0,$E2="fait")', '#e0e0e0'],
      ['=AND(N("tds")=0,$E2<>"fait",ISNUMBER($D2),$D2<TODAY())', '#f4c7c3'],
      [
        '=AND(N("tds")=0,$E2<>"fait",ISNUMBER($D2),$D2>=TODAY(),$D2<=TODAY()+7)',
        '#fce8b2',
      ],
    ]);
    const programme = tabs.find(t => t.name === 'Programme')!.conditionalRules;
    expect(programme.map(r => r.args[0])).toEqual([
      '=AND(N("tds")=0,$R2="annulé")',
      '=AND(N("tds")=0,ISNUMBER($O2),ISNUMBER($P2),$O2>0,$P2>=$O2)',
    ]);
    // The Programme holds 2,000 sessions from the start (PROGRAMME_ROWS).
    expect(programme[0].ranges[0]).toBe('A2:Y2001');
  });
});

describe('a tracker built in English, then updated in French', () => {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet('Tracker');
  ws.properties
    .document(ss.getId())
    .set('tds.settings', JSON.stringify({language: 'en'}));
  const r = createTracker(ws, ss, 'festival');

  it('has English tabs and headers, French list values', () => {
    expect(r.error).toBeNull();
    expect(ss.getSheets().map(s => s.getName())).toEqual([
      'Event',
      'Schedule',
      'Logistics',
      'Partners',
      'Budget',
    ]);
    expect(grid(ss, 'Schedule').values[0].slice(0, 4)).toEqual([
      'ID',
      'Title',
      'Kind of activity',
      'Date',
    ]);
    expect(records(ss, 'Logistics')[0]['Status']).toBe('à faire');
    expect((r.value as {changes: string[]}).changes[0]).toBe(
      'Tab "Event" created.',
    );
  });

  it('is found again in French: no tab or column added, nothing changed', () => {
    ws.properties
      .document(ss.getId())
      .set('tds.settings', JSON.stringify({language: 'fr'}));
    const again = createTracker(ws, ss, 'festival');
    expect(ss.getSheets().map(s => s.getName())).toEqual([
      'Event',
      'Schedule',
      'Logistics',
      'Partners',
      'Budget',
    ]);
    expect((again.value as {changes: string[]}).changes[0]).toBe(
      'Aucune donnée ajoutée : le suivi était déjà complet.',
    );
    const imported = ws.callServer(ss, 'importEvents', [
      {
        fileName: 'p.csv',
        content: 'Titre;Date;Commune\nVisite;2027-02-05;Grenoble\n',
      },
    ]);
    expect((imported.value as {imported: number}).imported).toBe(1);
    expect(records(ss, 'Schedule')[0]['Town']).toBe('Grenoble');
  });
});
