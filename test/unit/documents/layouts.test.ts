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
      case 'image':
        return `IMG ${b.alt}`;
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

  it('gives the programme figures of the bilan', () => {
    const i = at('H1 Le programme en chiffres');
    expect(o[i + 1]).toEqual([
      ['Indicateur', 'Valeur'],
      ['Sessions prévues', '5'],
      ['Sessions réalisées', '4'],
      ['Sessions scolaires', '2'],
      ['Sessions grand public', '2'],
      ['Inscrits', '95'],
      ['Présents', '120'],
      ['Communes touchées', '3 sur 512'],
      ['Part de la population du département', `12${NNBSP}%`],
      ['Structures impliquées', '4'],
      ['Réponses aux questionnaires', '40'],
      ['Taux de réponse', `33${NNBSP}%`],
      ['Satisfaction moyenne', '4,2'],
      ['Net Promoter Score', '25'],
    ]);
  });

  it('gives each closed question its summary, table and chart', () => {
    const i = at('H3 Satisfaction globale');
    expect(o.slice(i, i + 4)).toEqual([
      'H3 Satisfaction globale',
      `P 40 réponses · moyenne 4,2 · médiane 4,5 · 80${NNBSP}% de réponses hautes (4–5)`,
      // Numeric answers label their own bars: no row numbers.
      [
        ['Réponse', 'Nombre', 'Part'],
        ['1', '1', `3${NNBSP}%`],
        ['2', '2', `5${NNBSP}%`],
        ['3', '5', `13${NNBSP}%`],
        ['4', '12', `30${NNBSP}%`],
        ['5', '20', `50${NNBSP}%`],
      ],
      'IMG Figure – Satisfaction globale',
    ]);
    const image = model.blocks[i + 3];
    expect(
      image.type === 'image' &&
        Buffer.from(image.png.subarray(1, 4)).toString(),
    ).toBe('PNG');
    const n = at('H3 Recommanderiez-vous la Fête de la science ?');
    expect(o[n + 3]).toEqual([
      ['Groupe', 'Nombre'],
      ['Promoteurs (9–10)', '20'],
      ['Passifs (7–8)', '10'],
      ['Détracteurs (0–6)', '10'],
    ]);
    // Multiple choice: sorted by count; shares of the 40 respondents.
    const m = at('H3 Comment avez-vous connu la manifestation ?');
    expect(o[m + 2]).toEqual([
      ['#', 'Réponse', 'Nombre', 'Part'],
      ['1', 'Réseaux sociaux', '25', `63${NNBSP}%`],
      ['2', 'Bouche à oreille', '15', `38${NNBSP}%`],
      ['3', 'Affiche', '10', `25${NNBSP}%`],
    ]);
    // Personal data and free text never get a statistics table.
    expect(o).not.toContain('H3 Adresse e-mail');
  });

  it('shows small cross-tab groups as "< k"', () => {
    const i = at('H3 Satisfaction globale selon Commune');
    expect(o[i + 1]).toEqual([
      ['Commune', '1–3', '4–5', 'Total', 'Moyenne'],
      ['Voiron', '< 5', '12', '12', '4,5'],
      ['Grenoble', '6', '15', '21', '3,9'],
      ['Vif', '< 5', '< 5', '< 5', '< 5'],
      ['Total', '6', '27', '33', ''],
    ]);
  });

  it('quotes a selection of distinct comments, the organisers figures and leaves Perspectives to write', () => {
    const i = at('H1 Commentaires (sélection)');
    expect(o.slice(i + 1, i + 3)).toEqual([
      'H3 Commentaires',
      [
        ['L'],
        ['« Super atelier ! »'],
        ['« Trop court »'],
        ['« Écrivez-moi : [adresse masquée] »'],
      ],
    ]);
    const k = at('H1 Chiffres déclarés par les organisateurs');
    expect(o[k + 1]).toEqual([
      ['Indicateur', 'Valeur'],
      ['Bilans reçus', '3'],
      ['Visiteurs', '300'],
      ['Élèves', '120'],
      ['Classes', '5'],
    ]);
    expect(o[k + 3]).toEqual([
      ['Structure', 'Visiteurs', 'Élèves', 'Classes'],
      ['La Casemate', '200', '50', '2'],
      ['CNRS', '100', '70', '3'],
      ['Total', '300', '120', '5'],
    ]);
    expect(o.slice(-3)).toEqual([
      'BR',
      'H1 Perspectives',
      "P À rédiger par l'équipe : enseignements, pistes d'amélioration, prochaines éditions.",
    ]);
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
