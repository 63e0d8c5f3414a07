/** Settings form rules and the Settings they produce (pure code). */
import {DEFAULT_SETTINGS, Settings} from '../../../src/settings/types';
import {
  folderIdOf,
  settingsToForm,
  validateSettings,
} from '../../../src/settings/validate';
import {useLanguage} from '../../../src/i18n';

const PAGE = {
  organisation: 'Territoire de sciences',
  departements: '38, 73',
  documentsFolder: 'Documents FDS',
  teamEmails: 'anne@territoire-de-sciences.fr\npaul@territoire-de-sciences.fr',
  weeklyDay: 'FRIDAY',
  weeklyHour: '17',
  smallGroupK: '7',
  language: 'en',
  retentionMonths: '24',
  weeklyEvenIfNothingChanged: true,
};

function errorsOf(values: unknown, current: Settings = DEFAULT_SETTINGS) {
  const r = validateSettings(values, current);
  return r.ok ? {} : r.errors;
}

describe('validateSettings', () => {
  beforeEach(() => useLanguage('fr'));

  it('turns the page values into settings', () => {
    expect(validateSettings(PAGE, DEFAULT_SETTINGS)).toEqual({
      ok: true,
      settings: {
        organisation: 'Territoire de sciences',
        departements: ['38', '73'],
        documentsFolderId: '',
        documentsFolderName: 'Documents FDS',
        teamEmails: [
          'anne@territoire-de-sciences.fr',
          'paul@territoire-de-sciences.fr',
        ],
        weeklyDay: 'FRIDAY',
        weeklyHour: 17,
        smallGroupK: 7,
        language: 'en',
        retentionMonths: 24,
        weeklyEvenIfNothingChanged: true,
      },
    });
  });

  it('accepts the defaults as they are shown', () => {
    expect(
      validateSettings(settingsToForm(DEFAULT_SETTINGS), DEFAULT_SETTINGS),
    ).toEqual({ok: true, settings: DEFAULT_SETTINGS});
  });

  it('refuses an unknown département, an invalid e-mail and k < 3 with French messages', () => {
    expect(
      errorsOf({
        ...PAGE,
        departements: '38, 999',
        teamEmails: 'anne@territoire-de-sciences.fr, paul@',
        smallGroupK: '2',
      }),
    ).toEqual({
      departements:
        'Département inconnu : « 999 ». Indiquez un code officiel, par exemple 38.',
      teamEmails: '« paul@ » n’est pas une adresse e-mail valide.',
      smallGroupK:
        'Le seuil doit être d’au moins 3 : en dessous, des personnes pourraient être reconnues.',
    });
  });

  it('accepts Corsica and overseas codes, normalised', () => {
    const r = validateSettings(
      {...PAGE, departements: '2a; 974\n1'},
      DEFAULT_SETTINGS,
    );
    expect(r.ok && r.settings.departements).toEqual(['2A', '974', '01']);
  });

  it('requires at least one département', () => {
    expect(errorsOf({...PAGE, departements: ''})).toEqual({
      departements: 'Indiquez au moins un département.',
    });
  });

  it('allows no team e-mail but at most 50', () => {
    const none = validateSettings({...PAGE, teamEmails: ''}, DEFAULT_SETTINGS);
    expect(none.ok && none.settings.teamEmails).toEqual([]);
    const many = Array.from({length: 51}, (_, i) => `p${i}@example.org`);
    expect(errorsOf({...PAGE, teamEmails: many.join(',')})).toEqual({
      teamEmails: '50 adresses au plus (limite d’un courriel).',
    });
  });

  it('refuses each hostile value in each text field', () => {
    const hostile = [
      '',
      'x'.repeat(10000),
      '<img src=x onerror=window.__pwned=1>',
      '=IMPORTXML("http://x","//a")',
    ];
    for (const field of ['organisation', 'documentsFolder', 'departements']) {
      for (const v of hostile) {
        expect(Object.keys(errorsOf({...PAGE, [field]: v}))).toEqual([field]);
      }
    }
    for (const v of hostile.slice(1)) {
      expect(Object.keys(errorsOf({...PAGE, teamEmails: v}))).toEqual([
        'teamEmails',
      ]);
    }
    for (const field of ['weeklyHour', 'smallGroupK', 'retentionMonths']) {
      for (const v of [...hostile, 'douze', '3.5', {}, [7]]) {
        expect(Object.keys(errorsOf({...PAGE, [field]: v}))).toEqual([field]);
      }
    }
    for (const field of [
      'weeklyDay',
      'language',
      'weeklyEvenIfNothingChanged',
    ]) {
      for (const v of [...hostile, 5, null]) {
        expect(Object.keys(errorsOf({...PAGE, [field]: v}))).toEqual([field]);
      }
    }
  });

  it('checks the bounds of hour, k and retention', () => {
    expect(errorsOf({...PAGE, weeklyHour: '24'})).toEqual({
      weeklyHour: 'La valeur doit être au plus 23.',
    });
    expect(errorsOf({...PAGE, weeklyHour: '-1'})).toEqual({
      weeklyHour: 'La valeur doit être au moins 0.',
    });
    expect(errorsOf({...PAGE, smallGroupK: '3'})).toEqual({});
    expect(errorsOf({...PAGE, retentionMonths: '0'})).toEqual({
      retentionMonths: 'La valeur doit être au moins 1.',
    });
  });

  it('keeps the current value of a field the page did not send', () => {
    const current: Settings = {...DEFAULT_SETTINGS, smallGroupK: 9};
    const r = validateSettings({organisation: 'TDS'}, current);
    expect(r).toEqual({
      ok: true,
      settings: {...current, organisation: 'TDS'},
    });
    // Not an object of fields at all: refused as a whole.
    for (const junk of ['<b>', null, 42, [PAGE]]) {
      expect(validateSettings(junk, current)).toEqual({
        ok: false,
        errors: {form: 'Cette valeur n’est pas valide.'},
      });
    }
  });

  it('keeps the folder id while the folder field is unchanged', () => {
    const current: Settings = {
      ...DEFAULT_SETTINGS,
      documentsFolderId: 'fold000042',
      documentsFolderName: 'Docs',
    };
    const form = settingsToForm(current);
    expect(form.documentsFolder).toBe('fold000042');
    const same = validateSettings(form, current);
    expect(same.ok && same.settings.documentsFolderId).toBe('fold000042');
    const renamed = validateSettings(
      {...form, documentsFolder: 'Autre dossier'},
      current,
    );
    expect(renamed.ok && renamed.settings).toMatchObject({
      documentsFolderId: '',
      documentsFolderName: 'Autre dossier',
    });
    const link = validateSettings(
      {
        ...form,
        documentsFolder:
          'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz012345?usp=sharing',
      },
      current,
    );
    expect(link.ok && link.settings).toMatchObject({
      documentsFolderId: '1AbCdEfGhIjKlMnOpQrStUvWxYz012345',
      documentsFolderName: 'Docs',
    });
  });
});

describe('folderIdOf', () => {
  it('reads a Drive folder link or a bare id, not a name', () => {
    expect(
      folderIdOf(
        'https://drive.google.com/drive/u/1/folders/0B1234567890abcdefGHIJ',
      ),
    ).toBe('0B1234567890abcdefGHIJ');
    expect(
      folderIdOf('https://drive.google.com/open?id=1x2y3z4w5v6u7t8s'),
    ).toBe('1x2y3z4w5v6u7t8s');
    expect(folderIdOf('1AbCdEfGhIjKlMnOpQrStUvWxYz012345')).toBe(
      '1AbCdEfGhIjKlMnOpQrStUvWxYz012345',
    );
    expect(folderIdOf('Documents FDS 2026')).toBeNull();
    expect(
      folderIdOf('https://evil.example/drive/folders/abcdefghijklmnop'),
    ).toBeNull();
  });
});
