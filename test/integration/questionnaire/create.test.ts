/**
 * "Créer le questionnaire…" on the emulator, running the built bundle: the
 * bank, each audience's form and its items, the prefilled links in the
 * Programme, the QR code document, the single submit trigger, and the
 * response counts kept by that trigger.
 */
import type {FormDump} from '../../../emulator/forms/dump';
import {buildBundle, setupTracker, valuesOf} from './setup';
import {readQrGif} from '../../helpers/qr';

beforeAll(() => buildBundle());

const create = (
  ws: ReturnType<typeof setupTracker>['ws'],
  ss: ReturnType<typeof setupTracker>['ss'],
  audience: string,
  collectEmails = false,
) => ws.callServer(ss, 'createQuestionnaire', [{audience, collectEmails}]);

function formDumps(ws: ReturnType<typeof setupTracker>['ws']): FormDump[] {
  return ws.dump().forms as FormDump[];
}

const GP_LABELS = [
  'Atelier robots – 10/10 10:00 – Grenoble',
  'Planétarium – 10/10 14:00 – Le Pont-de-Claix',
  'Conférence climat – 11/10 18:00 – Grenoble',
];

describe('the general public questionnaire', () => {
  const {ws, ss} = setupTracker();
  let result: {
    ok: boolean;
    formId: string;
    publishedUrl: string;
    docUrl: string;
    items: number;
    links: number;
  };

  test('menu and dialog: audience choice, e-mail collection off by default', () => {
    const labels = ws.menu(ss).map(i => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Créer le questionnaire…',
        'Préparer la banque de questions',
        'Générer le bilan',
      ]),
    );
    const r = ws.clickMenu(ss, 'Créer le questionnaire…');
    expect(r.error).toBeNull();
    const page = ws.ui.lastPage()!;
    expect(page.title).toBe('Créer le questionnaire');
    expect(page.html).toContain('<option value="public">Grand public</option>');
    expect(page.html).toContain(
      '<option value="organisers">Organisateurs (Fête de la science)</option>',
    );
    expect(page.html).toMatch(
      /name="collectEmails" type="checkbox" data-checked="false"/,
    );
  });

  test('the form is built from the bank, linked to the tracker', () => {
    const r = create(ws, ss, 'public');
    expect(r.error).toBeNull();
    result = r.value as typeof result;
    expect(result).toMatchObject({ok: true, items: 11, links: 3});
    const forms = formDumps(ws);
    expect(forms).toHaveLength(1);
    const f = forms[0];
    expect(f.title).toBe(
      'Fête de la science 2026 – questionnaire Grand public',
    );
    expect(f.collectsEmail).toBe(false);
    expect(f.destination?.spreadsheetId).toBe(ss.getId());
    const items = f.items.map(i => [i.type, i.title]);
    expect(items).toEqual([
      ['LIST', 'Quelle animation avez-vous suivie ?'],
      ['TEXT', 'Dans quelle commune habitez-vous ?'],
      ['MULTIPLE_CHOICE', 'Avec qui êtes-vous venu(e) ?'],
      ['MULTIPLE_CHOICE', "Votre tranche d'âge"],
      ['CHECKBOX', 'Comment avez-vous connu cet événement ?'],
      ['SCALE', 'Globalement, êtes-vous satisfait(e) de cette animation ?'],
      ['SCALE', 'Les explications étaient-elles claires ?'],
      ['MULTIPLE_CHOICE', "La durée de l'animation était…"],
      [
        'SCALE',
        'Quelle est la probabilité que vous recommandiez cet événement à un proche ?',
      ],
      [
        'MULTIPLE_CHOICE',
        'Est-ce la première fois que vous venez à cet événement ?',
      ],
      ['PARAGRAPH_TEXT', 'Vos remarques et suggestions'],
    ]);
    // Sessions from the Programme: general public only, the cancelled walk left out.
    expect(f.items[0].choices).toEqual(GP_LABELS);
    expect(f.items[0].required).toBe(true);
    expect(f.items[2]).toMatchObject({
      choices: ['Seul(e)', 'En famille', 'Entre amis', "Avec l'école"],
      otherOption: true,
    });
    expect(f.items[4].choices).toContain('Presse, radio');
    expect(f.items[5]).toMatchObject({
      bounds: [1, 5],
      labels: ['Pas du tout satisfait(e)', 'Très satisfait(e)'],
    });
    expect(f.items[8]).toMatchObject({
      bounds: [0, 10],
      labels: ['Pas du tout probable', 'Très probable'],
    });
    // The response sheet is in the tracker and knows its form.
    const linked = ss.getSheets().filter(s => s.getFormUrl());
    expect(linked.map(s => s.getName())).toEqual(['Réponses au formulaire 1']);
  });

  test('each session gets its prefilled link in the Programme (one write)', () => {
    const programme = valuesOf(ss, 'Programme');
    const col = programme[0].indexOf('Lien du questionnaire');
    const links = programme.slice(1).map(r => String(r[col]));
    const f = formDumps(ws)[0];
    const entry = `entry.${f.items[0].id}=`;
    // Rows: S1 S2 S3 (general public) get a link; the school, professional and cancelled sessions none.
    expect(links.map(l => l !== '')).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    links.slice(0, 3).forEach((l, i) => {
      expect(l.startsWith(f.publishedUrl + '?')).toBe(true);
      const value = l.split(entry)[1];
      expect(decodeURIComponent(value.replace(/\+/g, ' '))).toBe(GP_LABELS[i]);
    });
  });

  test('the printable document: the form QR code and one per session, made in the script', () => {
    const docs = ws.dump().documents as {
      id: string;
      title?: string;
      name?: string;
    }[];
    expect(docs).toHaveLength(1);
    const text = JSON.stringify(docs[0]);
    for (const label of GP_LABELS) expect(text).toContain(label);
    const images = [
      ...text.matchAll(/"dataUri":"data:image\/gif;base64,([^"]+)"/g),
    ].map(m => m[1]);
    expect(images).toHaveLength(4);
    // Read by an independent decoder (omggif + jsQR), each QR code holds the
    // form's link, then each session's prefilled link from the Programme.
    const programme = valuesOf(ss, 'Programme');
    const col = programme[0].indexOf('Lien du questionnaire');
    const links = programme.slice(1, 4).map(r => String(r[col]));
    expect(images.map(readQrGif)).toEqual([
      formDumps(ws)[0].publishedUrl,
      ...links,
    ]);
    // And each prefilled link names its session (checked above on the form).
    for (const l of links)
      expect(l.startsWith(formDumps(ws)[0].publishedUrl)).toBe(true);
  });

  test('the submit trigger is installed once, and again gives one trigger, one form, one document', () => {
    const handlers = () =>
      ws.triggers.filter(tr => tr.handler === 'onQuestionnaireSubmit');
    expect(handlers()).toHaveLength(1);
    expect(handlers()[0]).toMatchObject({
      type: 'ON_FORM_SUBMIT',
      sourceId: ss.getId(),
    });
    const again = create(ws, ss, 'public');
    expect(again.error).toBeNull();
    expect(again.value).toMatchObject({
      ok: true,
      updated: true,
      formId: result.formId,
    });
    expect(handlers()).toHaveLength(1);
    expect(formDumps(ws)).toHaveLength(1);
    expect(ws.dump().documents).toHaveLength(1);
    expect(ss.getSheets().filter(s => s.getFormUrl())).toHaveLength(1);
  });

  test('a response updates the counts through the trigger', () => {
    const form = ws.forms[0];
    const runs = ws.submitForm(form, {
      'Quelle animation avez-vous suivie ?': GP_LABELS[1],
      'Globalement, êtes-vous satisfait(e) de cette animation ?': '5',
    });
    expect(runs.map(r => [r.fn, r.error])).toEqual([
      ['onQuestionnaireSubmit', null],
    ]);
    ws.submitForm(form, {
      'Quelle animation avez-vous suivie ?': GP_LABELS[1],
      'Globalement, êtes-vous satisfait(e) de cette animation ?': '4',
    });
    const counts = valuesOf(ss, 'Réponses aux questionnaires');
    expect(counts[0]).toEqual([
      'Questionnaire',
      'Séance',
      'Réponses',
      'Participants',
      'Taux de réponse (%)',
    ]);
    expect(counts.slice(1).map(r => r.slice(0, 5))).toEqual([
      ['Grand public', GP_LABELS[0], 0, 40, 0],
      ['Grand public', GP_LABELS[1], 2, 30, 6.7],
      ['Grand public', GP_LABELS[2], 0, 50, 0],
      ['Grand public', 'Total', 2, 120, 1.7],
    ]);
  });
});

describe('the other audiences', () => {
  const {ws, ss} = setupTracker();

  test('teachers: school sessions, a number item checked as a whole number, a section', () => {
    const r = create(ws, ss, 'teachers');
    expect(r.error).toBeNull();
    const f = formDumps(ws)[0];
    expect(f.items[0]).toMatchObject({
      type: 'LIST',
      choices: ['Classe eau – 12/10 09:30 – Échirolles'],
    });
    const pupils = f.items.find(i => i.title === "Nombre d'élèves présents")!;
    expect(pupils).toMatchObject({
      type: 'TEXT',
      validation: {rule: 'requireWholeNumber'},
    });
    expect(f.items.find(i => i.type === 'SECTION_HEADER')?.title).toBe(
      'Votre avis',
    );
  });

  test('summer school: a rating grid with one row per workshop', () => {
    const r = create(ws, ss, 'summer');
    expect(r.error).toBeNull();
    const f = formDumps(ws)[1];
    const grid = f.items.find(i => i.type === 'GRID')!;
    expect(grid.title).toBe('Notez chaque atelier');
    expect(grid.rows).toEqual([
      'Atelier robots – 10/10 10:00 – Grenoble',
      'Planétarium – 10/10 14:00 – Le Pont-de-Claix',
      'Conférence climat – 11/10 18:00 – Grenoble',
      'Classe eau – 12/10 09:30 – Échirolles',
      'Atelier médiation – 06/07 09:00 – Le Pont-de-Claix',
    ]);
    expect(grid.columns).toEqual(['1', '2', '3', '4', '5']);
    // No session dropdown: no prefilled links; the document has the form's QR code only.
    expect((r.value as {links: number}).links).toBe(0);
  });

  test('organisers: structure, sessions, visitors, pupils, classes, communes; e-mails when asked', () => {
    const r = create(ws, ss, 'organisers', true);
    expect(r.error).toBeNull();
    const f = formDumps(ws)[2];
    expect(f.collectsEmail).toBe(true);
    expect(f.items.map(i => i.title)).toEqual([
      'Nom de votre structure',
      'Type de structure',
      'Commune principale de vos animations',
      'Vos chiffres',
      'Nombre de séances réalisées',
      'Nombre total de visiteurs',
      'Dont élèves (scolaires)',
      'Nombre de classes accueillies',
      'Autres communes où vous avez animé (une par ligne)',
      'Difficultés rencontrées',
      'Commentaires et suggestions',
    ]);
    // Three audiences, three response sheets, still one trigger.
    expect(ss.getSheets().filter(s => s.getFormUrl())).toHaveLength(3);
    expect(
      ws.triggers.filter(tr => tr.handler === 'onQuestionnaireSubmit'),
    ).toHaveLength(1);
  });

  test('an unknown audience is refused with a message', () => {
    const r = create(ws, ss, 'élus');
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({ok: false});
  });
});

describe('the bank tab', () => {
  test('created once with the standard items; staff edits are never overwritten', () => {
    const {ws, ss} = setupTracker();
    let r = ws.clickMenu(ss, 'Préparer la banque de questions');
    expect(r.error).toBeNull();
    expect(ws.ui.alerts.at(-1)?.prompt).toMatch(
      /^Onglet « Questionnaire » créé avec 44 questions types/,
    );
    const bank = () => valuesOf(ss, 'Questionnaire');
    expect(bank()[0]).toEqual([
      'ID',
      'Question',
      'Type',
      'Choix',
      'Obligatoire',
      'Public',
      'Aide',
    ]);
    expect(bank()).toHaveLength(45);
    // Staff reword a question and remove the "first time" one.
    ss.getSheetByName('Questionnaire')!
      .getRange(3, 2)
      .setValue('Votre commune de résidence ?');
    ss.getSheetByName('Questionnaire')!.deleteRow(11);
    const edited = bank();
    r = ws.clickMenu(ss, 'Préparer la banque de questions');
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      "L'onglet « Questionnaire » existe déjà : il n'a pas été modifié.",
    );
    expect(bank()).toEqual(edited);
    // The form follows the edited bank.
    const c = ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);
    expect(c.error).toBeNull();
    const titles = (ws.dump().forms as FormDump[])[0].items.map(i => i.title);
    expect(titles).toContain('Votre commune de résidence ?');
    expect(titles).not.toContain(
      'Est-ce la première fois que vous venez à cet événement ?',
    );
  });

  test('a bad kind typed by staff: a message naming the row, no form made', () => {
    const {ws, ss} = setupTracker();
    ws.clickMenu(ss, 'Préparer la banque de questions');
    // Pasted over the dropdown (which refuses typing it).
    ss.getSheetByName('Questionnaire')!
      .getRange(4, 3)
      .clearDataValidations()
      .setValue('Curseur');
    const r = ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);
    expect(r.error).toBeNull();
    expect(r.value).toEqual({
      ok: false,
      message:
        "Onglet « Questionnaire », ligne 4 : le type « Curseur » n'est pas reconnu. Choisissez un type de la liste.",
    });
    expect(ws.forms).toHaveLength(0);
  });
});

describe('two submissions at the same time', () => {
  test('the two trigger runs wait for each other at the lock; the counts are right', () => {
    const {ws, ss} = setupTracker();
    ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);
    const form = ws.forms[0];
    for (const label of [GP_LABELS[0], GP_LABELS[0], GP_LABELS[2]]) {
      ws.submitForm(form, {
        'Quelle animation avez-vous suivie ?': label,
        'Globalement, êtes-vous satisfait(e) de cette animation ?': '4',
      });
    }
    const spec = {
      target: ss,
      fn: 'onQuestionnaireSubmit',
      args: [],
      kind: 'trigger' as const,
    };
    const [a, b] = ws.interleave(spec, spec, {atCall: 8, contention: 'wait'});
    expect([a.error, b.error]).toEqual([null, null]);
    const counts = valuesOf(ss, 'Réponses aux questionnaires');
    expect(counts.slice(1).map(r => r.slice(1, 3))).toEqual([
      [GP_LABELS[0], 2],
      [GP_LABELS[1], 0],
      [GP_LABELS[2], 1],
      ['Total', 3],
    ]);
  });
});

describe('creation cut half-way, then run again', () => {
  const run = (
    ws: ReturnType<typeof setupTracker>['ws'],
    ss: ReturnType<typeof setupTracker>['ss'],
  ) =>
    ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);

  // Ids differ from one workspace to the other; the rest must not.
  const withoutIds = (f: FormDump) => f.items.map(i => ({...i, id: 0}));

  /** What a quiet creation leaves: one form, its items, one response sheet, one QR document. */
  function quiet() {
    const {ws, ss} = setupTracker();
    expect(run(ws, ss).error).toBeNull();
    return {
      items: withoutIds(formDumps(ws)[0]),
      links: valuesOf(ss, 'Programme').map(
        r => r.filter(v => String(v).includes('entry.')).length,
      ),
    };
  }

  test.each([
    // Right after FormApp.create, before its id is recorded: found again by its title.
    ['the first Form.getId', {service: 'Form', method: 'getId', callIndex: 1}],
    // In the middle of the questions (the 3rd scale item half-set).
    [
      'the 3rd addScaleItem',
      {service: 'Form', method: 'addScaleItem', callIndex: 3},
    ],
    // After the response sheet, before the QR document's id is recorded.
    [
      'the QR document saveAndClose',
      {service: 'Document', method: 'saveAndClose', callIndex: 1},
    ],
  ])(
    'cut at %s: the rerun finishes the same form, nothing twice',
    (_, spec) => {
      const expected = quiet();
      const {ws, ss} = setupTracker();
      ws.failAt({fn: 'createQuestionnaire', ...spec});
      const cut = run(ws, ss);
      expect(cut.error ?? (cut.value as {ok: boolean}).ok).not.toBe(true);
      const again = run(ws, ss);
      expect(again.error).toBeNull();
      expect(again.value).toMatchObject({ok: true, updated: false});
      const forms = formDumps(ws);
      expect(forms).toHaveLength(1);
      // Every question whole (bounds, labels, choices…), in order.
      expect(withoutIds(forms[0])).toEqual(expected.items);
      expect(
        ss
          .getSheets()
          .filter(s => s.getName().startsWith('Réponses au formulaire'))
          .map(s => s.getName()),
      ).toEqual(['Réponses au formulaire 1']);
      expect(ws.documents.map(d => d.name)).toEqual([
        `QR codes du questionnaire – ${forms[0].title}`,
      ]);
      expect(
        ws.triggers.filter(tr => tr.handler === 'onQuestionnaireSubmit'),
      ).toHaveLength(1);
      expect(
        valuesOf(ss, 'Programme').map(
          r => r.filter(v => String(v).includes('entry.')).length,
        ),
      ).toEqual(expected.links);
      // A third run only brings the finished form up to date.
      expect(run(ws, ss).value).toMatchObject({ok: true, updated: true});
      expect(formDumps(ws)).toHaveLength(1);
    },
  );
});
