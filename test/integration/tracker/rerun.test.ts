/**
 * "Safe to run again": the same menu action on a tracker full of data never
 * deletes, moves or overwrites a user's row, value, formula or column; it adds
 * what is missing, repairs the rules, and says what it changed.
 */
import {FakeSpreadsheet} from '../../../emulator';
import {
  buildBundle,
  createTracker,
  fixture,
  FORMS,
  grid,
  newWorkspace,
  records,
  sheet,
} from './helpers';
import {paris} from '../../helpers/paris';

beforeAll(buildBundle);

type Snapshot = Map<string, {value: unknown; formula: string}>;

/** Every non-empty cell of every tab, keyed "Tab!row,column". */
function snapshot(ss: FakeSpreadsheet): Snapshot {
  const out: Snapshot = new Map();
  for (const s of ss.getSheets()) {
    const name = s.getName();
    const {values, formulas} = grid(ss, name);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '' && formulas[r][c] === '') return;
        const v = value instanceof Date ? `date:${value.getTime()}` : value;
        out.set(`${name}!${r + 1},${c + 1}`, {
          value: v,
          formula: formulas[r][c],
        });
      }),
    );
  }
  return out;
}

describe('running "Créer / mettre à jour le suivi…" again on a tracker full of data', () => {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  createTracker(ws, ss, 'fds');
  const imported = ws.callServer(ss, 'importEvents', [
    {fileName: 'fds.json', content: fixture('fds-flat.json')},
  ]);

  // What a team does to its tracker over a few weeks.
  const programme = sheet(ss, 'Programme');
  programme.insertColumnAfter(2);
  programme
    .getRange('C1:C4')
    .setValues([
      ['Référent local'],
      ['Julie'],
      ['Marc'],
      ['=B2&" (à relancer)"'],
    ]);
  programme.getRange('Q2:R3').setValues([
    [30, 28],
    [25, 25],
  ]); // Jauge, Inscrits (shifted by one)
  programme.getRange('W2').setValue('Salle réservée');
  programme.getRange('W3').setValue("'=pas une formule");
  programme.getRange('AA1:AA2').setValues([['Ma colonne en bout'], ['perso']]);
  programme.setConditionalFormatRules([
    ...programme.getConditionalFormatRules(),
    SpreadsheetApp_rule(programme),
  ]);
  const logistics = sheet(ss, 'Logistique');
  logistics.getRange('E2').setValue('fait');
  logistics.getRange('C2:C4').setValues([['Julie'], ['Marc'], ['Inès']]);
  logistics.deleteRow(5); // a checklist task the team did not want
  logistics
    .getRange(logistics.getLastRow() + 1, 1, 1, 5)
    .setValues([
      [
        'Réserver le car pour le village des sciences de Vienne',
        'transport',
        'Marc',
        paris(2026, 9, 20),
        'en cours',
      ],
    ]);
  logistics.getRange('A2:I200').clearDataValidations(); // a paste wiped the dropdowns
  const partners = sheet(ss, 'Partenaires');
  partners
    .getRange('C2:E2')
    .setValues([['Mme Durand', 'durand@example.org', '04 76 00 00 00']]);
  partners.deleteColumn(7); // the "Rôle" column, deleted by mistake
  const budget = sheet(ss, 'Budget');
  budget.getRange('C2:E3').setValues([
    [2500, 2000, 1800],
    [1200, 0, 0],
  ]);
  budget.getRange('F3').setValue(1200); // a typed value instead of the formula
  budget
    .getRange('A8:E8')
    .setValues([['Goodies', 'communication', 400, 0, 150]]);
  const card = sheet(ss, 'Événement');
  const cardRows = card.getRange(1, 1, card.getLastRow(), 2).getValues();
  const contextRow = cardRows.findIndex(r => r[0] === 'Contexte') + 1;
  card
    .getRange(contextRow, 2)
    .setValue('Coordination départementale, 32e édition nationale.');
  card
    .getRange(card.getLastRow() + 1, 1, 1, 2)
    .setValues([['Budget régional', 15000]]);
  ss.insertSheet('Notes équipe')
    .getRange('A1:B2')
    .setValues([
      ['Qui', 'Quoi'],
      ['Julie', '=1+2'],
    ]);
  ss.deleteSheet(sheet(ss, 'Communes')); // deleted by mistake

  const before = snapshot(ss);
  const result = ws.callServer(ss, 'createOrUpdateTracker', [FORMS.fds]);
  const after = snapshot(ss);

  it('imported the fixture first', () => {
    expect(imported.error).toBeNull();
    expect(records(ss, 'Programme').length).toBeGreaterThanOrEqual(8);
  });

  it('keeps every cell the user had, value and formula, at its place', () => {
    expect(result.error).toBeNull();
    const changed: string[] = [];
    for (const [key, cell] of before) {
      const now = after.get(key);
      if (!now || now.value !== cell.value || now.formula !== cell.formula) {
        changed.push(
          `${key}: ${JSON.stringify(cell)} → ${JSON.stringify(now)}`,
        );
      }
    }
    expect(changed).toEqual([]);
    expect(before.size).toBeGreaterThan(200);
  });

  it('adds what was missing and says so in French', () => {
    const changes = (result.value as {changes: string[]}).changes;
    expect(changes).toContain('Onglet « Communes » créé.');
    expect(changes).toContain(
      "Colonne « Rôle » ajoutée à l'onglet « Partenaires ».",
    );
    expect(changes).toContain(
      "Communes ajoutées à l'onglet « Communes » : 512.",
    );
    expect(changes).toContain(
      "Lignes de l'onglet « Budget » qui ont reçu la formule d'écart : 1.",
    );
    // Nothing re-added that the team removed on purpose.
    expect(changes.some(c => c.startsWith('Tâches de la liste'))).toBe(false);
    expect(changes.some(c => c.startsWith('Fiche'))).toBe(false);
    const headers = grid(ss, 'Partenaires').values[0];
    expect(headers[headers.length - 1]).toBe('Rôle');
    expect(grid(ss, 'Budget').formulas[7][5]).toBe('=C8-E8');
    expect(ss.getSheets().map(s => s.getName())).toContain('Notes équipe');
  });

  it('repairs the rules: dropdowns back, user’s conditional rule kept, formulas follow the moved columns', () => {
    expect(
      String(logistics.getRange('E2').getDataValidation()?.getCriteriaType()),
    ).toBe('VALUE_IN_LIST');
    expect(
      String(logistics.getRange('E150').getDataValidation()?.getCriteriaType()),
    ).toBe('VALUE_IN_LIST');
    const rules = programme
      .getConditionalFormatRules()
      .map(r => String(r.getBooleanCondition()?.getCriteriaValues()[0]));
    expect(rules).toContain('=$B2="Les secrets du ciel nocturne"');
    // Statut is now column S, after the user's column C.
    expect(rules).toContain('=AND(N("tds")=0,$S2="annulé")');
    expect(rules.filter(r => r.includes('N("tds")'))).toHaveLength(2);
    // The commune dropdowns point at the rebuilt Communes tab.
    const communes = programme
      .getRange('J2')
      .getDataValidation()
      ?.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(communes.getSheet().getSheetId()).toBe(
      sheet(ss, 'Communes').getSheetId(),
    );
  });

  it('running it once more changes nothing', () => {
    const again = ws.callServer(ss, 'createOrUpdateTracker', [FORMS.fds]);
    const changes = (again.value as {changes: string[]}).changes;
    expect(changes[0]).toBe(
      'Aucune donnée ajoutée : le suivi était déjà complet.',
    );
    expect(snapshot(ss)).toEqual(after);
    expect(again.predictedSeconds).toBeLessThan(30);
  });
});

/** A conditional-format rule of the user's own (built from a copy of one of the add-on's). */
function SpreadsheetApp_rule(s: ReturnType<typeof sheet>) {
  return s
    .getConditionalFormatRules()[0]
    .copy()
    .whenFormulaSatisfied('=$B2="Les secrets du ciel nocturne"')
    .setBackground('#b7e1cd')
    .build();
}
