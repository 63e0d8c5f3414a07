/**
 * HtmlService (templates, outputs, files), google.script.run's transfer
 * rules, DocumentApp's rules the document generation relies on, and the
 * runtime itself (V8 without Node or browser timers; a fresh global scope
 * per execution).
 */
import type {ScenarioCase, SingleCase} from '../framework/types';
import {REF} from './refs';

const FROM_HTML = 'emulator/test/html.test.ts';
const FROM_DOCS = 'emulator/test/docs.test.ts';
const FROM_RUNTIME = 'emulator/test/runtime.test.ts';

/** Counts executions of this script file: a fresh global scope starts it at 0. */
let executionCounter = 0;

export const HTML_DOCS: SingleCase[] = [
  {
    id: 'html.template.escaped',
    title: '<?= ?> échappe & < > dans le texte ; <?!= ?> imprime tel quel',
    refs: [REF.templates, `${REF.htmlService}#createTemplate(String)`],
    from: FROM_HTML,
    run(t) {
      const tpl = HtmlService.createTemplate(
        '<p><?= v ?></p><div><?!= v ?></div>',
      );
      (tpl as unknown as Record<string, unknown>).v = '<b>Salle A & B</b>';
      t.equal(
        tpl.evaluate().getContent(),
        '<p>&lt;b&gt;Salle A &amp; B&lt;/b&gt;</p><div><b>Salle A & B</b></div>',
        'contenu',
      );
    },
  },
  {
    id: 'html.file.missing',
    title:
      'createHtmlOutputFromFile d’un fichier absent lève « No HTML file named absent was found. »',
    refs: [`${REF.htmlService}#createHtmlOutputFromFile(String)`],
    from: FROM_HTML,
    run(t) {
      t.throws(
        () => HtmlService.createHtmlOutputFromFile('absent'),
        'No HTML file named absent was found.',
        'fichier absent',
      );
    },
  },
  {
    id: 'html.output.append',
    title:
      'HtmlOutput : append ajoute du HTML, appendUntrusted l’échappe ; titre et taille se relisent',
    refs: [
      `${REF.htmlOutput}#appendUntrusted(String)`,
      `${REF.htmlOutput}#setTitle(String)`,
    ],
    from: FROM_HTML,
    run(t) {
      const out = HtmlService.createHtmlOutput('<b>a</b>')
        .setTitle('Paramètres')
        .setWidth(480)
        .setHeight(420)
        .append('<i>b</i>')
        .appendUntrusted('<i>c</i>');
      t.equal(
        out.getContent(),
        '<b>a</b><i>b</i>&lt;i&gt;c&lt;/i&gt;',
        'getContent',
      );
      t.equal(
        [out.getTitle(), out.getWidth(), out.getHeight()],
        ['Paramètres', 480, 420],
        'titre et taille',
      );
    },
  },
  {
    id: 'docs.new.one-paragraph',
    title:
      "Un Doc neuf a un paragraphe vide ; retirer le dernier paragraphe lève « Can't remove the last paragraph in a document section. »",
    refs: [
      `${REF.body}#removeChild(Element)`,
      `${REF.documentApp}#create(String)`,
    ],
    from: FROM_DOCS,
    run(t) {
      const body = t.document('neuf').getBody();
      t.equal(body.getNumChildren(), 1, 'getNumChildren');
      t.equal(body.getText(), '', 'getText');
      t.throws(
        () => body.removeChild(body.getChild(0)),
        "Can't remove the last paragraph in a document section.",
        'removeChild du dernier paragraphe',
      );
    },
  },
  {
    id: 'docs.getChild.out-of-range',
    title:
      'getChild au-delà des enfants lève « Child index (3) must be less than the number of child elements (1). »',
    refs: [`${REF.body}#getChild(Integer)`],
    from: FROM_DOCS,
    run(t) {
      const body = t.document('enfants').getBody();
      t.throws(
        () => body.getChild(3),
        'Child index (3) must be less than the number of child elements (1).',
        'getChild(3)',
      );
    },
  },
  {
    id: 'docs.replaceText.across-runs',
    title:
      'replaceText remplace un repère {{nom}} coupé entre deux mises en forme, qui prend celle de son début',
    refs: [
      `${REF.body}#replaceText(String,String)`,
      `${REF.text}#setBold(Integer,Integer,Boolean)`,
    ],
    from: `${FROM_DOCS} ; emulator/API.md (replaceText)`,
    run(t) {
      const body = t.document('repères').getBody();
      const p = body.appendParagraph('Bonjour {{nom}}, le {{date}}.');
      p.editAsText().setBold(8, 11, true).setItalic(12, 14, true);
      body.replaceText('\\{\\{nom\\}\\}', 'Marie Curie');
      body.replaceText('\\{\\{date\\}\\}', '12 octobre');
      t.equal(p.getText(), 'Bonjour Marie Curie, le 12 octobre.', 'texte');
      const text = p.editAsText();
      t.equal(text.isBold(8), true, 'début du remplacement en gras');
      t.equal(text.isBold(18), true, 'fin du remplacement en gras');
      t.equal(text.isBold(19), false, 'suite sans gras');
    },
  },
  {
    id: 'docs.replaceText.groups',
    title:
      'replaceText suit les règles Java : $1 désigne un groupe, « $ » seul lève « Illegal group reference », \\$ est un dollar',
    refs: [`${REF.body}#replaceText(String,String)`],
    from: FROM_DOCS,
    run(t) {
      const body = t.document('groupes').getBody();
      body.appendParagraph('Montant : {{montant}} ; ref {{a-b}}');
      body.replaceText('\\{\\{(a)-(b)\\}\\}', '$2-$1');
      t.throws(
        () => body.replaceText('\\{\\{montant\\}\\}', '$ 5'),
        /Illegal group reference/,
        '« $ » seul',
      );
      body.replaceText('\\{\\{montant\\}\\}', '\\$5');
      t.equal(
        body.getParagraphs()[1].getText(),
        'Montant : $5 ; ref b-a',
        'texte',
      );
    },
  },
  {
    id: 'docs.openById.missing',
    title:
      'DocumentApp.openById d’un id qui ne désigne rien lève « Document is missing… »',
    refs: [`${REF.documentApp}#openById(String)`],
    from: FROM_DOCS,
    run(t) {
      t.throws(
        () =>
          DocumentApp.openById('1ConformiteAbsentAbsentAbsentAbsentAbsent000'),
        /^Document is missing/,
        'openById',
      );
    },
  },
  {
    id: 'docs.closed',
    title:
      'Après saveAndClose, modifier le document lève « Document is closed, its contents cannot be updated. »',
    refs: [`${REF.document}#saveAndClose()`],
    from: FROM_DOCS,
    run(t) {
      const doc = t.document('fermé');
      doc.getBody().appendParagraph('texte');
      doc.saveAndClose();
      t.throws(
        () => doc.getBody().appendParagraph('après'),
        /^Document is closed/,
        'appendParagraph après saveAndClose',
      );
    },
  },
  {
    id: 'runtime.no-node-globals',
    title:
      'Le moteur V8 d’Apps Script n’a ni setTimeout, ni setInterval, ni fetch, ni require, ni process, ni Buffer',
    refs: [REF.v8],
    from: FROM_RUNTIME,
    run(t) {
      const g = globalThis as unknown as Record<string, unknown>;
      for (const name of [
        'setTimeout',
        'setInterval',
        'fetch',
        'require',
        'process',
        'Buffer',
      ]) {
        t.equal(typeof g[name], 'undefined', name);
      }
    },
  },
];

export const HTML_DOCS_SCENARIOS: ScenarioCase[] = [
  {
    id: 'scriptRun.date-null',
    title:
      'google.script.run : une valeur rendue qui contient une Date arrive nulle dans la page',
    refs: [REF.scriptRun],
    from: `${FROM_RUNTIME} ; emulator/README.md (google.script.run)`,
    offline: 'il faut une page ouverte dans un navigateur',
    scenario: [
      {server: 'conformanceServerValue', args: ['date']},
      {
        run(t) {
          t.equal(t.given.received, {value: null}, 'reçu par la page');
        },
      },
    ],
  },
  {
    id: 'scriptRun.plain-values',
    title:
      'google.script.run : nombres, textes, tableaux et objets arrivent copiés dans la page',
    refs: [REF.scriptRun],
    from: FROM_RUNTIME,
    offline: 'il faut une page ouverte dans un navigateur',
    scenario: [
      {server: 'conformanceServerValue', args: ['plain']},
      {
        run(t) {
          t.equal(
            t.given.received,
            {value: {n: 1, list: ['a'], nothing: null}},
            'reçu par la page',
          );
        },
      },
    ],
  },
  {
    id: 'scriptRun.private',
    title:
      'google.script.run ne peut pas appeler une fonction dont le nom finit par « _ »',
    refs: [`${REF.communication}#private_functions`],
    from: 'emulator/README.md (google.script.run)',
    offline: 'il faut une page ouverte dans un navigateur',
    scenario: [
      {server: 'conformancePrivate_'},
      {
        run(t) {
          const got = t.given.received;
          t.ok(
            got !== undefined && got.value === undefined,
            'aucune valeur reçue',
          );
          t.ok(
            got !== undefined &&
              (got.refused !== undefined || got.error !== undefined),
            'appel refusé',
          );
        },
      },
    ],
  },
  {
    id: 'runtime.fresh-globals',
    title:
      'Chaque exécution repart d’une portée globale neuve : une variable de module ne garde rien d’une exécution à l’autre',
    refs: [REF.v8],
    from: FROM_RUNTIME,
    offline: 'il faut deux exécutions distinctes',
    scenario: [
      {
        run(t) {
          executionCounter += 1;
          t.store.set('first', String(executionCounter));
        },
      },
      {
        run(t) {
          executionCounter += 1;
          t.equal(t.store.get('first'), '1', 'première exécution');
          t.equal(executionCounter, 1, 'seconde exécution');
        },
      },
    ],
  },
];
