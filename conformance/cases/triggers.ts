/**
 * Installable triggers: allowed rates of everyMinutes and their firing in a
 * bound script (issue 14, point 5), the 20-trigger limit, each user's own
 * triggers, the event object of a time-driven run, no Ui in a trigger.
 */
import {TICK_COUNT, TICK_EVENT, type TickRecord} from '../hooks';
import type {CaseContext, ScenarioCase, SingleCase} from '../framework/types';
import {REF} from './refs';

const FROM = 'emulator/test/triggers.test.ts';
const HANDLER = 'conformanceTick';
const TOO_MANY =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

function resetTicks(): void {
  const props = PropertiesService.getScriptProperties();
  props.deleteProperty(TICK_COUNT);
  props.deleteProperty(TICK_EVENT);
}

function ticks(): {count: number; last: TickRecord | null} {
  const props = PropertiesService.getScriptProperties();
  const event = props.getProperty(TICK_EVENT);
  return {
    count: Number(props.getProperty(TICK_COUNT) ?? '0'),
    last: event ? (JSON.parse(event) as TickRecord) : null,
  };
}

function hourly(t: CaseContext): GoogleAppsScript.Script.Trigger {
  const trigger = ScriptApp.newTrigger(HANDLER)
    .timeBased()
    .everyHours(1)
    .create();
  t.trackTrigger(trigger);
  return trigger;
}

export const TRIGGERS: SingleCase[] = [
  {
    id: 'triggers.everyMinutes.allowed',
    title: 'everyMinutes accepte 1, 5, 10, 15 et 30 minutes',
    refs: [
      `${REF.clockTriggerBuilder}#everyMinutes(Integer)`,
      REF.installableTriggers,
    ],
    point: 5,
    run(t) {
      for (const n of [1, 5, 10, 15, 30]) {
        let made: GoogleAppsScript.Script.Trigger | null = null;
        try {
          made = ScriptApp.newTrigger(HANDLER)
            .timeBased()
            .everyMinutes(n)
            .create();
        } catch (e) {
          t.note(`everyMinutes(${n}) : ${String(e)}`);
        }
        t.ok(made !== null, `everyMinutes(${n}) créé`);
        if (made) t.trackTrigger(made);
      }
    },
  },
  {
    id: 'triggers.everyMinutes.refused',
    title:
      'everyMinutes lève pour une autre valeur que 1, 5, 10, 15 ou 30 (2, 7, 60)',
    refs: [`${REF.clockTriggerBuilder}#everyMinutes(Integer)`],
    point: 5,
    run(t) {
      for (const n of [2, 7, 60]) {
        t.throws(
          () => {
            const made = ScriptApp.newTrigger(HANDLER)
              .timeBased()
              .everyMinutes(n)
              .create();
            t.trackTrigger(made);
          },
          null,
          `everyMinutes(${n})`,
        );
      }
    },
  },
  {
    id: 'triggers.limit-20',
    title: `Un utilisateur a au plus 20 déclencheurs par script ; le 21e lève « ${TOO_MANY} »`,
    refs: [REF.quotas, `${REF.scriptApp}#newTrigger(String)`],
    from: `${FROM} ; emulator/README.md (limites des déclencheurs)`,
    run(t) {
      const existing = ScriptApp.getProjectTriggers().length;
      t.note(`${existing} déclencheur(s) existant(s) avant le cas`);
      for (let i = existing; i < 20; i += 1) hourly(t);
      t.equal(ScriptApp.getProjectTriggers().length, 20, '20 déclencheurs');
      t.throws(() => hourly(t), TOO_MANY, '21e déclencheur');
    },
  },
];

export const TRIGGER_SCENARIOS: ScenarioCase[] = [
  {
    id: 'triggers.everyMinutes.rate',
    title:
      "Dans un script lié, un déclencheur everyMinutes(5) s'exécute toutes les 5 minutes (5 ou 6 fois en 30 minutes), pas une fois par heure",
    refs: [
      `${REF.clockTriggerBuilder}#everyMinutes(Integer)`,
      REF.installableTriggers,
    ],
    point: 5,
    offline: 'il faut attendre 30 minutes que le déclencheur s’exécute',
    scenario: [
      {
        run(t) {
          resetTicks();
          const trigger = ScriptApp.newTrigger(HANDLER)
            .timeBased()
            .everyMinutes(5)
            .create();
          t.trackTrigger(trigger);
        },
      },
      {waitSeconds: 30 * 60},
      {
        run(t) {
          const {count} = ticks();
          // Google does not promise the exact minute: 5 or 6 runs in 30 minutes.
          t.ok(count >= 5 && count <= 6, `${count} exécution(s) en 30 minutes`);
          resetTicks();
        },
      },
    ],
  },
  {
    id: 'triggers.time-driven.event',
    title:
      "Un déclencheur horaire reçoit l'objet d'événement de Google (authMode FULL, timezone UTC, son triggerUid) et ne peut pas appeler getUi()",
    refs: [REF.triggerEvents, `${REF.spreadsheetApp}#getUi()`],
    from: `${FROM} ; emulator/test/workspace.test.ts`,
    offline: 'il faut attendre une heure que le déclencheur s’exécute',
    scenario: [
      {
        run(t) {
          resetTicks();
          t.store.set('uid', hourly(t).getUniqueId());
        },
      },
      {waitSeconds: 65 * 60},
      {
        run(t) {
          const {count, last} = ticks();
          t.ok(count >= 1, `${count} exécution(s) en 65 minutes`);
          t.equal(last?.authMode, 'FULL', 'authMode');
          t.equal(last?.timezone, 'UTC', 'timezone');
          t.equal(last?.triggerUid, t.store.get('uid'), 'triggerUid');
          t.equal(
            last?.uiError,
            'Cannot call SpreadsheetApp.getUi() from this context.',
            'getUi dans un déclencheur',
          );
          resetTicks();
        },
      },
    ],
  },
  {
    id: 'triggers.per-user',
    title:
      'getProjectTriggers ne rend que les déclencheurs de l’utilisateur courant (la limite de 20 est par utilisateur)',
    refs: [`${REF.scriptApp}#getProjectTriggers()`, REF.quotas],
    from: FROM,
    offline: 'il faut un second compte',
    scenario: [
      {
        run(t) {
          hourly(t);
        },
      },
      {
        as: 'other',
        run(t) {
          hourly(t);
          hourly(t);
          t.equal(
            ScriptApp.getProjectTriggers().length,
            2,
            'déclencheurs vus par le second compte',
          );
        },
      },
      {
        run(t) {
          t.equal(
            ScriptApp.getProjectTriggers().length,
            1,
            'déclencheurs vus par le propriétaire',
          );
        },
      },
    ],
  },
  {
    id: 'triggers.limited-refused',
    title:
      'En AuthMode.LIMITED (déclencheur simple), créer un déclencheur lève « You do not have permission to call ScriptApp.newTrigger… »',
    refs: [
      REF.authMode,
      REF.simpleTriggers,
      `${REF.scriptApp}#newTrigger(String)`,
    ],
    from: FROM,
    offline: 'il faut une exécution en mode LIMITED (déclencheur simple)',
    scenario: [
      {
        authMode: 'LIMITED',
        run(t) {
          t.throws(
            () => hourly(t),
            /^You do not have permission to call ScriptApp\.newTrigger/,
            'newTrigger en LIMITED',
          );
        },
      },
    ],
  },
];
