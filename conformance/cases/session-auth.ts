/**
 * Who runs and with what authority: the active user's address, the
 * authorization mode of a bound script's simple onOpen (issue 14, point 5),
 * what each mode refuses, what a standalone script has no access to.
 */
import {ON_OPEN_RECORD, type OnOpenRecord} from '../hooks';
import type {CaseContext, ScenarioCase, SingleCase} from '../framework/types';
import {REF} from './refs';

const FROM_SERVICES = 'emulator/test/services.test.ts';

/** What the bound spreadsheet's onOpen recorded (and forgets it). */
function takeOnOpen(t: CaseContext): OnOpenRecord | null {
  const props = PropertiesService.getDocumentProperties();
  const raw = props.getProperty(ON_OPEN_RECORD);
  props.deleteProperty(ON_OPEN_RECORD);
  t.ok(raw !== null, 'onOpen a été exécuté');
  return raw ? (JSON.parse(raw) as OnOpenRecord) : null;
}

export const SESSION_AUTH: SingleCase[] = [
  {
    id: 'session.active-user.own-run',
    title:
      "Quand l'utilisateur lance lui-même le script, getActiveUser() rend son adresse, la même que getEffectiveUser()",
    refs: [
      `${REF.session}#getActiveUser()`,
      `${REF.session}#getEffectiveUser()`,
    ],
    from: FROM_SERVICES,
    point: 5,
    run(t) {
      const active = Session.getActiveUser().getEmail();
      const effective = Session.getEffectiveUser().getEmail();
      // Compared, never printed: an address is personal data.
      t.ok(active !== '', 'adresse de getActiveUser non vide');
      t.ok(active === effective, 'getActiveUser = getEffectiveUser');
    },
  },
  {
    id: 'session.standalone.no-active-document',
    title:
      'Dans un script autonome, getActiveSpreadsheet, getActiveForm et getActiveDocument rendent null',
    refs: [
      `${REF.spreadsheetApp}#getActiveSpreadsheet()`,
      `${REF.formApp}#getActiveForm()`,
      `${REF.documentApp}#getActiveDocument()`,
    ],
    run(t) {
      t.equal(
        SpreadsheetApp.getActiveSpreadsheet(),
        null,
        'getActiveSpreadsheet',
      );
      t.equal(FormApp.getActiveForm(), null, 'getActiveForm');
      t.equal(DocumentApp.getActiveDocument(), null, 'getActiveDocument');
    },
  },
  {
    id: 'ui.standalone-refused',
    title:
      "Hors de l'interface d'un classeur ouvert, SpreadsheetApp.getUi() lève « Cannot call SpreadsheetApp.getUi() from this context. »",
    refs: [`${REF.spreadsheetApp}#getUi()`, REF.ui],
    from: 'emulator/test/workspace.test.ts ; emulator/README.md (pas de Ui dans un déclencheur)',
    run(t) {
      t.throws(
        () => SpreadsheetApp.getUi(),
        'Cannot call SpreadsheetApp.getUi() from this context.',
        'getUi',
      );
    },
  },
  {
    id: 'locks.document.standalone-null',
    title: 'Dans un script autonome, LockService.getDocumentLock() rend null',
    refs: [`${REF.lockService}#getDocumentLock()`],
    from: 'emulator/test/locks.test.ts',
    run(t) {
      t.equal(LockService.getDocumentLock(), null, 'getDocumentLock');
    },
  },
  {
    id: 'properties.document.standalone-null',
    title:
      'Dans un script autonome, PropertiesService.getDocumentProperties() rend null',
    refs: [`${REF.propertiesService}#getDocumentProperties()`],
    from: FROM_SERVICES,
    run(t) {
      t.equal(
        PropertiesService.getDocumentProperties(),
        null,
        'getDocumentProperties',
      );
    },
  },
];

export const SESSION_AUTH_SCENARIOS: ScenarioCase[] = [
  {
    id: 'auth.simple-onOpen.limited',
    title:
      "Le onOpen simple d'un script lié à un classeur s'exécute en AuthMode.LIMITED",
    refs: [REF.authMode, REF.simpleTriggers],
    point: 5,
    offline:
      'il faut un script lié à un classeur et une personne qui ouvre ce classeur',
    scenario: [
      {open: 'owner'},
      {
        run(t) {
          t.equal(takeOnOpen(t)?.authMode, 'LIMITED', 'e.authMode');
        },
      },
    ],
  },
  {
    id: 'session.active-user.simple-trigger-other',
    title:
      'Dans un déclencheur simple, getActiveUser().getEmail() est vide pour un compte grand public autre que le propriétaire',
    refs: [`${REF.session}#getActiveUser()`, REF.simpleTriggers],
    point: 5,
    offline: 'il faut un second compte grand public qui ouvre le classeur',
    scenario: [
      {open: 'other'},
      {
        run(t) {
          const rec = takeOnOpen(t);
          // Compared, never printed: an address is personal data.
          t.ok(rec !== null && rec.activeUser === '', 'adresse vide');
        },
      },
    ],
  },
  {
    id: 'auth.limited.no-openById',
    title:
      'En AuthMode.LIMITED, SpreadsheetApp.openById lève « You do not have permission to call SpreadsheetApp.openById… » ; le classeur lié reste accessible',
    refs: [REF.authMode, `${REF.spreadsheetApp}#openById(String)`],
    from: 'emulator/README.md (modes d’autorisation)',
    offline: 'il faut une exécution en mode LIMITED (déclencheur simple)',
    scenario: [
      {
        run(t) {
          t.store.set('other', t.spreadsheet('autre classeur').getId());
        },
      },
      {
        authMode: 'LIMITED',
        run(t) {
          const id = t.store.get('other') ?? '';
          t.throws(
            () => SpreadsheetApp.openById(id),
            /^You do not have permission to call SpreadsheetApp\.openById/,
            'openById en LIMITED',
          );
          t.ok(
            SpreadsheetApp.getActiveSpreadsheet() !== null,
            'classeur lié accessible',
          );
        },
      },
    ],
  },
  {
    id: 'auth.none.no-properties',
    title:
      'En AuthMode.NONE, PropertiesService.getDocumentProperties lève « You do not have permission to call PropertiesService.getDocumentProperties… »',
    refs: [REF.authMode, `${REF.propertiesService}#getDocumentProperties()`],
    from: FROM_SERVICES,
    offline:
      "il faut une exécution en mode NONE (onOpen d'un module non encore utilisé)",
    scenario: [
      {
        authMode: 'NONE',
        run(t) {
          t.throws(
            () => PropertiesService.getDocumentProperties(),
            /^You do not have permission to call PropertiesService\.getDocumentProperties/,
            'getDocumentProperties en NONE',
          );
        },
      },
    ],
  },
];
