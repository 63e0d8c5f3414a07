/**
 * Google Forms: publishing (forms made through the API after the 2026 change
 * start unpublished), scale bounds, respondent e-mail collection as Google
 * names it today (issue 14, point 2); response sheets, their names by the
 * account's language and the address getFormUrl gives (point 5); responses
 * as scripts read them.
 */
import {emailCollectionType, publishable} from '../framework/google-extras';
import type {CaseContext, SingleCase} from '../framework/types';
import {messageOf} from '../framework/values';
import {REF} from './refs';

const FROM = 'emulator/test/forms.test.ts';

/** Whether the account reads Google in French (response sheet and column names follow it). */
function frenchAccount(): boolean {
  return Session.getActiveUserLocale().toLowerCase().indexOf('fr') === 0;
}

/**
 * Publishing is a precondition of the cases that submit a response (the
 * forms.publish.* cases check it); where the service has no setPublished the
 * form is left as it is and those cases check only what they state.
 */
function publishForResponses(form: GoogleAppsScript.Forms.Form): void {
  const f = publishable(form);
  if (typeof f.setPublished === 'function') f.setPublished(true);
}

/** Waits (up to 10 s) until the response sheet has `rows` rows: Google writes it just after submit(). */
function waitForRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: number,
): void {
  for (let i = 0; i < 20 && sheet.getLastRow() < rows; i += 1) {
    Utilities.sleep(500);
    SpreadsheetApp.flush();
  }
}

/** Id of the form openByUrl opens, or what it threw. */
function openedId(url: string): string {
  try {
    return FormApp.openByUrl(url).getId();
  } catch (e) {
    return `erreur : ${messageOf(e)}`;
  }
}

/** A form linked to a new spreadsheet; returns both and the response sheet. */
function linkedForm<T>(
  t: CaseContext,
  name: string,
  build: (form: GoogleAppsScript.Forms.Form) => T,
): {
  form: GoogleAppsScript.Forms.Form;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  items: T;
} {
  const form = t.form(name);
  const items = build(form);
  const ss = t.spreadsheet(`${name} (réponses)`);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  // Google adds the response sheet just after setDestination: up to 10 s.
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  for (let i = 0; i < 20 && !sheet; i += 1) {
    if (i) Utilities.sleep(500);
    SpreadsheetApp.flush();
    sheet = ss.getSheets().find(s => s.getFormUrl() !== null) ?? null;
  }
  return {form, ss, sheet, items};
}

export const FORMS: SingleCase[] = [
  {
    id: 'forms.publish.new-unpublished',
    title:
      'Un formulaire créé par script après le 30 juin 2026 naît non publié (isPublished() faux)',
    refs: [REF.formsApiChanges, `${REF.form}#isPublished()`],
    point: 2,
    run(t) {
      const form = publishable(t.form('non publié'));
      t.equal(form.isPublished(), false, 'isPublished');
    },
  },
  {
    id: 'forms.publish.set',
    title:
      'setPublished(true) publie le formulaire et lui fait accepter les réponses',
    refs: [
      REF.formsPublish,
      `${REF.form}#setPublished(Boolean)`,
      `${REF.form}#isAcceptingResponses()`,
    ],
    point: 2,
    run(t) {
      const form = publishable(t.form('publié'));
      form.setPublished(true);
      t.equal(form.isPublished(), true, 'isPublished');
      t.equal(form.isAcceptingResponses(), true, 'isAcceptingResponses');
    },
  },
  {
    id: 'forms.publish.unpublish-closes',
    title:
      'Dépublier un formulaire (setPublished(false)) ferme aussi les réponses (isAcceptingResponses() faux)',
    refs: [REF.formsPublish, `${REF.form}#setPublished(Boolean)`],
    point: 2,
    run(t) {
      const form = publishable(t.form('dépublié'));
      form.setPublished(true);
      form.setPublished(false);
      t.equal(form.isPublished(), false, 'isPublished');
      t.equal(form.isAcceptingResponses(), false, 'isAcceptingResponses');
    },
  },
  {
    id: 'forms.publish.unpublished-refuses',
    title:
      'Un formulaire non publié refuse une réponse (envoyée par script) et n’en enregistre aucune',
    refs: [REF.formsApiChanges, `${REF.formResponse}#submit()`],
    point: 2,
    unverified:
      "Google dit qu'un formulaire non publié « n'accepte pas de réponses » ; le message d'un envoi par script n'est pas documenté.",
    run(t) {
      const form = publishable(t.form('refus'));
      const item = form.addTextItem().setTitle('Commune');
      t.equal(form.isPublished(), false, 'non publié');
      t.throws(
        () =>
          form
            .createResponse()
            .withItemResponse(item.createResponse('Vienne'))
            .submit(),
        null,
        'réponse refusée',
      );
      t.equal(form.getResponses().length, 0, 'aucune réponse enregistrée');
    },
  },
  {
    id: 'forms.scale.default-bounds',
    title: 'Une question d’échelle neuve va de 1 à 5',
    refs: [`${REF.scaleItem}#setBounds(Integer,Integer)`],
    point: 2,
    run(t) {
      const item = t.form('échelle').addScaleItem();
      t.equal(
        [item.getLowerBound(), item.getUpperBound()],
        [1, 5],
        'bornes par défaut',
      );
    },
  },
  {
    id: 'forms.scale.bounds-accepted',
    title:
      'setBounds accepte une borne basse 0 ou 1 et une borne haute de 3 à 10',
    refs: [`${REF.scaleItem}#setBounds(Integer,Integer)`],
    point: 2,
    run(t) {
      const item = t.form('bornes').addScaleItem();
      for (const [lo, hi] of [
        [0, 3],
        [1, 10],
        [0, 10],
        [1, 3],
      ]) {
        item.setBounds(lo, hi);
        t.equal(
          [item.getLowerBound(), item.getUpperBound()],
          [lo, hi],
          `setBounds(${lo}, ${hi})`,
        );
      }
    },
  },
  {
    id: 'forms.scale.bounds-refused',
    title:
      'setBounds lève pour une borne basse autre que 0 ou 1, ou une borne haute hors de 3 à 10 (2, 11…)',
    refs: [`${REF.scaleItem}#setBounds(Integer,Integer)`],
    point: 2,
    run(t) {
      const item = t.form('bornes refusées').addScaleItem();
      for (const [lo, hi] of [
        [2, 5],
        [-1, 5],
        [1, 2],
        [0, 2],
        [1, 11],
      ]) {
        t.throws(() => item.setBounds(lo, hi), null, `setBounds(${lo}, ${hi})`);
      }
      t.equal(
        [item.getLowerBound(), item.getUpperBound()],
        [1, 5],
        'bornes inchangées',
      );
    },
  },
  {
    id: 'forms.email.collection-type',
    title:
      'La collecte des adresses des répondants se règle par setEmailCollectionType (VERIFIED, RESPONDER_INPUT, DO_NOT_COLLECT) et se relit',
    refs: [
      `${REF.form}#setEmailCollectionType(EmailCollectionType)`,
      `${REF.form}#getEmailCollectionType()`,
      REF.emailCollectionType,
    ],
    point: 2,
    run(t) {
      const form = publishable(t.form('adresses'));
      for (const name of [
        'VERIFIED',
        'RESPONDER_INPUT',
        'DO_NOT_COLLECT',
      ] as const) {
        form.setEmailCollectionType(emailCollectionType(name));
        t.equal(
          String(form.getEmailCollectionType()),
          name,
          `getEmailCollectionType après ${name}`,
        );
      }
    },
  },
  {
    id: 'forms.destination.sheet',
    title:
      'setDestination ajoute l’onglet « Réponses au formulaire 1 » (compte en français ; « Form Responses 1 » en anglais) : Horodateur puis les titres, une colonne « Question [Ligne] » par ligne de grille',
    refs: [
      `${REF.form}#setDestination(DestinationType,String)`,
      `${REF.sheet}#getFormUrl()`,
    ],
    from: `${FROM} ; emulator/README.md (onglets de réponses par langue)`,
    unverified:
      "Google ne documente pas ces noms ; ils suivent la langue du compte (note de domaine), d'où la lecture de Session.getActiveUserLocale().",
    run(t) {
      const {sheet} = linkedForm(t, 'onglet', form => {
        form.addScaleItem().setTitle('Satisfaction').setBounds(1, 10);
        form
          .addCheckboxItem()
          .setTitle('Comment avez-vous connu ?')
          .setChoiceValues(['Presse', 'Affiche']);
        form
          .addGridItem()
          .setTitle('Note')
          .setRows(['Accueil', 'Contenu'])
          .setColumns(['Bien', 'Mal']);
        form.addTextItem().setTitle('Code postal');
      });
      const fr = frenchAccount();
      t.ok(sheet !== null, 'un onglet relié au formulaire');
      if (!sheet) return;
      t.equal(
        sheet.getName(),
        fr ? 'Réponses au formulaire 1' : 'Form Responses 1',
        "nom de l'onglet",
      );
      t.equal(
        sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0],
        [
          fr ? 'Horodateur' : 'Timestamp',
          'Satisfaction',
          'Comment avez-vous connu ?',
          'Note [Accueil]',
          'Note [Contenu]',
          'Code postal',
        ],
        'en-têtes',
      );
    },
  },
  {
    id: 'forms.destination.id',
    title:
      'getDestinationId rend l’id du classeur relié ; sans destination, getDestinationId lève',
    refs: [
      `${REF.form}#getDestinationId()`,
      `${REF.form}#getDestinationType()`,
    ],
    from: FROM,
    run(t) {
      const lone = t.form('sans destination');
      t.throws(
        () => lone.getDestinationId(),
        'The form currently has no response destination.',
        'sans destination',
      );
      const {form, ss} = linkedForm(t, 'destination', f => {
        f.addTextItem().setTitle('Q');
      });
      t.equal(form.getDestinationId(), ss.getId(), 'getDestinationId');
      t.equal(
        String(form.getDestinationType()),
        'SPREADSHEET',
        'getDestinationType',
      );
    },
  },
  {
    id: 'forms.formUrl.designates-form',
    title:
      'getFormUrl de l’onglet de réponses désigne le formulaire : openByUrl ouvre le même, et l’adresse contient son id ou est son adresse publiée',
    refs: [
      `${REF.sheet}#getFormUrl()`,
      `${REF.spreadsheet}#getFormUrl()`,
      `${REF.formApp}#openByUrl(String)`,
      `${REF.form}#getPublishedUrl()`,
    ],
    point: 5,
    run(t) {
      const {form, ss, sheet} = linkedForm(t, 'adresse', f => {
        f.addTextItem().setTitle('Q');
      });
      t.ok(sheet !== null, 'un onglet relié');
      if (!sheet) return;
      const url = sheet.getFormUrl() ?? '';
      const byId = url.indexOf(form.getId()) >= 0;
      const published = url === form.getPublishedUrl();
      t.note(
        `getFormUrl rend ${byId ? "une adresse contenant l'id" : published ? "l'adresse publiée" : 'une autre adresse'}${/\/edit/.test(url) ? ' (…/edit)' : /\/viewform/.test(url) ? ' (…/viewform)' : ''}`,
      );
      t.ok(byId || published, 'adresse par id ou adresse publiée');
      t.equal(
        openedId(url),
        form.getId(),
        'openByUrl(getFormUrl) ouvre le formulaire',
      );
      const ssUrl = ss.getFormUrl();
      t.ok(ssUrl !== null, 'Spreadsheet.getFormUrl non nul');
      if (ssUrl) {
        t.equal(
          openedId(ssUrl),
          form.getId(),
          'openByUrl(Spreadsheet.getFormUrl) ouvre le formulaire',
        );
      }
    },
  },
  {
    id: 'forms.submit.row',
    title:
      'Une réponse ajoute une ligne à l’onglet : horodatage en Date, cases cochées jointes par « , », réponse "38000" en nombre',
    refs: [
      `${REF.formResponse}#submit()`,
      `${REF.form}#setDestination(DestinationType,String)`,
    ],
    from: `${FROM} ; emulator/test/workspace.test.ts`,
    run(t) {
      const {form, sheet, items} = linkedForm(t, 'réponse', f => ({
        check: f
          .addCheckboxItem()
          .setTitle('Comment avez-vous connu ?')
          .setChoiceValues(['Presse', 'Affiche', 'Bouche-à-oreille']),
        text: f.addTextItem().setTitle('Code postal'),
      }));
      t.ok(sheet !== null, 'un onglet relié');
      if (!sheet) return;
      publishForResponses(form);
      form
        .createResponse()
        .withItemResponse(items.check.createResponse(['Presse', 'Affiche']))
        .withItemResponse(items.text.createResponse('38000'))
        .submit();
      waitForRows(sheet, 2);
      const row = sheet.getRange(2, 1, 1, 3).getValues()[0];
      t.ok(
        Object.prototype.toString.call(row[0]) === '[object Date]',
        'horodatage en Date',
      );
      t.equal(row.slice(1), ['Presse, Affiche', 38000], 'réponses');
    },
  },
  {
    id: 'forms.response.scale-string',
    title:
      'getResponse d’une réponse d’échelle rend une chaîne ("7"), dans l’ordre des questions du formulaire',
    refs: [`${REF.itemResponse}#getResponse()`, `${REF.form}#getResponses()`],
    from: FROM,
    run(t) {
      const form = t.form('réponses lues');
      const scale = form
        .addScaleItem()
        .setTitle('Satisfaction')
        .setBounds(1, 10);
      const comment = form.addParagraphTextItem().setTitle('Commentaires');
      publishForResponses(form);
      form
        .createResponse()
        .withItemResponse(comment.createResponse('Super'))
        .withItemResponse(scale.createResponse(7))
        .submit();
      const responses = form.getResponses();
      t.equal(responses.length, 1, 'une réponse');
      if (!responses.length) return;
      const items = responses[0].getItemResponses();
      t.equal(
        items.map(i => i.getItem().getTitle()),
        ['Satisfaction', 'Commentaires'],
        'ordre des questions',
      );
      t.equal(items[0].getResponse(), '7', 'réponse d’échelle');
    },
  },
  {
    id: 'forms.prefilled-url',
    title:
      'toPrefilledUrl rend l’adresse publiée suivie de ?usp=pp_url&entry.<id>=<valeur encodée>, une entrée par case cochée',
    refs: [
      `${REF.formResponse}#toPrefilledUrl()`,
      `${REF.form}#getPublishedUrl()`,
    ],
    from: FROM,
    run(t) {
      const form = t.form('prérempli');
      const scale = form.addScaleItem().setTitle('Note').setBounds(1, 10);
      const check = form
        .addCheckboxItem()
        .setTitle('Connu par')
        .setChoiceValues(['Presse', 'Bouche-à-oreille']);
      const url = form
        .createResponse()
        .withItemResponse(scale.createResponse(8))
        .withItemResponse(check.createResponse(['Presse', 'Bouche-à-oreille']))
        .toPrefilledUrl();
      t.equal(
        url,
        `${form.getPublishedUrl()}?usp=pp_url&entry.${scale.getId()}=8` +
          `&entry.${check.getId()}=Presse&entry.${check.getId()}=Bouche-%C3%A0-oreille`,
        'adresse préremplie',
      );
    },
  },
  {
    id: 'forms.item.cast',
    title:
      'Un Item de getItems() doit être converti (asCheckboxItem…) : il n’a pas getChoices, et une conversion vers un autre type lève',
    refs: [`${REF.item}#asScaleItem()`, `${REF.form}#getItems()`],
    from: FROM,
    run(t) {
      const form = t.form('conversion');
      form.addTextItem().setTitle('Nom');
      form.addCheckboxItem().setTitle('Ateliers').setChoiceValues(['A', 'B']);
      const [text, check] = form.getItems();
      t.equal(
        typeof (check as unknown as Record<string, unknown>).getChoices,
        'undefined',
        'Item sans getChoices',
      );
      t.equal(
        check
          .asCheckboxItem()
          .getChoices()
          .map(c => c.getValue()),
        ['A', 'B'],
        'choix après asCheckboxItem',
      );
      t.throws(() => text.asScaleItem(), null, 'TextItem vers ScaleItem');
    },
  },
];
