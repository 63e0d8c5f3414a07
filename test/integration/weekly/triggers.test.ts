/**
 * The weekly summary's single trigger, on the emulator running the built
 * bundle: activate, activate again, change the day and the hour, deactivate;
 * a trigger deleted by hand; two accounts activating (one after the other and
 * at the same time); another account turning it off.
 */
import {Workspace} from '../../../emulator';
import {buildBundle, paris, writeTracker} from './tracker';

const ALICE = 'alice@tds.fr';
const BRUNO = 'bruno@tds.fr';
const HANDLER = 'runWeeklySummary';
const SUBJECT = /^Synthèse hebdomadaire – /;

beforeAll(() => buildBundle());

function setup(now = paris('2026-09-01', '10:00')) {
  const ws = new Workspace({
    now,
    user: ALICE,
    timeZone: 'Europe/Paris',
    locale: 'fr',
  });
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  writeTracker(ss, {
    sessions: [
      {
        title: 'Atelier',
        date: paris('2026-09-10'),
        venue: 'Casemate',
        commune: 'Grenoble',
        capacity: 20,
        registered: 5,
      },
    ],
    // Overdue for ever: every week has something due, so every week mails.
    tasks: [
      {
        task: 'Assurance',
        owner: 'Alice',
        dueDate: paris('2026-08-20'),
        status: 'à faire',
      },
    ],
  });
  ws.open(ss);
  const weekly = () => ws.triggers.filter(tr => tr.handler === HANDLER);
  const props = () => ws.properties.document(ss.getId());
  const record = () => JSON.parse(props().get('tds.weekly.trigger') ?? 'null');
  const config = () => JSON.parse(props().get('tds.weekly.config') ?? 'null');
  const activate = (day: string, hour: number, user = ALICE) =>
    ws.callServer(
      ss,
      'activateWeeklySummary',
      [{day, hour, recipients: 'alice@tds.fr\nbruno@tds.fr'}],
      {user},
    );
  const summaries = () => ws.mails.filter(m => SUBJECT.test(m.subject));
  return {ws, ss, weekly, record, config, activate, summaries};
}

describe('one trigger whatever happens', () => {
  it('activate, activate again, change the day, change the hour, deactivate', () => {
    const {ws, ss, weekly, record, config, activate} = setup();
    expect(ws.menu(ss).map(i => i.label)).toEqual(
      expect.arrayContaining([
        'Activer la synthèse hebdomadaire…',
        'Désactiver la synthèse hebdomadaire',
        'Envoyer la synthèse maintenant',
        'Purger les réponses anciennes…',
      ]),
    );
    let r = activate('MONDAY', 8);
    expect(r.error).toBeNull();
    expect(r.value).toBe(
      'Synthèse hebdomadaire activée : chaque lundi vers 8 h (heure de Paris), envoyée à alice@tds.fr, bruno@tds.fr.',
    );
    expect(weekly()).toHaveLength(1);
    const first = weekly()[0].uid;
    expect(record()).toMatchObject({id: first, owner: ALICE});
    expect(config()).toMatchObject({
      day: 'MONDAY',
      hour: 8,
      recipients: [ALICE, BRUNO],
    });

    r = activate('MONDAY', 8);
    expect(r.error).toBeNull();
    expect(weekly().map(tr => tr.uid)).toEqual([first]);

    r = activate('THURSDAY', 8);
    expect(weekly()).toHaveLength(1);
    expect(config().day).toBe('THURSDAY');

    r = activate('THURSDAY', 9);
    expect(weekly()).toHaveLength(1);
    expect(weekly()[0].uid).not.toBe(first);
    expect(weekly()[0].schedule).toMatchObject({
      hour: 9,
      timeZone: 'Europe/Paris',
    });
    expect(record().id).toBe(weekly()[0].uid);

    r = ws.clickMenu(ss, 'Désactiver la synthèse hebdomadaire');
    expect(r.error).toBeNull();
    expect(weekly()).toHaveLength(0);
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      'Synthèse hebdomadaire désactivée.',
    );
    expect(record()).toBeNull();
    expect(config()).toBeNull();

    ws.clickMenu(ss, 'Désactiver la synthèse hebdomadaire');
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      'La synthèse hebdomadaire n’était pas activée.',
    );
    expect(weekly()).toHaveLength(0);
  });

  it('the dialog proposes Monday 8 h and the team of the Événement tab, then the saved choice', () => {
    const {ws, ss, activate} = setup();
    let r = ws.clickMenu(ss, 'Activer la synthèse hebdomadaire…');
    expect(r.error).toBeNull();
    let page = ws.ui.lastPage()!;
    expect(page.kind).toBe('dialog');
    expect(page.title).toBe('Synthèse hebdomadaire');
    // The initial choice rides on the <select>'s data-value (applied by the
    // page kit), never as `selected` printed inside a tag.
    expect(page.html).toContain(
      '<select id="day" name="day" data-value="MONDAY">',
    );
    expect(page.html).toContain('<option value="MONDAY">lundi</option>');
    expect(page.html).toContain(
      '<select id="hour" name="hour" data-value="8">',
    );
    expect(page.html).toContain('<option value="8">8 h</option>');
    expect(page.html).not.toMatch(/<option[^>]* selected/);
    expect(page.html).toMatch(
      /<textarea[^>]*>alice@tds\.fr\nbruno@tds\.fr<\/textarea>/,
    );
    expect(page.html).toContain(
      'La synthèse hebdomadaire n’est pas encore activée.',
    );
    activate('FRIDAY', 17);
    r = ws.clickMenu(ss, 'Activer la synthèse hebdomadaire…');
    page = ws.ui.lastPage()!;
    expect(page.html).toContain(
      '<select id="day" name="day" data-value="FRIDAY">',
    );
    expect(page.html).toContain(
      '<select id="hour" name="hour" data-value="17">',
    );
    expect(page.html).toContain(
      'Synthèse active : chaque vendredi vers 17 h, installée par alice@tds.fr.',
    );
  });

  it('a day and hour changed on the settings page are followed by the same single trigger', () => {
    const {ws, ss, weekly, activate, summaries} = setup();
    activate('MONDAY', 8);
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(summaries().map(m => m.at)).toEqual([paris('2026-09-07', '08:00')]);
    // The settings page saves Wednesday 10 h (it only writes the settings).
    const store = ws.properties.document(ss.getId());
    const settings = JSON.parse(store.get('tds.settings') ?? '{}');
    store.set(
      'tds.settings',
      JSON.stringify({...settings, weeklyDay: 'WEDNESDAY', weeklyHour: 10}),
    );
    ws.advanceTo(paris('2026-09-08', '09:00'));
    expect(weekly()).toHaveLength(1);
    expect(weekly()[0].schedule).toMatchObject({hour: 10});
    ws.advanceTo(paris('2026-09-16', '11:00'));
    expect(summaries().map(m => m.at)).toEqual([
      paris('2026-09-07', '08:00'),
      paris('2026-09-09', '10:00'),
      paris('2026-09-16', '10:00'),
    ]);
    expect(weekly()).toHaveLength(1);
  });

  it('the 21st trigger of a user: a clear message, nothing half-done', () => {
    const {ws, ss, weekly, record} = setup();
    for (let i = 0; i < 20; i += 1) {
      const other = ws.createSpreadsheet(`Suivi ${i}`);
      writeTracker(other, {});
      const r = ws.callServer(other, 'activateWeeklySummary', [
        {day: 'MONDAY', hour: 8, recipients: ALICE},
      ]);
      expect(r.error).toBeNull();
    }
    const r = ws.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: ALICE},
    ]);
    expect(r.error?.message).toBe(
      'Votre compte a déjà 20 déclencheurs pour ce module, la limite de Google : désactivez la synthèse hebdomadaire d’un autre suivi ou supprimez un déclencheur (Extensions › Apps Script › Déclencheurs), puis réessayez.',
    );
    expect(weekly()).toHaveLength(20);
    expect(record()).toBeNull();
  });

  it('refuses bad input with a French message and installs nothing', () => {
    const {ss, ws, weekly} = setup();
    const r = ws.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: 'alice@tds.fr, pas une adresse'},
    ]);
    expect(r.error?.message).toBe(
      'Adresse e-mail non valide : « pas une adresse ».',
    );
    expect(weekly()).toHaveLength(0);
  });

  it('a trigger deleted by hand is recreated, not duplicated', () => {
    const {ws, ss, weekly, activate, record} = setup();
    activate('MONDAY', 8);
    const lost = weekly()[0].uid;
    ws.triggers.splice(
      ws.triggers.findIndex(tr => tr.uid === lost),
      1,
    );
    expect(weekly()).toHaveLength(0);
    ws.clickMenu(ss, 'Envoyer la synthèse maintenant');
    expect(ws.ui.alerts.at(-1)?.prompt).toContain('il a été recréé');
    expect(weekly()).toHaveLength(1);
    expect(record().id).toBe(weekly()[0].uid);
    activate('MONDAY', 8);
    expect(weekly()).toHaveLength(1);
  });

  it('a second tracker of the same user keeps its own trigger', () => {
    const {ws, activate, weekly} = setup();
    const other = ws.createSpreadsheet('Suivi NoS FuturS');
    writeTracker(other, {});
    ws.open(other);
    activate('MONDAY', 8);
    ws.callServer(other, 'activateWeeklySummary', [
      {day: 'FRIDAY', hour: 10, recipients: ALICE},
    ]);
    expect(weekly()).toHaveLength(2);
    ws.clickMenu(other, 'Désactiver la synthèse hebdomadaire');
    expect(weekly()).toHaveLength(1);
  });

  it('two accounts one after the other: the second takes over, the first trigger retires without sending', () => {
    const {ws, weekly, activate, record, summaries} = setup();
    activate('MONDAY', 8, ALICE);
    const r = activate('MONDAY', 8, BRUNO);
    expect(r.value).toContain('depuis le compte alice@tds.fr');
    // Bruno's session cannot see Alice's trigger: both exist until hers runs.
    expect(
      weekly()
        .map(tr => tr.owner)
        .sort(),
    ).toEqual([ALICE, BRUNO]);
    expect(record().owner).toBe(BRUNO);
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(weekly().map(tr => tr.owner)).toEqual([BRUNO]);
    expect(summaries()).toHaveLength(1);
    expect(summaries()[0].from).toBe(BRUNO);
    ws.advanceTo(paris('2026-09-14', '09:00'));
    expect(summaries()).toHaveLength(2);
    expect(weekly()).toHaveLength(1);
  });

  // Call 6 of an activation is inside the document lock; 1 and 3 before it.
  it.each([
    [1, 'wait'],
    [3, 'wait'],
    [6, 'wait'],
    [10, 'wait'],
    [6, 'fail'],
    [10, 'fail'],
  ] as const)(
    'two accounts at the same time (second starts at call %i, lock %s): one active trigger, one mail a week',
    (atCall, contention) => {
      const {ws, ss, weekly, record, summaries} = setup();
      const spec = (user: string) => ({
        target: ss,
        fn: 'activateWeeklySummary',
        args: [{day: 'MONDAY', hour: 8, recipients: ALICE}],
        user,
        kind: 'server' as const,
      });
      const [a, b] = ws.interleave(spec(ALICE), spec(BRUNO), {
        atCall,
        contention,
      });
      expect(a.error).toBeNull();
      if (contention === 'fail' && b.error) {
        // The second one met the lock: told to retry, nothing installed.
        expect(b.error.message).toBe(
          'Une autre opération est en cours sur ce classeur. Réessayez dans quelques instants.',
        );
      } else {
        expect(b.error).toBeNull();
      }
      const active = record();
      expect(weekly().filter(tr => tr.uid === active.id)).toHaveLength(1);
      ws.advanceTo(paris('2026-09-07', '09:00'));
      expect(weekly()).toHaveLength(1);
      expect(weekly()[0].uid).toBe(active.id);
      expect(summaries()).toHaveLength(1);
      ws.advanceTo(paris('2026-09-21', '09:00'));
      expect(summaries()).toHaveLength(3);
      // One mail a week, each from the recorded owner.
      expect(summaries().map(m => m.subject.slice(-10))).toEqual([
        '07/09/2026',
        '14/09/2026',
        '21/09/2026',
      ]);
      expect(new Set(summaries().map(m => m.from))).toEqual(
        new Set([active.owner]),
      );
    },
  );

  it('another account turning it off: the owner’s trigger deletes itself and sends nothing', () => {
    const {ws, ss, weekly, activate, summaries} = setup();
    activate('MONDAY', 8, ALICE);
    ws.clickMenu(ss, 'Désactiver la synthèse hebdomadaire', {user: BRUNO});
    expect(ws.ui.alerts.at(-1)?.prompt).toContain(
      'installée depuis le compte alice@tds.fr',
    );
    expect(weekly()).toHaveLength(1);
    ws.advanceTo(paris('2026-09-08', '09:00'));
    expect(weekly()).toHaveLength(0);
    expect(summaries()).toHaveLength(0);
  });
});
