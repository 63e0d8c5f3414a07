/**
 * The school bookings in Chromium (issue 19): the dialog opened from the
 * menu, its choice made and sent; then the booking form and the e-mails to
 * teachers as the emulator renders them, read in French. PNGs in
 * test-artifacts/screenshots/bookings-*.png.
 */
import {Workspace} from '../../emulator';
import type {ShownPage} from '../../emulator/base/ui';
import {describeInBrowser, openPage, settle, useBrowser} from './harness';
import {programmeCsv, PROGRAMME} from '../integration/bookings/harness';

function setup() {
  const ws = new Workspace({
    now: new Date('2026-09-01T08:00:00+02:00'),
    locale: 'fr',
    user: 'coordination@territoire-de-sciences.fr',
    timeZone: 'Europe/Paris',
  });
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  ws.open(ss);
  const built = ws.callServer(ss, 'createOrUpdateTracker', [
    {
      name: 'Fête de la science 2026',
      kind: 'fds',
      edition: '2026',
      startDate: '2026-10-02',
      endDate: '2026-10-12',
      departement: '38',
      teamEmails: 'coordination@territoire-de-sciences.fr',
    },
  ]);
  if (built.error) throw built.error;
  const imported = ws.callServer(ss, 'importEvents', [
    {fileName: 'programme.csv', content: programmeCsv(PROGRAMME)},
  ]);
  if (imported.error) throw imported.error;
  return {ws, ss};
}

/** A rendered artefact shown as a page of its own. */
function asPage(html: string, title: string): ShownPage {
  return {
    kind: 'dialog',
    modal: true,
    title,
    html,
    width: 760,
    height: 900,
    target: null,
    fn: 'render',
  };
}

describeInBrowser('school bookings in Chromium', () => {
  useBrowser();

  it('the dialog opens bookings with full sessions hidden, and says so', async () => {
    const {ws, ss} = setup();
    const p = await openPage(ws, ss, 'Ouvrir les réservations scolaires…');
    const text = await p.page.textContent('body');
    expect(text).toContain('La jauge de chaque séance est comptée en élèves');
    expect(text).toContain('Conservation des adresses des enseignant·es');
    expect(text).toContain('12 mois après l’événement');
    await p.page.selectOption('select[name="fullMode"]', 'hide');
    await p.shot('bookings-dialog');
    await p.page.click('button[type="submit"]');
    await p.page.waitForSelector('#kit-message:not([hidden])');
    await settle(p.page);
    await p.shot('bookings-dialog-done');
    expect(await p.page.textContent('#kit-message')).toContain(
      'Réservations ouvertes : 2 séances proposées dans le formulaire.',
    );
    expect(p.serverCalls.map(c => [c.fn, c.error])).toEqual([
      ['openBookings', null],
    ]);
    expect(p.serverCalls[0].args).toEqual([{fullMode: 'hide'}]);
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  it('the booking form and the e-mails, rendered, read in French', async () => {
    const {ws, ss} = setup();
    const opened = ws.callServer(ss, 'openBookings', [{fullMode: 'label'}]);
    expect(opened.error).toBeNull();
    const form = ws.forms[ws.forms.length - 1];
    const choice = (id: string) =>
      form
        .getItems()
        .find(i => i.getTitle() === 'Séance')!
        .asListItem()
        .getChoices()
        .map(c => c.getValue())
        .find(v => v.startsWith(`${id} – `))!;
    const book = (pupils: number, who: string) =>
      ws.submitForm(form, {
        'Que souhaitez-vous faire ?': 'Réserver une séance',
        'Votre adresse e-mail (enseignant·e)': who,
        Séance: choice('S2'),
        Établissement: 'École Vaucanson',
        'Commune de l’établissement': 'Grenoble',
        'Niveau de la classe': 'CM2',
        'Nombre d’élèves': String(pupils),
      });
    book(22, 'a@ecole.fr');
    book(12, 'b@ecole.fr');
    const f = await openPage(ws, ss, asPage(ws.renderForm(form), 'Formulaire'));
    const formText = (await f.page.textContent('body')) ?? '';
    await f.shot('bookings-form', {fullPage: true});
    for (const words of [
      'Fête de la science 2026 – réservation des séances scolaires',
      'Votre adresse e-mail sert uniquement à vous envoyer la confirmation',
      'effacée au plus tard 12 mois après l’événement',
      'Que souhaitez-vous faire ?',
      'S2 – Planétarium – mardi 6 octobre 09:30, Le Pont-de-Claix (complet – liste d’attente)',
      'Code de réservation',
      'le lien de l’e-mail de confirmation remplit ce formulaire pour vous',
    ])
      expect(formText).toContain(words);
    await f.close();
    const confirmation = ws.mails.find(m =>
      m.subject.startsWith('Réservation confirmée'),
    )!;
    const waiting = ws.mails.find(m =>
      m.subject.startsWith('Liste d’attente'),
    )!;
    for (const [mail, name] of [
      [confirmation, 'bookings-mail-confirmation'],
      [waiting, 'bookings-mail-attente'],
    ] as const) {
      const m = await openPage(ws, ss, asPage(ws.renderMail(mail), 'E-mail'));
      await m.shot(name, {fullPage: true});
      const body = (await m.page.textContent('body')) ?? '';
      expect(body).toContain('Bonjour,');
      expect(body).toContain('Territoire de sciences');
      expect(body).not.toMatch(/bookings\.|undefined|NaN|\{\w+\}/);
      await m.close();
    }
    expect(confirmation.body).toContain(
      'Votre réservation est confirmée : École Vaucanson, classe de CM2, 22 élèves.',
    );
    expect(waiting.body).toContain(
      'La séance est complète : la classe de CM2 de votre établissement (École Vaucanson, 12 élèves) est inscrite en liste d’attente, en position 1.',
    );
  });
});
