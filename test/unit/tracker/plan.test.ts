import {Formula} from '../../../src/gas/sanitize';
import {COMMUNES} from '../../../src/generated/communes';
import {
  columnLetter,
  mergeSessions,
  planBudget,
  planCard,
  planChecklist,
  planCommunes,
  planHeaders,
  planPartners,
  guessPartnerKind,
  TrackerForm,
} from '../../../src/tracker/plan';
import {tabDef, TABS, tabsFor} from '../../../src/tracker/schema';
import {parseTracker} from '../../../src/tracker/read';
import {planStamp} from '../../../src/tracker/onedit';
import {conditionalRules} from '../../../src/tracker/format';
import {checkTrackerForm} from '../../../src/tracker/form';
import type {ImportedSession} from '../../../src/tracker/import/types';
import {CHECKLISTS} from '../../../src/tracker/checklists';

const form: TrackerForm = {
  name: 'Fête de la science 2026',
  kind: 'fds',
  edition: '2026',
  startDate: new Date(2026, 9, 2),
  endDate: new Date(2026, 9, 12),
  departement: '38',
  teamEmails: ['a@tds.fr', 'b@tds.fr'],
};

describe('schema', () => {
  it('has unique column ids and unique headers per tab in each language', () => {
    for (const tab of TABS) {
      const ids = tab.columns.map(c => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      const fr = tab.columns.map(c => c.header);
      expect(new Set(fr).size).toBe(fr.length);
    }
  });
  it('gives each kind its tabs', () => {
    expect(tabsFor('fds').map(t => t.id)).toEqual([
      'event',
      'programme',
      'logistics',
      'partners',
      'budget',
      'communes',
    ]);
    expect(tabsFor('ecole').map(t => t.id)).toContain('participants');
    expect(tabsFor('festival').map(t => t.id)).not.toContain('communes');
  });
  it('names columns A..Z, AA..', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'AAA',
    ]);
  });
});

describe('planHeaders', () => {
  const tab = tabDef('logistics');
  it('keeps the user’s columns where they are and appends missing ones', () => {
    const headers = ['Statut', 'Tâche', 'Ma colonne', 'Responsable'];
    const plan = planHeaders(headers, tab, 'fr');
    expect(plan.headers.slice(0, 4)).toEqual(headers);
    expect(plan.headers.slice(4)).toEqual([
      'Catégorie',
      'Échéance',
      'Priorité',
      'Créneau lié',
      'Mis à jour le',
      'Mis à jour par',
    ]);
    expect(plan.at.get('status')).toBe(0);
    expect(plan.at.get('task')).toBe(1);
    expect(plan.at.get('owner')).toBe(3);
    expect(plan.added.map(c => c.id)).toEqual([
      'category',
      'dueDate',
      'priority',
      'session',
      'updatedOn',
      'updatedBy',
    ]);
  });
  it('matches English headers of a tracker built in English', () => {
    const plan = planHeaders(
      [
        'Task',
        'CATEGORY',
        'owner',
        'Due date',
        'Status',
        'Priority',
        'Linked session',
        'Updated on',
        'Updated by',
      ],
      tab,
      'fr',
    );
    expect(plan.added).toEqual([]);
  });
});

describe('planCard', () => {
  it('writes every field of a new card', () => {
    const card = planCard(null, form, 'fr');
    expect(card.block[0]).toEqual(['Champ', 'Valeur']);
    expect(card.block.map(r => r[0])).toContain("Nom de l'événement");
    const kind = card.block.find(r => r[0] === "Type d'événement");
    expect(kind?.[1]).toBe('Fête de la science');
    expect(card.block.find(r => r[0] === "E-mails de l'équipe")?.[1]).toBe(
      'a@tds.fr, b@tds.fr',
    );
    expect(card.block).toHaveLength(1 + 12);
  });
  it('keeps the user’s rows and values, fills only what the dialog changed', () => {
    const existing = {
      headers: ['Champ', 'Valeur', 'Commentaire'],
      values: [
        ['Objectifs', 'Toucher 10 000 visiteurs', 'vu en CA'],
        ["Nom de l'événement", 'Fête de la science 2026', ''],
        ['Édition', '', ''],
        ['Ligne perso', 'x', ''],
        ['Date de début', new Date(2026, 9, 2), ''],
      ],
      formulas: [
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
        ['', '=1+1', ''],
        ['', '', ''],
      ],
    };
    const card = planCard(existing, form, 'fr');
    expect(card.block[1]).toEqual([
      'Objectifs',
      'Toucher 10 000 visiteurs',
      'vu en CA',
    ]);
    expect(card.block[4][1]).toBeInstanceOf(Formula);
    expect(card.block[3]).toEqual(['Édition', '2026', '']);
    expect(card.set).toEqual([
      "Type d'événement",
      'Édition',
      'Date de fin',
      'Département',
      "E-mails de l'équipe",
    ]);
    expect(card.updated).toEqual([]);
    // Missing fields are appended after the user's rows.
    expect(card.block.length).toBe(1 + 5 + 8);
  });
});

describe('checklists', () => {
  it('dates tasks from the event dates and skips tasks already there', () => {
    const plan = planHeaders([], tabDef('logistics'), 'fr');
    const grid = {
      headers: plan.headers,
      values: [
        [
          'Collecter les bilans des organisateurs (fréquentation, scolaires, retours)',
        ],
      ],
    };
    const rows = planChecklist(
      grid,
      plan,
      'fds',
      form.startDate,
      form.endDate,
      'fr',
    );
    expect(rows).toHaveLength(CHECKLISTS.fds.length - 1);
    const first = rows[0];
    expect(first[0]).toBe(
      "Lancer l'appel à projets auprès des structures du département",
    );
    // 150 days before 2 October 2026 = 5 May 2026.
    expect(first[plan.at.get('dueDate')!]).toEqual(new Date(2026, 4, 5));
    expect(first[plan.at.get('status')!]).toBe('à faire');
    const regional = rows[rows.length - 1];
    // 60 days after 12 October 2026 = 11 December 2026.
    expect(regional[plan.at.get('dueDate')!]).toEqual(new Date(2026, 11, 11));
  });
});

describe('planBudget', () => {
  it('puts the gap formula on lines without it, keeps typed values, renews formulas', () => {
    const plan = planHeaders(
      [
        'Poste',
        'Catégorie',
        'Prévu (€)',
        'Engagé (€)',
        'Dépensé (€)',
        'Écart (€)',
        'Financeur',
      ],
      tabDef('budget'),
      'fr',
    );
    const grid = {
      headers: plan.headers,
      values: [
        ['Affiches', 'communication', 1000, 800, 700, '', 'Région'],
        ['Traiteur', 'restauration', 500, 0, 0, 500, ''],
        ['', '', '', '', '', '', ''],
        ['Bus', 'transport', 300, 0, 0, 300, ''],
      ],
      formulas: [[], [], [], ['', '', '', '', '', '=C4-E4', '']],
    };
    const b = planBudget(grid, plan, 'fds', 'fr');
    expect(
      b.gapColumn.map(r => (r[0] instanceof Formula ? r[0].text : r[0])),
    ).toEqual(['=C2-E2', 500, '', '=C5-E5']);
    expect(b.formulasSet).toBe(1);
    expect(b.newRows).toEqual([]);
  });
  it('starts a new budget with lines of the kind', () => {
    const plan = planHeaders([], tabDef('budget'), 'fr');
    const b = planBudget(null, plan, 'ecole', 'fr');
    expect(b.newRows.map(r => r[0])).toEqual([
      'Communication (impression, diffusion)',
      'Intervenants',
      'Location de salles et de matériel',
      'Transport',
      'Restauration',
      'Hébergement',
    ]);
    expect((b.newRows[0][5] as Formula).text).toBe('=C2-E2');
  });
});

describe('planCommunes', () => {
  const isere = COMMUNES.filter(c => c.departement === '38');
  const programme = {
    sheetName: 'Programme',
    plan: planHeaders([], tabDef('programme'), 'fr'),
  };
  it('lists every commune with live counts over the Programme', () => {
    const plan = planHeaders([], tabDef('communes'), 'fr');
    const c = planCommunes(null, plan, isere, programme);
    expect(c.added).toBe(512);
    expect(c.block).toHaveLength(512);
    const grenoble = c.block.find(r => r[0] === '38185')!;
    expect(grenoble.slice(1, 4)).toEqual(['Grenoble', '38000, 38100', 156140]);
    const r = c.block.indexOf(grenoble) + 2;
    expect((grenoble[4] as Formula).text).toBe(
      `=COUNTIF('Programme'!$J:$J,$A${r})`,
    );
    expect((grenoble[5] as Formula).text).toBe(
      `=IFERROR(COUNTUNIQUEIFS('Programme'!$K:$K,'Programme'!$J:$J,$A${r}),0)`,
    );
    // Alphabetical (French collation): Agnin first.
    expect(c.block[0][1]).toBe('Agnin');
  });
  it('keeps user columns and rows, adds only missing communes', () => {
    const plan = planHeaders(
      [
        'Code INSEE',
        'Commune',
        'Codes postaux',
        'Population',
        'Créneaux',
        'Structures',
        'Référent',
      ],
      tabDef('communes'),
      'fr',
    );
    const grid = {
      headers: plan.headers,
      values: [['38185', 'Grenoble', '', 0, 0, 0, 'Julie']],
      formulas: [['', '', '', '', '=1', '=1', '']],
    };
    const c = planCommunes(grid, plan, isere, programme);
    expect(c.added).toBe(511);
    expect(c.block[0][6]).toBe('Julie');
    expect(c.block[0][3]).toBe(156140);
  });
});

const session = (over: Partial<ImportedSession>): ImportedSession => ({
  sourceId: 'fds:1#1',
  id: '',
  title: 'T',
  animationKind: 'atelier',
  date: new Date(2026, 9, 10),
  start: '14:00',
  end: '15:00',
  venue: 'V',
  address: '',
  commune: 'Grenoble',
  insee: '38185',
  structure: 'S',
  partners: [],
  speakers: '',
  public: '',
  minAge: null,
  capacity: null,
  registered: null,
  attended: null,
  questionnaireLink: '',
  registrationLink: '',
  description: '',
  status: '',
  notes: 'Inscription nécessaire',
  line: 1,
  ...over,
});

describe('mergeSessions', () => {
  const plan = planHeaders([], tabDef('programme'), 'fr');
  const at = (id: string) => plan.at.get(id)!;
  it('updates rows by source id, keeps the team’s cells, appends the rest with new ids', () => {
    const existing: unknown[] = plan.headers.map(() => '');
    existing[at('id')] = 'C-0007';
    existing[at('title')] = 'Ancien titre';
    existing[at('sourceId')] = 'fds:1#1';
    existing[at('registered')] = 12;
    existing[at('status')] = 'réalisé';
    existing[at('notes')] = 'Salle à confirmer';
    const user = [...existing];
    const grid = {
      headers: plan.headers,
      values: [existing],
      formulas: [plan.headers.map(() => '')],
    };
    const m = mergeSessions(
      grid,
      plan,
      [session({title: 'Nouveau titre'}), session({sourceId: 'fds:2#1'})],
      'confirmé',
    );
    expect([m.inserted, m.updated]).toEqual([1, 1]);
    const row = m.block[0];
    expect(row[at('title')]).toBe('Nouveau titre');
    expect(row[at('registered')]).toBe(12);
    expect(row[at('status')]).toBe('réalisé');
    expect(row[at('notes')]).toBe('Salle à confirmer');
    expect(row[at('id')]).toBe('C-0007');
    expect(user[at('title')]).toBe('Ancien titre');
    expect(m.block[1][at('id')]).toBe('C-0008');
    expect(m.block[1][at('status')]).toBe('confirmé');
  });
  it('marks a cancelled session', () => {
    const grid = {headers: plan.headers, values: [], formulas: []};
    const first = mergeSessions(grid, plan, [session({})], 'confirmé');
    const again = mergeSessions(
      {headers: plan.headers, values: first.block},
      plan,
      [session({status: 'annulé'})],
      'confirmé',
    );
    expect([again.inserted, again.updated]).toEqual([0, 1]);
    expect(again.block[0][at('status')]).toBe('annulé');
  });
});

describe('planPartners', () => {
  it('adds each new structure once, with a guessed kind', () => {
    const plan = planHeaders([], tabDef('partners'), 'fr');
    const grid = {
      headers: plan.headers,
      values: [['la casemate', '', '', '', '', '', '', '']],
    };
    const rows = planPartners(grid, plan, [
      session({structure: 'La Casemate'}),
      session({
        structure: 'Médiathèque de Meylan',
        commune: 'Meylan',
        partners: ['Université Grenoble Alpes', 'Médiathèque de Meylan'],
      }),
    ]);
    expect(rows.map(r => [r[0], r[1], r[5], r[6]])).toEqual([
      ['Médiathèque de Meylan', 'médiathèque', 'Meylan', 'organisateur'],
      ['Université Grenoble Alpes', 'université', '', 'partenaire'],
    ]);
    expect(guessPartnerKind('CNRS – Institut Néel')).toBe(
      'laboratoire ou organisme de recherche',
    );
    expect(guessPartnerKind('Collège Jules Vallès')).toBe(
      'établissement scolaire',
    );
  });
});

describe('parseTracker', () => {
  it('reads the card and tables by header name in either language', () => {
    const data = parseTracker({
      event: {
        headers: ['Field', 'Value'],
        rows: [
          ['Event name', 'NoS FuturS'],
          ['Kind of event', 'Festival'],
          ['Start date', new Date(2027, 1, 10)],
          ['Département', 38],
          ['Team e-mails', 'a@x.fr; b@x.fr'],
        ],
      },
      programme: {
        headers: ['Titre', 'Jauge', 'Début', 'Identifiant', 'Statut'],
        rows: [
          ['Atelier', 30, new Date(1899, 11, 30, 14, 30), 'C-0001', 'confirmé'],
          ['', '', '', '', ''],
          ['Conférence', '', '18h', 'C-0002', ''],
        ],
      },
    });
    expect(data.event.name).toBe('NoS FuturS');
    expect(data.event.kind).toBe('festival');
    expect(data.event.departement).toBe('38');
    expect(data.event.teamEmails).toEqual(['a@x.fr', 'b@x.fr']);
    expect(
      data.sessions.map(s => [s.id, s.title, s.capacity, s.start, s.row]),
    ).toEqual([
      ['C-0001', 'Atelier', 30, '14:30', 2],
      ['C-0002', 'Conférence', null, '18:00', 4],
    ]);
    expect(data.tasks).toEqual([]);
  });
});

describe('planStamp (onEdit)', () => {
  const headers = planHeaders([], tabDef('logistics'), 'fr').headers;
  it('stamps the edited rows only when the status column is in the edit', () => {
    expect(
      planStamp('logistics', headers, {
        row: 5,
        column: 5,
        numRows: 1,
        numColumns: 1,
      }),
    ).toEqual({
      fromRow: 5,
      toRow: 5,
      updatedOnColumn: 8,
      updatedByColumn: 9,
    });
    expect(
      planStamp('logistics', headers, {
        row: 5,
        column: 1,
        numRows: 1,
        numColumns: 1,
      }),
    ).toBeNull();
    expect(
      planStamp('logistics', headers, {
        row: 1,
        column: 5,
        numRows: 1,
        numColumns: 1,
      }),
    ).toBeNull();
    expect(
      planStamp('logistics', headers, {
        row: 1,
        column: 1,
        numRows: 3,
        numColumns: 9,
      }),
    ).toEqual({
      fromRow: 2,
      toRow: 3,
      updatedOnColumn: 8,
      updatedByColumn: 9,
    });
  });
});

describe('conditional formatting', () => {
  it('follows the columns where they are', () => {
    const plan = planHeaders(['Statut', 'Échéance'], tabDef('logistics'), 'fr');
    const rules = conditionalRules(tabDef('logistics'), plan);
    expect(rules.map(r => r.formula)).toEqual([
      '=AND(N("tds")=0,$A2="fait")',
      '=AND(N("tds")=0,$A2<>"fait",ISNUMBER($B2),$B2<TODAY())',
      '=AND(N("tds")=0,$A2<>"fait",ISNUMBER($B2),$B2>=TODAY(),$B2<=TODAY()+7)',
    ]);
  });
});

describe('checkTrackerForm', () => {
  it('accepts a good form and normalises it', () => {
    const r = checkTrackerForm({
      name: ' FDS 2026 ',
      kind: 'fds',
      edition: '2026',
      startDate: '2026-10-02',
      endDate: '2026-10-12',
      departement: '38',
      teamEmails: 'a@tds.fr\nb@tds.fr',
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.form.name).toBe('FDS 2026');
      expect(r.form.teamEmails).toEqual(['a@tds.fr', 'b@tds.fr']);
      expect(r.form.startDate).toEqual(new Date(2026, 9, 2));
    }
  });
  it('refuses each bad field with a French message', () => {
    const r = checkTrackerForm({
      name: '',
      kind: 'fds',
      startDate: '2026-13-01',
      endDate: '',
      departement: '73',
      teamEmails: 'pas-un-mail',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual([
        'departement',
        'name',
        'startDate',
        'teamEmails',
      ]);
      expect(r.errors.startDate).toBe(
        'Date illisible « 2026-13-01 » (attendu : AAAA-MM-JJ).',
      );
      expect(r.errors.departement).toBe(
        'Les communes du département 73 ne sont pas incluses dans ce module (départements disponibles : 38).',
      );
    }
    const order = checkTrackerForm({
      name: 'x',
      kind: 'autre',
      startDate: '2026-10-12',
      endDate: '2026-10-02',
      departement: '38',
      teamEmails: '',
    });
    expect(order.ok ? '' : order.errors.endDate).toBe(
      'La date de fin précède la date de début.',
    );
  });
});
