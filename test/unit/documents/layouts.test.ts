import {presentationLayout} from '../../../src/documents/layouts/presentation';
import {followupLayout} from '../../../src/documents/layouts/followup';
import {
  bilanLayout,
  selectComments,
} from '../../../src/documents/layouts/bilan';
import {ficheKeys, ficheLayout} from '../../../src/documents/layouts/fiche';
import type {LayoutContext} from '../../../src/documents/layouts/common';
import {Block, DocModel} from '../../../src/documents/model';
import {buildModel} from '../../../src/documents/generate';
import {NNBSP} from '../../../src/documents/format';
import {AddonError} from '../../../src/gas/errors';
import {useLanguage} from '../../../src/i18n';
import {fdsBilan, fdsTracker, TODAY} from '../../fixtures/documents/data';

const ctx: LayoutContext = {
  lang: 'fr',
  zone: 'Europe/Paris',
  today: TODAY,
  organisation: 'Territoire de sciences',
  k: 5,
};
const eur = (s: string): string => s.replace(/ /g, NNBSP) + `${NNBSP}€`;

/** One line per block: "H1 text", "P text", "T" + rows, "L" + items, "IMG alt", "BR". */
function outline(model: DocModel): (string | string[][])[] {
  return model.blocks.map((b: Block) => {
    switch (b.type) {
      case 'heading':
        return `H${b.level} ${b.text}`;
      case 'paragraph':
        return `P ${b.text}`;
      case 'list':
        return [['L'], ...b.items.map(i => [i])];
      case 'table':
        return [b.header, ...b.rows];
      case 'chart':
        return `CHART ${b.alt}`;
      case 'pageBreak':
        return 'BR';
    }
  });
}

describe('présentation', () => {
  const model = presentationLayout(fdsTracker(), ctx);
  const o = outline(model);

  it('opens with a title page', () => {
    expect(o.slice(0, 6)).toEqual([
      'H0 Fête de la science 2026',
      'P Dossier de présentation',
      'P Du vendredi 2 octobre 2026 au lundi 12 octobre 2026',
      'P Isère',
      'P Territoire de sciences – Fête de la science',
      'BR',
    ]);
    expect(model.blocks[1]).toMatchObject({
      style: {bold: true},
      align: 'center',
    });
  });

  it('gives context, objectives and key figures computed from the programme', () => {
    expect(o.slice(6, 15)).toEqual([
      'H1 Contexte et objectifs',
      'H2 Contexte',
      'P La Fête de la science a lieu chaque année en octobre.',
      'H2 Objectifs',
      'P Rendre les sciences accessibles à tous.',
      'H2 Publics visés',
      'P Grand public et scolaires',
      'H1 Chiffres clés',
      // S4 is cancelled: 4 sessions; venues Médiathèque, Cosmocité, Salle des fêtes
      // (S5 has none); communes 38563, 38317, 38185; 4 structures; 3 publics.
      [
        ['Indicateur', 'Valeur'],
        ['Sessions', '4'],
        ['Lieux', '3'],
        ['Communes', '3'],
        ['Structures', '4'],
        ['Publics', '3 (grand public, scolaires, jeune public)'],
      ],
    ]);
  });

  it('lists the programme by day, then venue, without the cancelled session', () => {
    expect(o.slice(15, 21)).toEqual([
      'BR',
      'H1 Programme',
      'H2 Samedi 10 octobre 2026',
      [
        ['Lieu', 'Horaire', 'Animation', 'Structure', 'Public'],
        [
          'Cosmocité (Le Pont-de-Claix)',
          '14:00–15:00',
          'Planétarium',
          'Cosmocité',
          'scolaires',
        ],
        [
          'Lieu à préciser (Grenoble)',
          '09:00–10:00',
          'Visite de laboratoire',
          'CNRS',
          'scolaires',
        ],
        [
          'Médiathèque (Voiron)',
          '10:00–12:00',
          'Atelier robots',
          'La Casemate',
          'grand public',
        ],
      ],
      'H2 Dimanche 11 octobre 2026',
      [
        ['Lieu', 'Horaire', 'Animation', 'Structure', 'Public'],
        [
          'Salle des fêtes (Voiron)',
          '18:00–19:30',
          'Conférence climat',
          'Université Grenoble Alpes',
          'jeune public',
        ],
      ],
    ]);
    expect(JSON.stringify(o)).not.toContain('Atelier annulé');
  });

  it('groups partners by kind and ends with the contacts', () => {
    expect(o.slice(21)).toEqual([
      'BR',
      'H1 Partenaires',
      'H2 Laboratoire ou organisme de recherche',
      [
        ['Structure', 'Commune', 'Rôle'],
        ['CNRS', 'Grenoble', 'Intervenant'],
      ],
      'H2 Médiathèque',
      [
        ['Structure', 'Commune', 'Rôle'],
        ['Médiathèque de Voiron', 'Voiron', 'Lieu'],
      ],
      'H2 Musée ou centre de sciences',
      [
        ['Structure', 'Commune', 'Rôle'],
        ['La Casemate', 'Grenoble', 'Organisateur'],
      ],
      'H2 Université',
      [
        ['Structure', 'Commune', 'Rôle'],
        ['Université Grenoble Alpes', "Saint-Martin-d'Hères", 'Conférence'],
      ],
      'H1 Contacts',
      'P Responsable : Marie Curie',
      'P Équipe : coordination@territoire-de-sciences.fr',
      [
        ['Structure', 'Contact', 'E-mail'],
        ['La Casemate', 'Jeanne Martin', 'jeanne@casemate.example'],
        ['Médiathèque de Voiron', 'Paul Durand', 'paul@voiron.example'],
        ['Université Grenoble Alpes', 'Service culture', 'culture@uga.example'],
      ],
    ]);
  });

  it('refuses an empty programme with a French message', () => {
    const data = fdsTracker();
    data.sessions = data.sessions.filter(s => s.status === 'annulé');
    expect(() => buildModel('presentation', data, null, ctx)).toThrow(
      AddonError,
    );
    expect(() => buildModel('presentation', data, null, ctx)).toThrow(
      /Le programme est vide/,
    );
    expect(() => buildModel('bilan', fdsTracker(), null, ctx)).toThrow(
      /Aucun bilan/,
    );
    const none = fdsTracker();
    none.event.name = '';
    none.sessions = [];
    none.tasks = [];
    none.partners = [];
    none.budget = [];
    expect(() => buildModel('followup', none, null, ctx)).toThrow(
      /ne contient pas de suivi/,
    );
  });
});

describe("point d'étape", () => {
  const o = outline(followupLayout(fdsTracker(), ctx));
  it('dates the note and counts sessions by status', () => {
    expect(o.slice(0, 4)).toEqual([
      "H0 Point d'étape – Fête de la science 2026",
      'P Situation au jeudi 1er octobre 2026',
      'H1 Sessions par statut',
      [
        ['Statut', 'Sessions'],
        ['Proposé', '1'],
        ['Confirmé', '3'],
        ['Annulé', '1'],
        ['Total', '5'],
      ],
    ]);
  });
  it('lists overdue tasks and tasks due within two weeks, by owner', () => {
    expect(o.slice(4, 8)).toEqual([
      'H1 Tâches en retard',
      [
        ['Responsable', 'Tâche', 'Échéance', 'Statut', 'Retard'],
        // 25/09 is 6 days before 01/10; "fait" tasks are left out.
        ['Alice', 'Commander les kits', '25/09/2026', 'en cours', '6 j'],
        [
          'Sans responsable',
          'Organiser le transport',
          '30/09/2026',
          'bloqué',
          '1 j',
        ],
      ],
      'H1 Tâches à échéance dans les 14 jours',
      [
        ['Responsable', 'Tâche', 'Échéance', 'Statut'],
        ['Alice', 'Réserver les salles', '14/10/2026', 'à faire'],
        ['Bruno', 'Envoyer le communiqué', '05/10/2026', 'à faire'],
      ],
    ]);
  });
  it('shows the budget with its gaps and flags lines committed beyond plan', () => {
    expect(o.slice(8, 12)).toEqual([
      'H1 Budget',
      [
        ['Poste', 'Prévu', 'Engagé', 'Dépensé', 'Écart'],
        [
          'Communication',
          eur('5 000,00'),
          eur('4 000,00'),
          eur('3 000,00'),
          eur('2 000,00'),
        ],
        [
          'Matériel',
          eur('2 000,00'),
          eur('2 500,00'),
          eur('1 000,00'),
          eur('1 000,00'),
        ],
        [
          'Transport',
          eur('1 000,00'),
          eur('0,00'),
          eur('0,00'),
          eur('1 000,00'),
        ],
        [
          'Total',
          eur('8 000,00'),
          eur('6 500,00'),
          eur('4 000,00'),
          eur('4 000,00'),
        ],
      ],
      'P Lignes engagées au-delà du prévu :',
      [
        ['L'],
        [
          `Matériel : ${eur('2 500,00')} engagés pour ${eur('2 000,00')} prévus`,
        ],
      ],
    ]);
  });
  it('lists the open questions', () => {
    expect(o.slice(12)).toEqual([
      'H1 Questions ouvertes',
      'H2 Sessions sans lieu',
      [['L'], ['Visite de laboratoire – 10/10/2026 – Grenoble']],
      'H2 Partenaires sans contact',
      [['L'], ['CNRS']],
    ]);
  });
});

describe('bilan', () => {
  const model = bilanLayout(fdsTracker(), fdsBilan(), ctx);
  const o = outline(model);
  const at = (text: string): number => o.findIndex(x => x === text);

  it("opens with a one-page summary: the key figures beside last year's", () => {
    const i = at('H1 Synthèse');
    // The title page and its page break come first; the summary ends with one.
    expect(o[i - 1]).toBe('BR');
    expect(o.slice(i + 1, i + 5)).toEqual([
      `P 4 séances réalisées dans 3 communes sur 512 (12,4${NNBSP}% de la population du département), par 4 structures organisatrices.`,
      "P 300 visiteurs, dont 120 élèves (source : Programme là où toutes les séances d'une structure ont leurs « Présents », sinon son bilan).",
      'P 40 réponses aux questionnaires ; satisfaction moyenne du grand public 4,2 sur 5 ; NPS 25.',
      `P 2 structures sur 4 ont envoyé leur bilan (50${NNBSP}%).`,
    ]);
    expect(o[i + 5]).toBe("H2 Chiffres clés, d'une édition à l'autre");
    // 4 − 5 = −1, −20 %; 300 − 250 = +50, +20 %; pupils unknown last year: no change.
    expect(o[i + 6]).toEqual([
      [
        'Indicateur',
        'Fête de la science 2026',
        'Fête de la science 2025',
        'Évolution',
      ],
      ['Séances réalisées', '4', '5', `−1 (−20${NNBSP}%)`],
      ['Communes touchées', '3', '2', `+1 (+50${NNBSP}%)`],
      ['Structures organisatrices', '4', '4', `0 (0${NNBSP}%)`],
      ['Visiteurs', '300', '250', `+50 (+20${NNBSP}%)`],
      ['dont élèves', '120', 'non renseigné', '—'],
      ['Réponses aux questionnaires', '40', '32', `+8 (+25${NNBSP}%)`],
      ['Satisfaction moyenne (grand public)', '4,2', '4', '+0,2'],
      ['NPS (grand public)', '25', '10', '+15'],
    ]);
    expect(o[i + 7]).toBe('BR');
  });

  it('gives the programme figures with their sources, and both figures where they differ', () => {
    const i = at('H1 Le programme en chiffres');
    const rows = o[i + 1] as string[][];
    expect(rows[0]).toEqual(['Indicateur', 'Valeur', 'Source']);
    expect(rows).toContainEqual([
      'Séances réalisées (date passée, non annulées)',
      '4',
      'Programme : date passée, ni annulée ni « non réalisé »',
    ]);
    expect(rows).toContainEqual([
      'Présents (Programme)',
      '120',
      'renseigné pour 3 séances sur 4',
    ]);
    expect(rows).toContainEqual([
      'dont élèves',
      '120',
      'bilans des organisateurs',
    ]);
    expect(rows).toContainEqual([
      'Communes touchées',
      '3 sur 512',
      'Programme (onglet du suivi)',
    ]);
    expect(
      o[at('H2 Quand le Programme et les organisateurs diffèrent') + 2],
    ).toEqual([
      [
        'Structure',
        'Chiffre',
        'Programme (« Présents »)',
        'bilans des organisateurs',
      ],
      ['CNRS', 'Visiteurs', '80', '100'],
    ]);
    expect(o[at("H2 Structures qui n'ont pas envoyé leur bilan (2)") + 1]).toBe(
      'P Médiathèque de Vif · Ville de Voiron',
    );
  });

  it('gives the coverage of the territory and its white zones', () => {
    const i = at('H1 Couverture du territoire');
    expect(o[i + 2]).toEqual([
      [
        'Commune',
        'Code INSEE',
        'Population',
        'Séances',
        'Présents',
        'Visiteurs déclarés',
      ],
      ['Grenoble', '38185', `158${NNBSP}198`, '2', '80', '300'],
      // Nobody entered "Présents" in Voiron and no organiser reported there: "—", not 0.
      ['Voiron', '38563', `20${NNBSP}000`, '1', '—', '—'],
      ['Total', '', `178${NNBSP}198`, '3', '', ''],
    ]);
    const w = at('H2 Communes sans séance : 2 zones blanches');
    expect(o[w + 2]).toEqual([
      ['Commune', 'Code INSEE', 'Population'],
      ['Échirolles', '38151', `37${NNBSP}000`],
      ['Meylan', '38229', `17${NNBSP}000`],
    ]);
  });

  it('names the sections by audience and gives each closed question its summary, table and Google chart', () => {
    expect(at('H1 Grand public')).toBeGreaterThan(
      at('H1 Couverture du territoire'),
    );
    expect(
      o.some(
        x => typeof x === 'string' && x.includes('Réponses au formulaire'),
      ),
    ).toBe(false);
    const i = at('H3 Satisfaction globale');
    expect(o.slice(i, i + 4)).toEqual([
      'H3 Satisfaction globale',
      `P 40 réponses · moyenne 4,2 · médiane 4,5 · 80${NNBSP}% dans les deux niveaux les plus hauts`,
      [
        ['Réponse', 'Nombre', 'Part'],
        ['1', '1', `3${NNBSP}%`],
        ['2', '2', `5${NNBSP}%`],
        ['3', '5', `13${NNBSP}%`],
        ['4', '12', `30${NNBSP}%`],
        ['5', '20', `50${NNBSP}%`],
      ],
      'CHART Figure – Satisfaction globale',
    ]);
    // The chart's specification: the table's answers and counts, a column chart for a scale.
    expect(model.blocks[i + 3]).toEqual({
      type: 'chart',
      chart: {
        type: 'column',
        title: 'Satisfaction globale',
        labels: ['1', '2', '3', '4', '5'],
        values: [1, 2, 5, 12, 20],
        valueTitle: 'Nombre',
      },
      alt: 'Figure – Satisfaction globale',
    });
    // Multiple choice: most frequent first, shares of the 40 respondents,
    // horizontal bars labelled with the options.
    const m = at('H3 Comment avez-vous connu la manifestation ?');
    expect(o[m + 2]).toEqual([
      ['Réponse', 'Nombre', 'Part des répondants'],
      ['Réseaux sociaux', '25', `63${NNBSP}%`],
      ['Bouche à oreille', '15', `38${NNBSP}%`],
      ['Affiche', '10', `25${NNBSP}%`],
    ]);
    expect(model.blocks[m + 3]).toMatchObject({
      type: 'chart',
      chart: {
        type: 'bar',
        labels: ['Réseaux sociaux', 'Bouche à oreille', 'Affiche'],
        values: [25, 15, 10],
      },
    });
    expect(o).not.toContain('H3 Adresse e-mail');
  });

  it('shows cross-tabs as the Bilan tab does: "s" for a hidden cell, no mean over hidden cells', () => {
    const i = at('H3 Satisfaction globale selon Commune');
    expect(o[i + 1]).toEqual([
      ['Commune', '1–3', '4–5', 'Réponses', 'Moyenne', 'Médiane'],
      ['Voiron', 's', '12', '15', '—', '—'],
      ['Grenoble', '6', '15', '21', '3,9', '4'],
      ['Vif', 's', 's', '4', '—', '—'],
      ['Ensemble', '10', '30', '40', '4,1', '4'],
    ]);
  });

  it('quotes a selection of distinct comments and leaves Perspectives to write', () => {
    const i = at('H2 Commentaires (sélection)');
    expect(o.slice(i + 1, i + 3)).toEqual([
      'H3 Commentaires',
      [
        ['L'],
        ['« Super atelier ! »'],
        ['« Trop court »'],
        ['« Écrivez-moi : [adresse masquée] »'],
      ],
    ]);
    const p = at('H1 Perspectives');
    expect(o[p - 1]).toBe('BR');
    expect(o[p + 1]).toBe(
      "P À rédiger par l'équipe : enseignements, pistes d'amélioration, prochaines éditions.",
    );
  });

  it('keeps at most 8 comments, drops duplicates and very short ones', () => {
    const many = Array.from({length: 20}, (_, i) => `Commentaire ${i % 10}`);
    expect(selectComments(['a', ...many])).toEqual(
      Array.from({length: 8}, (_, i) => `Commentaire ${i}`),
    );
  });
});

describe('fiches', () => {
  const data = fdsTracker();
  it('lists one key per commune with a session (not cancelled), in alphabetical order', () => {
    expect(ficheKeys(data, 'commune')).toEqual([
      {key: 'insee:38185', label: 'Grenoble'},
      {key: 'insee:38317', label: 'Le Pont-de-Claix'},
      {key: 'insee:38563', label: 'Voiron'},
    ]);
    expect(ficheKeys(data, 'structure').map(k => k.label)).toEqual([
      'CNRS',
      'Cosmocité',
      'La Casemate',
      'Université Grenoble Alpes',
    ]);
  });
  it('gives a commune its sessions, figures and contacts', () => {
    const o = outline(
      ficheLayout(data, 'commune', {key: 'insee:38563', label: 'Voiron'}, ctx),
    );
    expect(o).toEqual([
      'H0 Fiche commune – Voiron',
      'P Fête de la science 2026',
      'P Du vendredi 2 octobre 2026 au lundi 12 octobre 2026',
      'H1 Chiffres clés',
      [
        ['Indicateur', 'Valeur'],
        ['Sessions', '2'],
        ['Structures', '2'],
        ['Lieux', '2'],
        ['Publics', 'grand public, jeune public'],
        // 20 + 100 places; 15 + 40 registered; 12 attended (S1 only).
        ['Jauge totale', '120'],
        ['Inscrits', '55'],
        ['Présents', '12'],
      ],
      'H1 Sessions',
      [
        ['Date', 'Horaire', 'Animation', 'Lieu', 'Structure', 'Public'],
        [
          'Samedi 10 octobre 2026',
          '10:00–12:00',
          'Atelier robots',
          'Médiathèque',
          'La Casemate',
          'grand public',
        ],
        [
          'Dimanche 11 octobre 2026',
          '18:00–19:30',
          'Conférence climat',
          'Salle des fêtes',
          'Université Grenoble Alpes',
          'jeune public',
        ],
      ],
      'H1 Contacts',
      [
        ['Structure', 'Contact', 'E-mail', 'Téléphone'],
        ['La Casemate', 'Jeanne Martin', 'jeanne@casemate.example', '–'],
        [
          'Médiathèque de Voiron',
          'Paul Durand',
          'paul@voiron.example',
          '04 76 00 00 00',
        ],
        [
          'Université Grenoble Alpes',
          'Service culture',
          'culture@uga.example',
          '–',
        ],
      ],
    ]);
  });
  it('gives a structure its sessions across communes', () => {
    const model = ficheLayout(
      data,
      'structure',
      {key: 'structure:cnrs', label: 'CNRS'},
      ctx,
    );
    expect(model.kindLabel).toBe('Fiche structure CNRS');
    const o = outline(model);
    expect(o[0]).toBe('H0 Fiche structure – CNRS');
    expect(o[6]).toEqual([
      ['Date', 'Horaire', 'Animation', 'Lieu', 'Commune', 'Public'],
      [
        'Samedi 10 octobre 2026',
        '09:00–10:00',
        'Visite de laboratoire',
        '–',
        'Grenoble',
        'scolaires',
      ],
    ]);
    expect(o[8]).toEqual([
      ['Structure', 'Contact', 'E-mail', 'Téléphone'],
      ['CNRS', '–', '–', '–'],
    ]);
  });
});

describe('in English', () => {
  afterEach(() => useLanguage('fr'));
  it('writes the presentation with the English catalogue and English dates', () => {
    useLanguage('en');
    const o = outline(presentationLayout(fdsTracker(), {...ctx, lang: 'en'}));
    expect(o.slice(0, 3)).toEqual([
      'H0 Fête de la science 2026',
      'P Presentation file',
      'P From Friday 2 October 2026 to Monday 12 October 2026',
    ]);
    expect(o).toContain('H2 Saturday 10 October 2026');
    expect(o).toContain('H1 Key figures');
  });
});
