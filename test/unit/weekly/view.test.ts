import {buildSummary} from '../../../src/weekly/summary';
import {
  formatEuros,
  formatNumber,
  mailSubject,
  mailText,
  mailView,
} from '../../../src/weekly/view';
import {useLanguage} from '../../../src/i18n';
import {paris, sampleTracker} from './fixtures';

const NOW = paris('2026-09-14', '08:00');
const summary = buildSummary(
  sampleTracker(),
  {total: 6, since: 4, satisfaction: 3.6, nps: 0},
  {at: paris('2026-09-07', '08:00').toISOString(), fingerprint: 'x'},
  NOW,
);

describe('mail view (French)', () => {
  beforeAll(() => useLanguage('fr'));

  it('formats numbers and euros the French way', () => {
    expect(formatNumber(1234567)).toBe('1\u202f234\u202f567');
    expect(formatNumber(3.6, 1)).toBe('3,6');
    expect(formatEuros(4500)).toBe('4\u202f500 €');
    expect(formatEuros(12.5)).toBe('12,50 €');
  });

  it('subject names the event and the date', () => {
    expect(mailSubject(summary)).toBe(
      'Synthèse hebdomadaire – Fête de la science 2026 – 14/09/2026',
    );
  });

  it('session rows carry date, venue, commune, capacity, registered, fill and flag', () => {
    const v = mailView(summary, null);
    expect(v.sessionRows[0]).toEqual({
      cells: [
        '14/09/2026 14:00',
        'Atelier robots',
        'La Casemate',
        'Grenoble',
        '20',
        '20',
        '100 %',
      ],
      flag: 'complet',
      flagKind: 'full',
    });
    expect(v.sessionRows[2].flag).toBe('presque vide');
    expect(v.sessionRows[3].cells.slice(4)).toEqual(['–', '5', '–']);
    expect(v.sessionRows[4].cells[2]).toBe('–');
  });

  it('tasks by owner, responses, budget and gaps in words', () => {
    const v = mailView(summary, null);
    expect(v.owners.map(o => o.owner)).toEqual([
      'Alice',
      'Bruno',
      'Chloé',
      'Sans responsable',
    ]);
    expect(v.owners[0].lines).toEqual([
      {
        text: 'Imprimer affiches – échéance le 10/09/2026, en retard de 4 j',
        late: true,
      },
      {text: 'Commander goûter – échéance le 20/09/2026', late: false},
    ]);
    expect(v.blocked).toEqual(['Sono (Chloé)', 'Traiteur (Bruno)']);
    expect(v.responsesLines).toEqual([
      'Nouvelles réponses depuis la synthèse précédente : 4 (6 au total).',
      'Satisfaction moyenne : 3,6',
      'NPS : 0',
    ]);
    expect(v.budgetLines).toEqual([
      'Prévu : 4\u202f500 €',
      'Engagé : 4\u202f800 €',
      'Dépensé : 3\u202f200 €',
    ]);
    expect(v.overBudget).toEqual([
      'Affiches : prévu 1\u202f000 €, dépassement de 200 €',
      'Transport : prévu 2\u202f000 €, dépassement de 500 €',
    ]);
    expect(v.gaps).toEqual([
      'Séance « Balade géologique » (27/09/2026) : lieu manquant',
      'Séance « Visite labo » (28/09/2026) : commune manquante',
      'Partenaire « Asso Sciences » sans contact',
      'Tâche « Assurance » sans responsable',
      'Tâche « Nettoyage » sans responsable',
    ]);
    expect(v.trackerUrl).toBe(
      'https://docs.google.com/spreadsheets/d/ss1/edit',
    );
    expect(v.lateNote).toBe('');
  });

  it('a late summary says which one it replaces; the text body holds the same facts', () => {
    const v = mailView(summary, '07/09/2026');
    expect(v.lateNote).toContain('07/09/2026');
    const text = mailText(v);
    expect(text).toContain('Atelier robots');
    expect(text).toContain('Sans responsable :');
    expect(text).toContain(
      'Ouvrir le suivi : https://docs.google.com/spreadsheets/d/ss1/edit',
    );
  });
});

describe('mail view (English)', () => {
  afterAll(() => useLanguage('fr'));
  it('uses the English catalogue and number format', () => {
    useLanguage('en');
    const v = mailView(summary, null);
    expect(v.budgetLines[0]).toBe('Planned: €4,500');
    expect(v.sessionRows[0].flag).toBe('full');
  });
});
