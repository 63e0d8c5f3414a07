/**
 * The weekly summary over several weeks on the emulator (built bundle): the
 * trigger fires, the tracker and the answers change between weeks, and each
 * week's mail and Synthèses row hold the counts worked out by hand below.
 */
import {Workspace} from '../../../emulator';
import {
  buildBundle,
  linkedForm,
  paris,
  Q_NPS,
  Q_SAT,
  Q_TEXT,
  Row,
  valuesOf,
  writeTab,
  writeTracker,
} from './tracker';

const ALICE = 'alice@tds.fr';
const BRUNO = 'bruno@tds.fr';
const SUBJECT = /^Synthèse hebdomadaire – /;

beforeAll(() => buildBundle());

const SESSIONS: Row[] = [
  {
    title: 'Atelier robots',
    date: paris('2026-09-08'),
    venue: 'La Casemate',
    commune: 'Grenoble',
    capacity: 20,
    registered: 20,
    status: 'confirmé',
  },
  {
    title: 'Conférence climat',
    date: paris('2026-09-15'),
    venue: 'Médiathèque',
    commune: 'Échirolles',
    capacity: 100,
    registered: 10,
    status: 'confirmé',
  },
  {
    title: 'Balade géologique',
    date: paris('2026-09-25'),
    venue: '',
    commune: 'Vizille',
    capacity: 30,
    registered: 12,
    status: 'confirmé',
  },
  {
    title: 'Visite labo',
    date: paris('2026-10-03'),
    venue: 'LPSC',
    commune: 'Grenoble',
    capacity: 15,
    registered: 0,
    status: 'proposé',
  },
];
const TASKS: Row[] = [
  {
    task: 'Imprimer affiches',
    owner: 'Alice',
    dueDate: paris('2026-09-04'),
    status: 'à faire',
  },
  {
    task: 'Réserver car',
    owner: 'Bruno',
    dueDate: paris('2026-09-10'),
    status: 'en cours',
  },
  {
    task: 'Commander goûter',
    owner: '',
    dueDate: paris('2026-09-18'),
    status: 'à faire',
  },
  {
    task: 'Sono',
    owner: 'Chloé',
    dueDate: paris('2026-09-20'),
    status: 'bloqué',
  },
];
const PARTNERS: Row[] = [
  {structure: 'Université Grenoble Alpes', contact: 'M. Dupont'},
  {structure: 'Asso Sciences'},
];
const BUDGET: Row[] = [
  {line: 'Affiches', planned: 1000, committed: 800, spent: 1200},
  {line: 'Transport', planned: 2000, committed: 1000, spent: 500},
];

function setup(accountType: 'consumer' | 'workspace' = 'workspace') {
  const ws = new Workspace({
    now: paris('2026-09-01', '10:00'),
    user: ALICE,
    timeZone: 'Europe/Paris',
    locale: 'fr',
    accountType,
  });
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  writeTracker(ss, {
    sessions: SESSIONS,
    tasks: TASKS,
    partners: PARTNERS,
    budget: BUDGET,
  });
  const form = linkedForm(ws, ss);
  const answer = (day: string, sat: number, nps: number, text = '') =>
    ws.submitForm(
      form,
      {[Q_SAT]: sat, [Q_NPS]: nps, [Q_TEXT]: text},
      {at: paris(day, '18:00')},
    );
  ws.open(ss);
  const r = ws.callServer(ss, 'activateWeeklySummary', [
    {day: 'MONDAY', hour: 8, recipients: `${ALICE}\n${BRUNO}`},
  ]);
  expect(r.error).toBeNull();
  const summaries = () => ws.mails.filter(m => SUBJECT.test(m.subject));
  const history = () => valuesOf(ss, 'Synthèses');
  const journal = () => valuesOf(ss, 'Journal');
  const uid = () =>
    ws.triggers.find(tr => tr.handler === 'runWeeklySummary')!.uid;
  return {ws, ss, form, answer, summaries, history, journal, uid};
}

/** A Synthèses row without its date: the counts, recipients and status. */
const counts = (row: unknown[]) => row.slice(1);

describe('weekly summary over several weeks', () => {
  it('each week: the mail and the Synthèses row, counts worked out by hand', () => {
    const {ws, ss, answer, summaries, history} = setup();
    answer('2026-09-02', 5, 10, 'Génial');
    answer('2026-09-03', 4, 8);
    answer('2026-09-04', 2, 3, '<script>alert(1)</script>');

    // Week 1 — Monday 7 September, window 7–20/09.
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(summaries()).toHaveLength(1);
    const m1 = summaries()[0];
    expect(m1.to).toEqual([ALICE, BRUNO]);
    expect(m1.subject).toBe(
      'Synthèse hebdomadaire – Fête de la science 2026 – 07/09/2026',
    );
    expect(history()[0]).toEqual([
      'Date',
      'Séances (14 jours)',
      'Complètes',
      'Presque vides',
      'Tâches en retard',
      'Tâches à 7 jours',
      'Tâches bloquées',
      'Nouvelles réponses',
      'Satisfaction',
      'NPS',
      'Lignes en dépassement',
      'Points à compléter',
      'Envoyée à',
      'Statut',
    ]);
    // Sessions 8/09 (20/20 full) and 15/09 (10/100 nearly empty); overdue:
    // affiches; due by 13/09: car; blocked: sono; 3 answers, satisfaction
    // (5+4+2)/3 = 3.7, NPS (1 promoter − 1 detractor)/3 = 0; over budget:
    // affiches; gaps: balade without venue, Asso Sciences, goûter without owner.
    expect(counts(history()[1])).toEqual([
      2,
      1,
      1,
      1,
      1,
      1,
      3,
      3.7,
      0,
      1,
      3,
      'alice@tds.fr, bruno@tds.fr',
      'envoyée',
    ]);
    expect(history()[1][0]).toEqual(paris('2026-09-07', '08:00'));
    const html1 = m1.htmlBody ?? '';
    expect(html1).toContain('Atelier robots');
    expect(html1).toContain('complet');
    expect(html1).toContain('presque vide');
    expect(html1).toContain(
      'Imprimer affiches – échéance le 04/09/2026, en retard de 3 j',
    );
    expect(html1).toContain('Réponses reçues à ce jour : 3.');
    expect(html1).toContain('Satisfaction moyenne : 3,7');
    expect(html1).toContain(`href="${ss.getUrl()}"`);
    // No answer text ever reaches the mail.
    expect(html1).not.toContain('script>alert');
    expect(html1).not.toContain('Génial');

    // During the week: affiches done, a new task, registrations, answers, an overspend.
    writeTab(ss, 'logistics', [
      {...TASKS[0], status: 'fait'},
      TASKS[1],
      TASKS[2],
      TASKS[3],
      {
        task: 'Badges <b>',
        owner: 'Alice',
        dueDate: paris('2026-09-16'),
        status: 'à faire',
      },
    ]);
    writeTab(ss, 'programme', [
      SESSIONS[0],
      {...SESSIONS[1], registered: 60},
      SESSIONS[2],
      SESSIONS[3],
    ]);
    writeTab(ss, 'budget', [BUDGET[0], {...BUDGET[1], spent: 2100}]);
    answer('2026-09-09', 5, 9);
    answer('2026-09-11', 4, 10);

    // Week 2 — Monday 14 September, window 14–27/09.
    ws.advanceTo(paris('2026-09-14', '09:00'));
    expect(summaries()).toHaveLength(2);
    // Sessions 15/09 (60 %) and 25/09 (12/30 = 40 %): no flag; overdue: car
    // (10/09); due by 20/09: goûter, sono, badges; blocked: sono; 2 new
    // answers; satisfaction (5+4+2+5+4)/5 = 4, NPS (3 − 1)/5 = 40; over
    // budget: affiches and transport; gaps unchanged (3).
    expect(counts(history()[2])).toEqual([
      2,
      0,
      0,
      1,
      3,
      1,
      2,
      4,
      40,
      2,
      3,
      'alice@tds.fr, bruno@tds.fr',
      'envoyée',
    ]);
    const html2 = summaries()[1].htmlBody ?? '';
    expect(html2).toContain(
      'Nouvelles réponses depuis la synthèse précédente : 2 (5 au total).',
    );
    expect(html2).toContain(
      'Réserver car – échéance le 10/09/2026, en retard de 4 j',
    );
    expect(html2).toContain('Badges &lt;b&gt; – échéance le 16/09/2026');
    expect(html2).not.toContain('Badges <b>');
    expect(html2).toContain('NPS : +40');
    expect(html2).toContain(
      'Transport : prévu 2\u202f000 €, dépassement de 100 €',
    );
    // Owners in order, the task without owner last.
    const order = ['Alice', 'Bruno', 'Chloé', 'Sans responsable'].map(o =>
      html2.indexOf(`>${o}</h3>`),
    );
    expect(order.every(i => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // Week 3 — one more answer, a session cancelled.
    writeTab(ss, 'programme', [
      SESSIONS[0],
      SESSIONS[1],
      {...SESSIONS[2], status: 'annulé'},
      SESSIONS[3],
    ]);
    answer('2026-09-16', 1, 2);
    ws.advanceTo(paris('2026-09-21', '09:00'));
    expect(summaries()).toHaveLength(3);
    // Window 21/09–4/10: balade cancelled, visite labo 3/10 (0/15: nearly
    // empty); overdue: car, goûter, sono (20/09), badges; blocked: sono; 1
    // new answer: satisfaction 21/6 = 3.5, NPS (3 − 2)/6 = 17; gaps: only
    // Asso Sciences and goûter (the cancelled balade no longer counts).
    expect(counts(history()[3])).toEqual([
      1,
      0,
      1,
      4,
      0,
      1,
      1,
      3.5,
      17,
      2,
      2,
      'alice@tds.fr, bruno@tds.fr',
      'envoyée',
    ]);
    // One row per week, one mail per week, nothing more in between.
    expect(history()).toHaveLength(4);
  });

  it('nothing changed and nothing due: no mail, unless the setting asks for it', () => {
    const {ws, ss, summaries, history} = setup();
    writeTracker(ss, {
      sessions: [
        {
          title: 'Plus tard',
          date: paris('2026-12-01'),
          venue: 'Casemate',
          commune: 'Grenoble',
        },
      ],
      tasks: [
        {
          task: 'Fini',
          owner: 'Alice',
          dueDate: paris('2026-09-02'),
          status: 'fait',
        },
      ],
    });
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(summaries()).toHaveLength(1); // the first one always goes
    ws.advanceTo(paris('2026-09-14', '09:00'));
    expect(summaries()).toHaveLength(1);
    expect(history()[2].slice(-2)).toEqual([
      '',
      'non envoyée (rien de nouveau ni d’échéance)',
    ]);
    // The user asks for a mail every week regardless.
    const store = ws.properties.document(ss.getId());
    const settings = JSON.parse(store.get('tds.settings') ?? '{}');
    store.set(
      'tds.settings',
      JSON.stringify({...settings, weeklyEvenIfNothingChanged: true}),
    );
    ws.advanceTo(paris('2026-09-21', '09:00'));
    expect(summaries()).toHaveLength(2);
    expect(history()[3].slice(-1)).toEqual(['envoyée']);
  });

  it('the quota-short week: recorded "non envoyée", sent at the next run', () => {
    const {ws, summaries, history} = setup('consumer');
    // Someone else's mails used 99 of Alice's 100 recipients of that day.
    ws.mails.push({
      to: Array.from({length: 99}, (_, i) => `p${i}@exemple.fr`),
      cc: [],
      bcc: [],
      subject: 'Invitations',
      body: '',
      htmlBody: null,
      name: null,
      replyTo: null,
      from: ALICE,
      at: paris('2026-09-07', '07:00'),
      attachments: [],
    });
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(summaries()).toHaveLength(0);
    expect(history()[1].slice(-2)).toEqual([
      '',
      'non envoyée (quota d’e-mails atteint)',
    ]);
    // Next day, new quota: the same single trigger sends it.
    ws.advanceTo(paris('2026-09-08', '09:00'));
    expect(summaries()).toHaveLength(1);
    expect(summaries()[0].htmlBody).toContain(
      'La synthèse du 07/09/2026 n’avait pas pu partir',
    );
    expect(history()[1].slice(-1)).toEqual([
      'non envoyée (quota d’e-mails atteint) – reprise dans la synthèse du 08/09/2026',
    ]);
    expect(history()[2].slice(-2)).toEqual([
      'alice@tds.fr, bruno@tds.fr',
      'envoyée',
    ]);
    // Then nothing until the next Monday.
    ws.advanceTo(paris('2026-09-13', '09:00'));
    expect(summaries()).toHaveLength(1);
    expect(history()).toHaveLength(3);
    ws.advanceTo(paris('2026-09-14', '09:00'));
    expect(summaries()).toHaveLength(2);
  });

  it('"Envoyer la synthèse maintenant" sends at once, and the same day’s scheduled run does not send again', () => {
    const {ws, ss, summaries, history} = setup();
    ws.advanceTo(paris('2026-09-07', '07:00'));
    const r = ws.clickMenu(ss, 'Envoyer la synthèse maintenant');
    expect(r.error).toBeNull();
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      'Synthèse envoyée à alice@tds.fr, bruno@tds.fr.',
    );
    expect(summaries()).toHaveLength(1);
    ws.advanceTo(paris('2026-09-07', '09:00'));
    expect(summaries()).toHaveLength(1);
    expect(history()).toHaveLength(2);
  });
});

describe('cost of a run', () => {
  it('service calls do not grow with the number of sessions, tasks and answers', () => {
    const calls = (n: number) => {
      const {ws, ss, answer} = setup();
      const sessions = Array.from({length: n}, (_, i) => ({
        title: `Séance ${i}`,
        date: paris('2026-09-10'),
        venue: 'Casemate',
        commune: 'Grenoble',
        capacity: 20,
        registered: i % 20,
      }));
      const tasks = Array.from({length: n}, (_, i) => ({
        task: `Tâche ${i}`,
        owner: `Personne ${i % 7}`,
        dueDate: paris('2026-09-05'),
        status: 'à faire',
      }));
      writeTracker(ss, {sessions, tasks, partners: PARTNERS, budget: BUDGET});
      for (let i = 0; i < Math.min(n, 60); i += 1) answer('2026-09-02', 4, 9);
      // The daily trigger fired from 2/09; the Monday run is the last one.
      const runs = ws.advanceTo(paris('2026-09-07', '09:00'));
      const run = runs[runs.length - 1];
      expect(run.error).toBeNull();
      expect(run.counts.byMethod['MailApp.sendEmail']).toBe(1);
      // The days before were not owed: a few property reads, no sheet read.
      expect(runs).toHaveLength(6);
      expect(runs[0].counts.byMethod['Range.getValues']).toBeUndefined();
      expect(runs[0].counts.calls).toBeLessThanOrEqual(20);
      expect(ws.mails.filter(m => SUBJECT.test(m.subject))).toHaveLength(1);
      return run.counts.calls;
    };
    expect(calls(400)).toBe(calls(5));
  });
});
