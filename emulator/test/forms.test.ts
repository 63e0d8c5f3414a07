/**
 * FormApp emulation: response sheet naming and headers (issue 3, point 2),
 * submitted rows as Google writes them, pre-filled URLs, responses.
 */
import {
  IdGenerator,
  type EmuEnv,
  type ExecutionContext,
  type Locale,
} from '../core/env';
import {Clock, Meter} from '../core/meter';
import {createDriveApp} from '../drive/drive-app';
import {formDump} from '../forms/dump';
import {type FormSheets} from '../forms/form';
import {createFormApp} from '../forms/form-app';
import {submitFormResponse} from '../forms/submit';
import {
  createSheetsBridge,
  newSpreadsheet,
} from '../spreadsheet/spreadsheet-app';

/**
 * A person publishes a form before sharing it: forms made after 30 June 2026
 * start unpublished and take no response until then.
 */
function published(
  f: GoogleAppsScript.Forms.Form,
): GoogleAppsScript.Forms.Form {
  (f as unknown as {setPublished(b: boolean): unknown}).setPublished(true);
  return f;
}

type TestEnv = EmuEnv & {ctx: ExecutionContext | null};

function makeEnv(locale: Locale = 'fr'): TestEnv {
  const env: TestEnv = {
    clock: new Clock(Date.parse('2026-10-10T08:00:00Z')),
    meter: new Meter(),
    ids: new IdGenerator(),
    locale,
    timeZone: 'Europe/Paris',
    scriptTimeZone: () => 'Europe/Paris',
    accountType: 'consumer',
    distDir: 'dist',
    ctx: null,
    context() {
      return env.ctx;
    },
    spreadsheets: new Map(),
    forms: new Map(),
    documents: new Map(),
    files: new Map(),
    mails: [],
    callTopLevel() {
      throw new Error('no bundle');
    },
  };
  return env;
}

/** A recording bridge, to check exactly what forms.ts asks of the spreadsheet module. */
function fakeBridge() {
  const sheets = new Map<
    string,
    {headers: string[]; rows: unknown[][]; formUrl: string}
  >();
  const calls: string[] = [];
  const bridge: FormSheets = {
    getSpreadsheet: id => (id === 'ss1' ? ({locale: 'en'} as never) : null),
    addResponseSheet(ssId, _formId, formUrl, headers) {
      calls.push(`add ${ssId}`);
      const name = `Form Responses ${sheets.size + 1}`;
      sheets.set(name, {headers: [...headers], rows: [], formUrl});
      return name;
    },
    appendResponseRow(_ssId, name, row) {
      const s = sheets.get(name)!;
      s.rows.push(row);
      return s.rows.length + 1;
    },
    setHeaders(_ssId, name, headers) {
      calls.push(`headers ${headers.join('|')}`);
      sheets.get(name)!.headers = [...headers];
    },
    unlinkForm() {
      calls.push('unlink');
    },
  };
  return {bridge, sheets, calls};
}

const noUi = () => {
  throw new Error('no ui');
};

function buildQuestionnaire(env: EmuEnv, bridge: FormSheets) {
  const FormApp = createFormApp(env, bridge, noUi);
  const form = published(FormApp.create('Questionnaire FDS 2026'));
  form.addSectionHeaderItem().setTitle('Votre visite');
  form
    .addScaleItem()
    .setTitle('Satisfaction')
    .setBounds(1, 10)
    .setLabels('Pas du tout', 'Tout à fait')
    .setRequired(true);
  form
    .addCheckboxItem()
    .setTitle('Comment avez-vous connu ?')
    .setChoiceValues(['Presse', 'Affiche', 'Bouche-à-oreille']);
  form
    .addMultipleChoiceItem()
    .setTitle('Première visite ?')
    .setChoiceValues(['Oui', 'Non']);
  form.addPageBreakItem().setTitle('Suite');
  form
    .addGridItem()
    .setTitle('Note')
    .setRows(['Accueil', 'Contenu'])
    .setColumns(['Bien', 'Moyen', 'Mal']);
  form.addTextItem().setTitle('Code postal');
  form.addParagraphTextItem().setTitle('Commentaires');
  return {FormApp, form};
}

describe('setDestination with the real spreadsheet bridge', () => {
  test.each([
    ['fr', 'Réponses au formulaire 1', 'Horodateur'],
    ['en', 'Form Responses 1', 'Timestamp'],
  ] as const)(
    'locale %s: sheet "%s", first header "%s", getFormUrl points at the form',
    (locale, name, ts) => {
      const env = makeEnv(locale);
      const bridge = createSheetsBridge(env);
      const ss = newSpreadsheet(env, 'Suivi');
      const {form} = buildQuestionnaire(env, bridge);
      form.setDestination('SPREADSHEET' as never, ss.getId());
      expect(form.getDestinationId()).toBe(ss.getId());
      const sheet = ss.getSheets()[0];
      expect(sheet.getName()).toBe(name);
      const headers = sheet
        .getRange(1, 1, 1, sheet.getLastColumn())
        .getValues()[0];
      expect(headers).toEqual([
        ts,
        'Satisfaction',
        'Comment avez-vous connu ?',
        'Première visite ?',
        'Note [Accueil]',
        'Note [Contenu]',
        'Code postal',
        'Commentaires',
      ]);
      expect(sheet.getFormUrl()).toBe(
        `https://docs.google.com/forms/d/${form.getId()}/viewform`,
      );
      // The form URL opens the same form.
      const FormApp = createFormApp(env, bridge, noUi);
      expect(FormApp.openByUrl(sheet.getFormUrl()!).getId()).toBe(form.getId());
      // A second form on the same spreadsheet gets number 2.
      const other = published(FormApp.create('Autre'));
      other.addTextItem().setTitle('Q');
      other.setDestination('SPREADSHEET' as never, ss.getId());
      expect(ss.getSheets()[0].getName()).toBe(name.replace('1', '2'));
    },
  );

  test('a submitted response appends a typed row to the sheet', () => {
    const env = makeEnv('fr');
    const bridge = createSheetsBridge(env);
    const ss = newSpreadsheet(env, 'Suivi');
    const {form} = buildQuestionnaire(env, bridge);
    form.setDestination('SPREADSHEET' as never, ss.getId());
    const at = new Date('2026-10-11T14:30:00Z');
    const res = submitFormResponse(
      env,
      bridge,
      form.getId(),
      {
        Satisfaction: 9,
        'Comment avez-vous connu ?': ['Presse', 'Affiche'],
        'Première visite ?': 'Oui',
        Note: ['Bien', 'Moyen'],
        'Code postal': '38000',
        Commentaires: 'Très bien, merci',
      },
      {at},
    );
    expect(res.sheetRow?.row).toBe(2);
    const row = ss.getSheets()[0].getRange(2, 1, 1, 8).getValues()[0];
    expect(row[0]).toBeInstanceOf(Date);
    expect((row[0] as Date).getTime()).toBe(at.getTime());
    expect(row.slice(1)).toEqual([
      9,
      'Presse, Affiche',
      'Oui',
      'Bien',
      'Moyen',
      38000,
      'Très bien, merci',
    ]);
  });
});

describe('FormApp with a recording bridge', () => {
  test('headers follow the questions: added, renamed, deleted (column kept)', () => {
    const env = makeEnv('fr');
    const {bridge, sheets} = fakeBridge();
    const {form} = buildQuestionnaire(env, bridge);
    form.setDestination('SPREADSHEET' as never, 'ss1');
    // The spreadsheet is English: Timestamp, whatever the workspace default.
    expect(sheets.get('Form Responses 1')!.headers[0]).toBe('Timestamp');
    const age = form
      .addListItem()
      .setTitle('Âge')
      .setChoiceValues(['-18', '18-25', '26+']);
    form
      .getItems(FormApp_ItemType('TEXT'))[0]
      .setTitle('Code postal (domicile)');
    form.deleteItem(form.getItems().length - 2); // the paragraph "Commentaires"
    const h = sheets.get('Form Responses 1')!.headers;
    expect(h).toEqual([
      'Timestamp',
      'Satisfaction',
      'Comment avez-vous connu ?',
      'Première visite ?',
      'Note [Accueil]',
      'Note [Contenu]',
      'Code postal (domicile)',
      'Commentaires',
      'Âge',
    ]);
    expect(age.getTitle()).toBe('Âge');
  });

  test('collecting e-mails adds the e-mail column after the timestamp', () => {
    const env = makeEnv('fr');
    const {bridge, sheets} = fakeBridge();
    const FormApp = createFormApp(env, bridge, noUi);
    const form = published(FormApp.create('Inscription')).setCollectEmail(true);
    form.addTextItem().setTitle('Nom');
    form.setDestination('SPREADSHEET' as never, 'ss1');
    expect(sheets.get('Form Responses 1')!.headers).toEqual([
      'Timestamp',
      'Email Address',
      'Nom',
    ]);
    const r = submitFormResponse(
      env,
      bridge,
      form.getId(),
      {Nom: 'Durand'},
      {email: 'a@b.fr'},
    );
    expect(r.sheetRow!.values.slice(1)).toEqual(['a@b.fr', 'Durand']);
    expect(form.getResponses()[0].getRespondentEmail()).toBe('a@b.fr');
  });

  test('respondent mistakes are refused: unknown title, missing required, unknown choice, scale out of range', () => {
    const env = makeEnv();
    const {bridge} = fakeBridge();
    const {form} = buildQuestionnaire(env, bridge);
    const id = form.getId();
    expect(() =>
      submitFormResponse(env, bridge, id, {Satisfaction: 5, Inconnu: 'x'}),
    ).toThrow('no question titled "Inconnu"');
    expect(() =>
      submitFormResponse(env, bridge, id, {'Code postal': '38000'}),
    ).toThrow('Missing answer to required question "Satisfaction"');
    expect(() =>
      submitFormResponse(env, bridge, id, {
        Satisfaction: 5,
        'Première visite ?': 'Peut-être',
      }),
    ).toThrow('"Peut-être" is not a choice');
    expect(() =>
      submitFormResponse(env, bridge, id, {Satisfaction: 11}),
    ).toThrow('outside the scale 1–10');
    expect(form.getResponses()).toHaveLength(0);
  });

  test('responses: item responses in form order, scale answer is a string, grid one entry per row', () => {
    const env = makeEnv();
    const {bridge, sheets} = fakeBridge();
    const {form} = buildQuestionnaire(env, bridge);
    const r = submitFormResponse(env, bridge, form.getId(), {
      Commentaires: 'Super',
      Satisfaction: 7,
      Note: {Contenu: 'Bien', Accueil: 'Mal'},
    });
    expect(r.sheetRow).toBeNull();
    // Once linked, earlier responses are copied into the new sheet.
    form.setDestination('SPREADSHEET' as never, 'ss1');
    expect(sheets.get('Form Responses 1')!.rows).toEqual([
      [new Date(env.clock.nowMillis()), 7, '', '', 'Mal', 'Bien', '', 'Super'],
    ]);
    const got = form.getResponse(r.responseId);
    const items = got.getItemResponses();
    expect(items.map(i => i.getItem().getTitle())).toEqual([
      'Satisfaction',
      'Note',
      'Commentaires',
    ]);
    expect(items[0].getResponse()).toBe('7');
    expect(items[1].getResponse()).toEqual(['Mal', 'Bien']);
    expect(got.getTimestamp().getTime()).toBe(env.clock.nowMillis());
  });

  test('toPrefilledUrl: viewform URL with entry.<itemId>=<encoded value>, checkbox repeated', () => {
    const env = makeEnv();
    const {bridge} = fakeBridge();
    const {form} = buildQuestionnaire(env, bridge);
    const items = form.getItems();
    const scale = items[1].asScaleItem();
    const check = items[2].asCheckboxItem();
    const comment = items[7].asParagraphTextItem();
    const url = form
      .createResponse()
      .withItemResponse(scale.createResponse(8))
      .withItemResponse(check.createResponse(['Presse', 'Bouche-à-oreille']))
      .withItemResponse(comment.createResponse('Salle A & B ?'))
      .toPrefilledUrl();
    const base = form.getPublishedUrl();
    expect(base).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/,
    );
    expect(url).toBe(
      `${base}?usp=pp_url&entry.${scale.getId()}=8` +
        `&entry.${check.getId()}=Presse&entry.${check.getId()}=Bouche-%C3%A0-oreille` +
        `&entry.${comment.getId()}=Salle+A+%26+B+%3F`,
    );
  });

  test('a script-built response submitted with submit() is recorded and written', () => {
    const env = makeEnv();
    const {bridge, sheets} = fakeBridge();
    const seen: string[] = [];
    const FormApp = createFormApp(env, bridge, noUi, {
      onScriptSubmit: r => seen.push(r.responseId),
    });
    const form = published(FormApp.create('Q'));
    const item = form
      .addMultipleChoiceItem()
      .setTitle('Oui ?')
      .setChoiceValues(['Oui', 'Non']);
    form.setDestination('SPREADSHEET' as never, 'ss1');
    const resp = form
      .createResponse()
      .withItemResponse(item.createResponse('Non'))
      .submit();
    expect(seen).toEqual([resp.getId()]);
    expect(sheets.get('Form Responses 1')!.rows[0].slice(1)).toEqual(['Non']);
  });

  test('item validations built with FormApp.create…Validation() refuse bad answers', () => {
    const env = makeEnv();
    const {bridge} = fakeBridge();
    const FormApp = createFormApp(env, bridge, noUi);
    const form = published(FormApp.create('Inscription'));
    const cp = FormApp.createTextValidation()
      .setHelpText('5 chiffres')
      .requireTextMatchesPattern('[0-9]{5}')
      .build();
    form.addTextItem().setTitle('Code postal').setValidation(cp);
    form
      .addCheckboxItem()
      .setTitle('Ateliers')
      .setChoiceValues(['A', 'B', 'C'])
      .setValidation(
        FormApp.createCheckboxValidation().requireSelectAtMost(2).build(),
      );
    form
      .addTextItem()
      .setTitle('Âge')
      .setValidation(
        FormApp.createTextValidation().requireNumberBetween(0, 120).build(),
      );
    const id = form.getId();
    expect(() =>
      submitFormResponse(env, bridge, id, {'Code postal': '3800'}),
    ).toThrow(
      'The answer to question "Code postal" fails its validation (5 chiffres).',
    );
    expect(() =>
      submitFormResponse(env, bridge, id, {Ateliers: ['A', 'B', 'C']}),
    ).toThrow('fails its validation');
    expect(() => submitFormResponse(env, bridge, id, {Âge: 'douze'})).toThrow(
      'fails its validation',
    );
    submitFormResponse(env, bridge, id, {
      'Code postal': '38000',
      Ateliers: ['A', 'C'],
      Âge: '12',
    });
    expect(form.getResponses()).toHaveLength(1);
    expect(() => form.getItems()[0].asScaleItem()).toThrow('cannot be cast');
    expect(formDump(env.forms.get(id) as never).items[0].validation).toEqual({
      rule: 'requireTextMatchesPattern',
      args: ['[0-9]{5}'],
      helpText: '5 chiffres',
    });
  });

  test('limit to one response per user; a closed form refuses answers', () => {
    const env = makeEnv();
    const {bridge} = fakeBridge();
    const FormApp = createFormApp(env, bridge, noUi);
    const form = published(
      FormApp.create('Inscription'),
    ).setLimitOneResponsePerUser(true);
    form.addTextItem().setTitle('Nom');
    submitFormResponse(
      env,
      bridge,
      form.getId(),
      {Nom: 'A'},
      {email: 'a@x.fr'},
    );
    expect(() =>
      submitFormResponse(
        env,
        bridge,
        form.getId(),
        {Nom: 'A2'},
        {email: 'a@x.fr'},
      ),
    ).toThrow('can only answer once');
    submitFormResponse(
      env,
      bridge,
      form.getId(),
      {Nom: 'B'},
      {email: 'b@x.fr'},
    );
    form.setAcceptingResponses(false);
    expect(() =>
      submitFormResponse(env, bridge, form.getId(), {Nom: 'C'}),
    ).toThrow('This form is no longer accepting responses.');
    expect(form.getResponses()).toHaveLength(2);
  });

  test('Drive makeCopy of a form copies its questions, not its responses', () => {
    const env = makeEnv();
    const {bridge} = fakeBridge();
    const {FormApp, form} = buildQuestionnaire(env, bridge);
    submitFormResponse(env, bridge, form.getId(), {Satisfaction: 4});
    const DriveApp = createDriveApp(env);
    const copyId = DriveApp.getFileById(form.getId())
      .makeCopy('Questionnaire 2027')
      .getId();
    const copy = FormApp.openById(copyId);
    expect(copy.getItems().map(i => i.getTitle())).toEqual(
      form.getItems().map(i => i.getTitle()),
    );
    expect(copy.getItems()[1].getId()).not.toBe(form.getItems()[1].getId());
    expect(copy.getResponses()).toHaveLength(0);
    expect(DriveApp.getFileById(copyId).getName()).toBe('Questionnaire 2027');
  });

  test('plain items from getItems() must be cast; a type lacking a method throws TypeError', () => {
    const env = makeEnv();
    const {bridge} = fakeBridge();
    const {form} = buildQuestionnaire(env, bridge);
    const plain = form.getItems()[2] as unknown as {getChoices?: unknown};
    expect(plain.getChoices).toBeUndefined();
    const choices = form.getItems()[2].asCheckboxItem().getChoices();
    expect(choices.map(c => c.getValue())).toEqual([
      'Presse',
      'Affiche',
      'Bouche-à-oreille',
    ]);
    const text = form.addTextItem() as unknown as {
      setChoiceValues(v: string[]): void;
    };
    expect(() => text.setChoiceValues(['a'])).toThrow(TypeError);
    expect(() => text.setChoiceValues(['a'])).toThrow(
      'TextItem.setChoiceValues is not a function',
    );
    expect(env.meter.total.byMethod['Item.asCheckboxItem']).toBe(1);
  });

  test('every call is metered; create counts as a creation', () => {
    const env = makeEnv();
    const {bridge} = fakeBridge();
    buildQuestionnaire(env, bridge);
    expect(env.meter.total.byMethod['FormApp.create']).toBe(1);
    expect(env.meter.total.creates).toBe(1);
    expect(env.meter.total.byMethod['Form.addScaleItem']).toBe(1);
    expect(env.meter.total.byMethod['ScaleItem.setBounds']).toBe(1);
  });

  test('getActiveForm is the active form in a form context, null elsewhere; getDestinationId without one throws', () => {
    const env = makeEnv();
    const {bridge} = fakeBridge();
    const {FormApp, form} = buildQuestionnaire(env, bridge);
    expect(FormApp.getActiveForm()).toBeNull();
    env.ctx = {
      activeId: form.getId(),
      activeKind: 'form',
      user: 'u@x.fr',
      authMode: 'FULL',
      fn: 'onOpen',
    };
    expect(FormApp.getActiveForm().getTitle()).toBe('Questionnaire FDS 2026');
    expect(() => form.getDestinationId()).toThrow(
      'The form currently has no response destination.',
    );
    expect(
      formDump(env.forms.get(form.getId()) as never).items.map(i => i.type),
    ).toEqual([
      'SECTION_HEADER',
      'SCALE',
      'CHECKBOX',
      'MULTIPLE_CHOICE',
      'PAGE_BREAK',
      'GRID',
      'TEXT',
      'PARAGRAPH_TEXT',
    ]);
  });
});

function FormApp_ItemType(name: string): GoogleAppsScript.Forms.ItemType {
  return name as unknown as GoogleAppsScript.Forms.ItemType;
}
