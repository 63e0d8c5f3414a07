/**
 * The "Paramètres…" sidebar in a real browser: rendered by the emulator's
 * HtmlService from the built bundle, every server call run on the emulator.
 */
import {Workspace} from '../../emulator';
import {
  describeInBrowser,
  HOSTILE,
  openPage,
  OpenedPage,
  settle,
  useBrowser,
} from './harness';

type Spreadsheet = ReturnType<Workspace['createSpreadsheet']>;

/** Field name → the id of its control in the page. */
const TEXT_FIELDS = [
  'organisation',
  'departements',
  'documentsFolder',
  'teamEmails',
  'smallGroupK',
  'retentionMonths',
] as const;
const SELECT_FIELDS = ['weeklyDay', 'weeklyHour', 'language'] as const;
const ALL_FIELDS = [
  'organisation',
  'departements',
  'documentsFolder',
  'teamEmails',
  'weeklyDay',
  'weeklyHour',
  'weeklyEvenIfNothingChanged',
  'smallGroupK',
  'retentionMonths',
  'language',
];

interface PageValues {
  organisation: string;
  departements: string;
  documentsFolder: string;
  teamEmails: string;
  weeklyDay: string;
  weeklyHour: number;
  smallGroupK: number;
  language: string;
  retentionMonths: number;
  weeklyEvenIfNothingChanged: boolean;
}

function stored(ws: Workspace, ss: Spreadsheet): PageValues {
  const run = ws.callServer(ss, 'getSettingsForPage', []);
  if (run.error) throw run.error;
  return (run.value as {values: PageValues}).values;
}

async function fieldValues(
  p: OpenedPage,
): Promise<Record<string, string | boolean>> {
  return p.page.evaluate(names => {
    const out: Record<string, string | boolean> = {};
    for (const name of names) {
      const el = document.querySelector(`[name="${name}"]`) as HTMLInputElement;
      out[name] = el.type === 'checkbox' ? el.checked : el.value;
    }
    return out;
  }, ALL_FIELDS);
}

async function errorOf(p: OpenedPage, field: string): Promise<string | null> {
  return p.page.evaluate(id => {
    const el = document.getElementById(id);
    return el && !el.hidden ? el.textContent : null;
  }, `f-${field}-error`);
}

async function banner(
  p: OpenedPage,
): Promise<{kind: string; text: string} | null> {
  return p.page.evaluate(() => {
    const el = document.getElementById('kit-message');
    if (!el || el.hidden) return null;
    return {
      kind: el.className.replace('kit-banner is-', ''),
      text: el.querySelector('.kit-banner-text')!.textContent ?? '',
    };
  });
}

async function pwned(p: OpenedPage): Promise<unknown> {
  return p.page.evaluate(
    () =>
      (window as unknown as {__pwned?: unknown}).__pwned ??
      (document.querySelectorAll('img').length > 0 ? 'img in page' : undefined),
  );
}

async function save(p: OpenedPage): Promise<void> {
  await p.page.click('button[type="submit"]');
  await settle(p.page);
}

describeInBrowser('settings sidebar in Chromium', () => {
  useBrowser();
  let ws: Workspace;
  let ss: Spreadsheet;

  beforeEach(() => {
    ws = new Workspace({
      now: new Date('2026-09-01T08:00:00+02:00'),
      locale: 'fr',
      user: 'coordination@territoire-de-sciences.fr',
    });
    ss = ws.createSpreadsheet('Suivi FDS 2026');
    const opened = ws.open(ss);
    if (opened.error) throw opened.error;
  });

  it('opens from the menu with the defaults, in French, without console errors', async () => {
    expect(ws.menu(ss).map(m => m.label)).toContain('Paramètres…');
    const p = await openPage(ws, ss, 'Paramètres…');
    expect(p.shown.kind).toBe('sidebar');
    expect(p.shown.title).toBe('Paramètres');
    expect(await fieldValues(p)).toEqual({
      organisation: 'Territoire de sciences',
      departements: '38',
      documentsFolder: 'Territoire de sciences – documents',
      teamEmails: '',
      weeklyDay: 'MONDAY',
      weeklyHour: '8',
      weeklyEvenIfNothingChanged: false,
      smallGroupK: '5',
      retentionMonths: '12',
      language: 'fr',
    });
    expect(await p.page.getAttribute('html', 'lang')).toBe('fr');
    expect(await p.page.textContent('label[for="f-smallGroupK"]')).toBe(
      'Seuil des petits groupes (k)',
    );
    // No catalogue key shows raw, no outside request was needed.
    expect(await p.page.evaluate(() => document.body.innerText)).not.toMatch(
      /\b(settings|ui|common)\.[a-z]/,
    );
    await p.shot('settings-sidebar');
    await p.shot('settings-sidebar-full', {fullPage: true});
    await p.page.setViewportSize({width: 600, height: 500});
    await p.shot('settings-dialog-size');
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  it('saves every field on the server, normalised', async () => {
    const p = await openPage(ws, ss, 'Paramètres…');
    await p.page.fill('#f-organisation', '  Territoire de sciences Isère ');
    expect(await p.page.textContent('#f-departements-names')).toBe(
      '38 – Isère',
    );
    await p.page.fill('#f-departements', '38; 73 2a');
    expect(await p.page.textContent('#f-departements-names')).toBe(
      '38 – Isère, 73 – Savoie, 2A – Corse-du-Sud',
    );
    await p.page.fill('#f-documentsFolder', 'Documents FDS 2026');
    await p.page.fill(
      '#f-teamEmails',
      'anne@territoire-de-sciences.fr, paul@territoire-de-sciences.fr\nANNE@territoire-de-sciences.fr',
    );
    await p.page.selectOption('#f-weeklyDay', 'FRIDAY');
    await p.page.selectOption('#f-weeklyHour', '17');
    await p.page.check('#f-weeklyEvenIfNothingChanged');
    await p.page.fill('#f-smallGroupK', '7');
    await p.page.fill('#f-retentionMonths', '18');
    await p.page.selectOption('#f-language', 'en');
    await p.shot('settings-filled');
    await save(p);
    expect(await banner(p)).toEqual({
      kind: 'success',
      text: 'Paramètres enregistrés. La nouvelle langue s’appliquera à la prochaine ouverture du document.',
    });
    const expected = {
      organisation: 'Territoire de sciences Isère',
      departements: '38, 73, 2A',
      documentsFolder: 'Documents FDS 2026',
      teamEmails:
        'anne@territoire-de-sciences.fr\npaul@territoire-de-sciences.fr',
      weeklyDay: 'FRIDAY',
      weeklyHour: 17,
      weeklyEvenIfNothingChanged: true,
      smallGroupK: 7,
      retentionMonths: 18,
      language: 'en',
    };
    expect(stored(ws, ss)).toEqual(expected);
    // Kept in the spreadsheet's document properties, as one JSON value.
    expect(
      JSON.parse(ws.properties.document(ss.getId()).get('tds.settings')!),
    ).toEqual({
      organisation: 'Territoire de sciences Isère',
      departements: ['38', '73', '2A'],
      documentsFolderId: '',
      documentsFolderName: 'Documents FDS 2026',
      teamEmails: [
        'anne@territoire-de-sciences.fr',
        'paul@territoire-de-sciences.fr',
      ],
      weeklyDay: 'FRIDAY',
      weeklyHour: 17,
      smallGroupK: 7,
      language: 'en',
      retentionMonths: 18,
      weeklyEvenIfNothingChanged: true,
    });
    // The page now shows what was saved.
    expect(await fieldValues(p)).toMatchObject({
      departements: '38, 73, 2A',
      organisation: 'Territoire de sciences Isère',
    });
    await p.shot('settings-saved');
    expect(p.serverCalls.map(c => c.fn)).toEqual(['saveSettingsFromPage']);
    expect(p.consoleErrors).toEqual([]);
    await p.close();

    // Next opening: menus and sidebar in English.
    ws.open(ss);
    expect(ws.menu(ss).map(m => m.label)).toContain('Settings…');
    const en = await openPage(ws, ss, 'Settings…');
    expect(en.shown.title).toBe('Settings');
    expect(await en.page.getAttribute('html', 'lang')).toBe('en');
    expect(await en.page.textContent('button[type="submit"]')).toBe('Save');
    await en.shot('settings-sidebar-en');
    await en.close();
  });

  it('refuses an invalid e-mail, département 999 and k = 2 next to the fields, keeping what was typed', async () => {
    const p = await openPage(ws, ss, 'Paramètres…');
    await p.page.fill('#f-organisation', 'Ma structure');
    await p.page.fill('#f-departements', '38, 999');
    await p.page.fill(
      '#f-teamEmails',
      'anne@territoire-de-sciences.fr\npaul.territoire',
    );
    await p.page.fill('#f-smallGroupK', '2');
    await p.page.fill('#f-retentionMonths', '6');
    const typed = await fieldValues(p);
    await save(p);
    // Refused by the page itself: the server was not called.
    expect(p.serverCalls).toEqual([]);
    expect(await errorOf(p, 'departements')).toBe(
      'Département inconnu : « 999 ». Indiquez un code officiel, par exemple 38.',
    );
    expect(await errorOf(p, 'teamEmails')).toBe(
      '« paul.territoire » n’est pas une adresse e-mail valide.',
    );
    expect(await errorOf(p, 'smallGroupK')).toBe(
      'Le seuil doit être d’au moins 3 : en dessous, des personnes pourraient être reconnues.',
    );
    expect(await errorOf(p, 'organisation')).toBeNull();
    expect(await banner(p)).toEqual({
      kind: 'error',
      text: 'Certains champs sont à corriger : voyez les messages en rouge.',
    });
    expect(await fieldValues(p)).toEqual(typed);
    // Accessible: the field says it is invalid and points at its message.
    expect(await p.page.getAttribute('#f-smallGroupK', 'aria-invalid')).toBe(
      'true',
    );
    expect(
      await p.page.getAttribute('#f-smallGroupK', 'aria-describedby'),
    ).toContain('f-smallGroupK-error');
    // The first refused field has the focus.
    expect(await p.page.evaluate(() => document.activeElement?.id)).toBe(
      'f-departements',
    );
    await p.shot('settings-errors');
    expect(stored(ws, ss).organisation).toBe('Territoire de sciences');

    // Correcting a field clears its message as the user types.
    await p.page.fill('#f-smallGroupK', '5');
    expect(await errorOf(p, 'smallGroupK')).toBeNull();
    await p.page.fill('#f-departements', '38');
    await p.page.fill('#f-teamEmails', 'anne@territoire-de-sciences.fr');
    await save(p);
    expect((await banner(p))?.kind).toBe('success');
    expect(stored(ws, ss)).toMatchObject({
      organisation: 'Ma structure',
      retentionMonths: 6,
      smallGroupK: 5,
    });
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  it('shows the server’s own refusals inline when the page’s checks are bypassed', async () => {
    const p = await openPage(ws, ss, 'Paramètres…', {
      transformHtml: html => html.replace(/ data-rules="[^"]*"/, ''),
    });
    await p.page.fill('#f-organisation', 'Ma structure');
    await p.page.fill('#f-departements', '999');
    await p.page.fill('#f-teamEmails', 'x@');
    await p.page.fill('#f-smallGroupK', '2');
    await save(p);
    expect(p.serverCalls.map(c => c.fn)).toEqual(['saveSettingsFromPage']);
    expect(await errorOf(p, 'departements')).toBe(
      'Département inconnu : « 999 ». Indiquez un code officiel, par exemple 38.',
    );
    expect(await errorOf(p, 'teamEmails')).toBe(
      '« x@ » n’est pas une adresse e-mail valide.',
    );
    expect(await errorOf(p, 'smallGroupK')).toContain('au moins 3');
    expect(await p.page.inputValue('#f-organisation')).toBe('Ma structure');
    expect(stored(ws, ss).organisation).toBe('Territoire de sciences');
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  it('takes a Drive folder by its link only when this user can reach it', async () => {
    const drive = ws.services.DriveApp as GoogleAppsScript.Drive.DriveApp;
    const folder = drive.createFolder('Documents TDS 2026');
    const p = await openPage(ws, ss, 'Paramètres…');
    await p.page.fill(
      '#f-documentsFolder',
      'https://drive.google.com/drive/folders/1NoSuchFolderAbCdEfGhIjKlMnOp',
    );
    await save(p);
    expect(await errorOf(p, 'documentsFolder')).toBe(
      "Le module ne peut pas ouvrir ce dossier : avec ses autorisations (portée drive.file), il n'atteint que les dossiers qu'il a créés lui-même, jamais un dossier fait à la main ou partagé. Indiquez plutôt un nom de dossier : le module le créera et y rangera les documents. Vos autres réglages n'ont pas été enregistrés ; ils restent dans le formulaire.",
    );
    expect(stored(ws, ss).documentsFolder).toBe(
      'Territoire de sciences – documents',
    );
    // The folder was made by hand: under drive.file the add-on cannot reach
    // it by its link alone…
    await p.page.fill('#f-documentsFolder', folder.getUrl());
    await save(p);
    expect(await errorOf(p, 'documentsFolder')).toContain(
      'Le module ne peut pas ouvrir ce dossier',
    );
    // …until this user has given it to the add-on (Google Picker, or any
    // grant drive.file counts): then its link is taken.
    ws.pick(folder);
    await p.page.fill('#f-documentsFolder', folder.getUrl());
    await save(p);
    expect(await errorOf(p, 'documentsFolder')).toBeNull();
    expect(
      JSON.parse(ws.properties.document(ss.getId()).get('tds.settings')!),
    ).toMatchObject({
      documentsFolderId: folder.getId(),
      documentsFolderName: 'Documents TDS 2026',
    });
    // The page now shows the folder's id; saving again keeps it.
    expect(await p.page.inputValue('#f-documentsFolder')).toBe(folder.getId());
    await p.page.fill('#f-organisation', 'TDS');
    await save(p);
    expect(stored(ws, ss)).toMatchObject({
      organisation: 'TDS',
      documentsFolder: folder.getId(),
    });
    await p.close();
  });

  it('is usable with the keyboard: Tab reaches every field then the button, Enter saves', async () => {
    const p = await openPage(ws, ss, 'Paramètres…');
    await p.page.evaluate(() =>
      (document.activeElement as HTMLElement | null)?.blur(),
    );
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await p.page.keyboard.press('Tab');
      order.push(
        await p.page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.name || el?.getAttribute('type') || el?.tagName || '';
        }),
      );
    }
    const fieldsAndSubmit = [...ALL_FIELDS, 'submit'];
    expect(order.slice(0, fieldsAndSubmit.length)).toEqual(fieldsAndSubmit);
    // A visible focus ring on the focused button.
    await p.page.focus('button[type="submit"]');
    await p.shot('settings-keyboard-focus');
    await p.page.focus('#f-organisation');
    await p.page.keyboard.press('Control+A');
    await p.page.keyboard.type('Territoire de sciences – Isère');
    await p.page.keyboard.press('Enter');
    await settle(p.page);
    expect((await banner(p))?.text).toBe('Paramètres enregistrés.');
    expect(stored(ws, ss).organisation).toBe('Territoire de sciences – Isère');
    await p.close();
  });

  it('shows the busy state while the server works, without touching the typed values', async () => {
    const p = await openPage(ws, ss, 'Paramètres…');
    await p.page.fill('#f-organisation', 'Occupé');
    const gate = p.hold();
    await p.page.click('button[type="submit"]');
    await p.page.waitForSelector('button[type="submit"].is-busy');
    expect(await p.page.isDisabled('button[type="submit"]')).toBe(true);
    expect(await p.page.textContent('#kit-status')).toBe(
      'Traitement en cours…',
    );
    expect(await p.page.getAttribute('form', 'aria-busy')).toBe('true');
    await p.shot('settings-busy');
    // A second Enter while busy does not send a second call.
    await p.page.focus('#f-organisation');
    await p.page.keyboard.press('Enter');
    gate.release();
    await settle(p.page);
    expect(p.serverCalls).toHaveLength(1);
    expect(await p.page.isDisabled('button[type="submit"]')).toBe(false);
    expect(await p.page.inputValue('#f-organisation')).toBe('Occupé');
    expect(stored(ws, ss).organisation).toBe('Occupé');
    await p.close();
  });

  it.each(TEXT_FIELDS.map(f => [f]))(
    'field %s: empty, over-long, HTML, formula and wrong kind are refused or neutralised',
    async field => {
      const p = await openPage(ws, ss, 'Paramètres…');
      const before = stored(ws, ss);
      const wrongKind: Record<string, string> = {
        organisation: '12345678901234567890'.repeat(6),
        departements: 'Isère',
        documentsFolder: '   ',
        teamEmails: 'Anne Dupont',
        smallGroupK: 'cinq',
        retentionMonths: '1.5',
      };
      for (const [kind, value] of [
        ...Object.entries(HOSTILE),
        ['wrongKind', wrongKind[field]],
      ]) {
        await p.page.fill(`#f-${field}`, value);
        await save(p);
        const error = await errorOf(p, field);
        const accepted = field === 'teamEmails' && kind === 'empty';
        if (accepted) {
          // An empty team list is allowed: saved as no address.
          expect(error).toBeNull();
          expect(stored(ws, ss).teamEmails).toBe('');
        } else {
          expect({kind, error}).toEqual({kind, error: expect.any(String)});
          // Refused: nothing saved, the value is still in the field.
          expect(await p.page.inputValue(`#f-${field}`)).toBe(value);
          expect(stored(ws, ss)[field]).toEqual(before[field]);
        }
        expect(await pwned(p)).toBeUndefined();
      }
      // The server refuses the same values when the page is bypassed.
      for (const [kind, value] of [
        ...Object.entries(HOSTILE),
        ['wrongKind', wrongKind[field]],
        ['object', {toString: 'x'}],
        ['array', [HOSTILE.html]],
        ['number', 1e308],
      ] as [string, unknown][]) {
        const run = ws.callServer(ss, 'saveSettingsFromPage', [
          {[field]: value},
        ]);
        expect(run.error).toBeNull();
        const result = run.value as {
          ok: boolean;
          errors?: Record<string, string>;
        };
        if (field === 'teamEmails' && kind === 'empty') {
          expect(result.ok).toBe(true);
        } else {
          expect({
            kind,
            ok: result.ok,
            fields: Object.keys(result.errors ?? {}),
          }).toEqual({
            kind,
            ok: false,
            fields: [field],
          });
        }
      }
      expect(p.consoleErrors).toEqual([]);
      await p.close();
    },
  );

  it.each(SELECT_FIELDS.map(f => [f]))(
    'field %s: a value that is not offered is refused by the page and by the server',
    async field => {
      const p = await openPage(ws, ss, 'Paramètres…');
      for (const value of [HOSTILE.html, HOSTILE.formula, '', '99']) {
        await p.page.evaluate(
          ({field, value}) => {
            const select = document.getElementById(
              `f-${field}`,
            ) as HTMLSelectElement;
            const option = document.createElement('option');
            option.value = value;
            option.textContent = value;
            select.appendChild(option);
            select.value = value;
          },
          {field, value},
        );
        await save(p);
        const expected: Record<string, string> =
          field === 'weeklyHour'
            ? {
                [HOSTILE.html]:
                  'Ce texte est trop long : 15 caractères au plus.',
                [HOSTILE.formula]:
                  'Ce texte est trop long : 15 caractères au plus.',
                '': 'Ce champ est obligatoire.',
                '99': 'La valeur doit être au plus 23.',
              }
            : {[value]: 'Choisissez une des valeurs proposées.'};
        expect(await errorOf(p, field)).toBe(expected[value]);
        expect(p.serverCalls).toEqual([]);
        expect(await pwned(p)).toBeUndefined();
        const run = ws.callServer(ss, 'saveSettingsFromPage', [
          {[field]: value},
        ]);
        expect((run.value as {ok: boolean}).ok).toBe(false);
      }
      const run = ws.callServer(ss, 'saveSettingsFromPage', [{[field]: 3}]);
      expect((run.value as {ok: boolean}).ok).toBe(field === 'weeklyHour');
      await p.close();
    },
  );

  it('the checkbox accepts only true or false on the server', () => {
    for (const value of ['on', HOSTILE.html, 1, null, {}]) {
      const run = ws.callServer(ss, 'saveSettingsFromPage', [
        {weeklyEvenIfNothingChanged: value},
      ]);
      expect(run.value).toMatchObject({
        ok: false,
        errors: {weeklyEvenIfNothingChanged: 'Cette valeur n’est pas valide.'},
      });
    }
    const junk = ws.callServer(ss, 'saveSettingsFromPage', ['<img src=x>']);
    expect(junk.value).toMatchObject({
      ok: false,
      errors: {form: 'Cette valeur n’est pas valide.'},
    });
  });
});
