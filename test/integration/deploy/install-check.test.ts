/**
 * "Vérifier l'installation…" on the emulator, through the menu of each built
 * project: a healthy installation reports every point as ready and leaves
 * nothing behind; then each fault the check knows, made on its own, produces
 * its French message with what to do — and the other points stay as they were.
 */
import {FakeSpreadsheet, Workspace} from '../../../emulator';
import {fdsTracker} from '../../fixtures/documents/data';
import {ensureBuilt, Mode, Project, projectDir} from '../../helpers/projects';
import {populate, USER} from '../documents/setup';

const LABEL = 'Vérifier l’installation…';
const OTHER = 'benoit@territoire-de-sciences.fr';

interface Line {
  id: string;
  status: 'ok' | 'warning' | 'error';
  text: string;
  todo?: string;
}

beforeAll(async () => {
  await ensureBuilt('bound');
  await ensureBuilt('addon');
}, 180000);

function ws(project: Project, mode: Mode = 'bound'): Workspace {
  return new Workspace({
    now: new Date('2026-09-01T10:00:00+02:00'),
    user: USER,
    locale: 'fr',
    distDir: projectDir(project, mode),
  });
}

/**
 * A tracker in use: its weekly summary on, a questionnaire made (its submit
 * trigger), a document generated (the documents folder made and saved).
 */
function healthy(mode: Mode = 'bound'): {w: Workspace; ss: FakeSpreadsheet} {
  const w = ws('sheets', mode);
  const ss = w.createSpreadsheet('Suivi FDS 2026');
  populate(w, ss, fdsTracker());
  w.open(ss, {authMode: 'FULL'});
  const steps = [
    w.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: 'alice@territoire-de-sciences.fr'},
    ]),
    w.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]),
    w.clickMenu(ss, 'Générer la présentation'),
  ];
  for (const s of steps) expect(s.error).toBeNull();
  return {w, ss};
}

function check(
  w: Workspace,
  target: FakeSpreadsheet | ReturnType<Workspace['createForm']>,
) {
  const before = w.ui.alerts.length;
  const r = w.clickMenu(target, LABEL);
  expect(r.error).toBeNull();
  const lines = r.value as Line[];
  const alert = w.ui.alerts[before];
  return {lines, alert, run: r};
}

const byId = (lines: Line[], id: string) => lines.filter(l => l.id === id);
const notOk = (lines: Line[]) => lines.filter(l => l.status !== 'ok');

describe('Sheets project: a healthy installation', () => {
  test('every point ready; the scratch questionnaire is trashed; nothing else made', () => {
    const {w, ss} = healthy();
    const formsBefore = w.forms.length;
    const liveBefore = w.files.filter(f => !f.trashed).length;
    const triggersBefore = w.triggers.length;
    const {lines, alert} = check(w, ss);
    expect(notOk(lines)).toEqual([]);
    expect(lines.map(l => l.id)).toEqual([
      'mode',
      'scopes',
      'form',
      'folder',
      'templates',
      'trigger',
      'trigger',
      'mail',
      'timeZone',
      'locale',
    ]);
    expect(alert.title).toBe('Vérification de l’installation');
    expect(alert.prompt).toContain(
      'Tout est prêt : rien de ce qui a été vérifié ne bloquera l’événement.',
    );
    expect(alert.prompt).toContain(
      '✓ Mode de déploiement : script lié au classeur (le « Modèle de suivi », copié pour chaque événement), projet Google Sheets.',
    );
    expect(alert.prompt).toContain(
      '✓ Autorisations : les 8 autorisations du module sont accordées.',
    );
    expect(alert.prompt).toContain(
      `✓ Déclencheur « synthèse hebdomadaire » : en place (compte ${USER}).`,
    );
    expect(alert.prompt).toContain(
      `✓ Déclencheur « réponses aux questionnaires » : en place (compte ${USER}).`,
    );
    expect(alert.prompt).toContain(
      '✓ Dossier des documents : « Territoire de sciences – documents » est accessible.',
    );
    // 100 recipients a day for a consumer account, the weekly summary's one
    // recipient not sent yet.
    expect(alert.prompt).toContain(
      '✓ E-mails : encore 100 destinataire(s) possible(s) aujourd’hui.',
    );
    expect(alert.prompt).toContain(
      '✓ Fuseau horaire : le classeur et le module sont sur le même fuseau, Europe/Paris.',
    );
    // One form was made (the scratch one), and it is in the trash.
    expect(w.forms.length).toBe(formsBefore + 1);
    const scratch = w.forms[w.forms.length - 1];
    expect(w.files.find(f => f.id === scratch.getId())?.trashed).toBe(true);
    expect(w.files.filter(f => !f.trashed).length).toBe(liveBefore);
    expect(w.triggers.length).toBe(triggersBefore);
  });

  test('built as an add-on: the mode says so, the triggers are the shared clock', () => {
    const {w, ss} = healthy('addon');
    const {lines, alert} = check(w, ss);
    expect(notOk(lines)).toEqual([]);
    expect(alert.prompt).toContain(
      '✓ Mode de déploiement : module complémentaire du domaine, projet Google Sheets.',
    );
  });
});

describe('Sheets project: each fault gives its message', () => {
  test('a permission left unticked (granular consent)', () => {
    const {w, ss} = healthy();
    w.declineScopes(['https://www.googleapis.com/auth/documents']);
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      {
        id: 'scopes',
        status: 'error',
        text: 'Autorisations refusées ou pas encore accordées : Google Docs (documents).',
        todo: 'relancez une action du menu et, dans la fenêtre de Google, cochez chaque case avant « Continuer » ; sans cela, les fonctions qui en dépendent s’arrêteront.',
      },
      {
        id: 'templates',
        status: 'warning',
        text: 'Google Docs (documents) : non vérifié, faute de l’autorisation « Google Docs (documents) ».',
        todo: 'relancez une action du menu et, dans la fenêtre de Google, cochez chaque case avant « Continuer » ; sans cela, les fonctions qui en dépendent s’arrêteront.',
      },
    ]);
  });

  test('Google refuses to create a questionnaire', () => {
    const {w, ss} = healthy();
    w.failAt({fn: 'checkInstallation', service: 'FormApp', method: 'create'});
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      expect.objectContaining({
        id: 'form',
        status: 'error',
        todo: expect.stringContaining('Google Forms est activé'),
      }),
    ]);
    expect(byId(lines, 'form')[0].text).toMatch(
      /^Questionnaires : Google a refusé de créer un questionnaire \(/,
    );
  });

  test('the scratch questionnaire cannot be published (and is still trashed)', () => {
    const {w, ss} = healthy();
    w.failAt({
      fn: 'checkInstallation',
      service: 'Form',
      method: 'setPublished',
    });
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      {
        id: 'form',
        status: 'error',
        text: 'Questionnaires : le questionnaire d’essai a été créé mais n’a pas pu être publié : les questionnaires du module n’accepteraient aucune réponse.',
        todo: 'vérifiez que les règles de partage du domaine permettent de publier un formulaire (console d’administration › Google Forms), puis relancez la vérification.',
      },
    ]);
    const scratch = w.forms[w.forms.length - 1];
    expect(w.files.find(f => f.id === scratch.getId())?.trashed).toBe(true);
  });

  test('the scratch questionnaire cannot be trashed', () => {
    const {w, ss} = healthy();
    w.failAt({
      fn: 'checkInstallation',
      service: 'Drive.Files',
      method: 'update',
    });
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      expect.objectContaining({
        id: 'formTrash',
        status: 'warning',
        todo: 'supprimez-le à la main dans Google Drive (il ne contient rien).',
      }),
    ]);
  });

  test('the documents folder was deleted', () => {
    const {w, ss} = healthy();
    const folder = w.files.find(
      f => f.name === 'Territoire de sciences – documents',
    )!;
    folder.trashed = true;
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      {
        id: 'folder',
        status: 'error',
        text: 'Dossier des documents : le dossier enregistré dans les paramètres est introuvable ou hors de portée du module.',
        todo: 'dans « Paramètres… », videz le champ du dossier : le module en créera un nouveau à la prochaine génération (les documents déjà faits restent où ils sont).',
      },
    ]);
  });

  test('the staff template of the last batch can no longer be opened', () => {
    const {w, ss} = healthy();
    w.properties.document(ss.getId()).set(
      'tds.documents.lastBatch',
      JSON.stringify({
        kind: 'commune',
        day: '2026-08-31',
        signature: 'x',
        folderId: 'f',
        templateId: 'doc-disparu-0001',
        total: 3,
      }),
    );
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      expect.objectContaining({
        id: 'templates',
        status: 'error',
        todo: 'partagez le modèle avec votre compte (au moins en lecture) ou indiquez l’adresse d’un autre modèle dans la fenêtre « Documents… ».',
      }),
    ]);
    expect(byId(lines, 'templates')[0].text).toMatch(
      /^Modèle de documents inaccessible : .*doc-disparu-0001/,
    );
  });

  test('the weekly trigger was deleted by hand', () => {
    const {w, ss} = healthy();
    const i = w.triggers.findIndex(tr => tr.handler === 'runWeeklySummary');
    w.triggers.splice(i, 1);
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      {
        id: 'trigger',
        status: 'error',
        text: 'Déclencheur « synthèse hebdomadaire » : manquant (supprimé à la main ou jamais installé).',
        todo: 'menu « Envoyer la synthèse maintenant » : il le réinstalle.',
      },
    ]);
  });

  test('the submit trigger was deleted by hand', () => {
    const {w, ss} = healthy();
    const i = w.triggers.findIndex(tr => tr.type === 'ON_FORM_SUBMIT');
    w.triggers.splice(i, 1);
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      {
        id: 'trigger',
        status: 'error',
        text: 'Déclencheur « réponses aux questionnaires » : manquant (supprimé à la main ou jamais installé).',
        todo: 'relancez « Créer le questionnaire… » pour le même public : rien n’est dupliqué et le déclencheur est réinstallé.',
      },
    ]);
  });

  test('the weekly trigger belongs to another account', () => {
    const {w, ss} = healthy();
    const r = w.callServer(
      ss,
      'activateWeeklySummary',
      [{day: 'MONDAY', hour: 8, recipients: 'alice@territoire-de-sciences.fr'}],
      {user: OTHER},
    );
    expect(r.error).toBeNull();
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      {
        id: 'trigger',
        status: 'warning',
        text: `Déclencheur « synthèse hebdomadaire » : appartient au compte ${OTHER} ; seul ce compte peut vérifier qu’il existe encore.`,
        todo: `demandez à ${OTHER} de lancer aussi « Vérifier l’installation… », ou réactivez la fonction depuis votre compte pour en prendre la charge.`,
      },
    ]);
  });

  test("today's e-mail quota is used up", () => {
    const {w, ss} = healthy();
    w.mails.push({
      to: Array.from({length: 100}, (_, i) => `p${i}@example.org`),
      cc: [],
      bcc: [],
      subject: 'Invitation',
      body: '',
      htmlBody: null,
      name: null,
      replyTo: null,
      from: USER,
      at: new Date('2026-09-01T09:00:00+02:00'),
      attachments: [],
    });
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      {
        id: 'mail',
        status: 'error',
        text: 'E-mails : le quota du jour est épuisé ; aucun e-mail ne partira avant demain.',
        todo: 'la synthèse attendra le lendemain (rien n’est perdu) ; réduisez la liste des destinataires ou évitez les autres envois ce jour-là.',
      },
    ]);
  });

  test('the spreadsheet is in another time zone and locale than the manifest', () => {
    const {w, ss} = healthy();
    ss.setSpreadsheetTimeZone('America/New_York');
    ss.setSpreadsheetLocale('en_US');
    const {lines} = check(w, ss);
    expect(notOk(lines)).toEqual([
      {
        id: 'timeZone',
        status: 'error',
        text: 'Fuseau horaire : le classeur est réglé sur America/New_York, le module sur Europe/Paris ; les heures lues dans le classeur seraient décalées.',
        todo: 'Fichier › Paramètres › Fuseau horaire : choisissez « (GMT+01:00) Paris ».',
      },
      {
        id: 'locale',
        status: 'warning',
        text: 'Paramètres régionaux du classeur : en_US ; un nombre comme « 12,5 » ou une date comme « 03/10/2026 » ne serait pas lu comme en France.',
        todo: 'Fichier › Paramètres › Paramètres régionaux : choisissez « France ».',
      },
    ]);
  });
});

describe('Forms project', () => {
  test('linked to a reachable tracker: every point ready', () => {
    const w = ws('forms');
    const tracker = w.createSpreadsheet('Suivi FDS 2026');
    const form = w.createForm('Avis des visiteurs');
    w.open(form, {authMode: 'FULL'});
    w.ui.queuePrompt(tracker.getUrl(), 'OK');
    expect(w.clickMenu(form, 'Lier à un suivi…').error).toBeNull();
    const {lines, alert} = check(w, form as never);
    expect(notOk(lines)).toEqual([]);
    expect(lines.map(l => l.id)).toEqual([
      'mode',
      'scopes',
      'link',
      'timeZone',
      'locale',
    ]);
    expect(alert.prompt).toContain(
      '✓ Autorisations : les 3 autorisations du module sont accordées.',
    );
    expect(alert.prompt).toContain(
      '✓ Suivi lié : « Suivi FDS 2026 » est accessible.',
    );
  });

  test('linked to no tracker', () => {
    const w = ws('forms');
    const form = w.createForm('Avis des visiteurs');
    w.open(form, {authMode: 'FULL'});
    const {lines} = check(w, form as never);
    expect(notOk(lines)).toEqual([
      {
        id: 'link',
        status: 'warning',
        text: 'Suivi lié : ce formulaire n’est lié à aucun suivi et n’envoie pas ses réponses dans un classeur.',
        todo: 'menu « Lier à un suivi… » : collez l’adresse du classeur de suivi de l’événement.',
      },
    ]);
  });

  test('linked to a tracker that is gone', () => {
    const w = ws('forms');
    const form = w.createForm('Avis des visiteurs');
    w.properties
      .document(form.getId())
      .set('tds.bilan.trackerId', JSON.stringify('ss-disparu-0001'));
    w.open(form, {authMode: 'FULL'});
    const {lines} = check(w, form as never);
    expect(notOk(lines)).toEqual([
      {
        id: 'link',
        status: 'error',
        text: 'Suivi lié : le classeur enregistré (ss-disparu-0001) est introuvable ou vous n’y avez pas accès.',
        todo: 'demandez l’accès au classeur de suivi, ou liez de nouveau le formulaire avec « Lier à un suivi… ».',
      },
    ]);
  });

  test('a permission left unticked', () => {
    const w = ws('forms');
    const form = w.createForm('Avis des visiteurs');
    w.declineScopes(['https://www.googleapis.com/auth/spreadsheets']);
    w.open(form, {authMode: 'FULL'});
    const {lines} = check(w, form as never);
    expect(notOk(lines).map(l => [l.id, l.status, l.text])).toEqual([
      [
        'scopes',
        'error',
        'Autorisations refusées ou pas encore accordées : Google Sheets (classeurs).',
      ],
      [
        'link',
        'warning',
        'Google Sheets (classeurs) : non vérifié, faute de l’autorisation « Google Sheets (classeurs) ».',
      ],
    ]);
  });
});
