/** Loading settings from document properties, whatever they hold. */
import {
  loadSettings,
  saveSettings,
  startExecution,
} from '../../../src/settings/store';
import {DEFAULT_SETTINGS, SETTINGS_KEY} from '../../../src/settings/types';
import {currentLanguage, useLanguage} from '../../../src/i18n';

const stored = new Map<string, string>();
const props = {
  getProperty: (k: string) => stored.get(k) ?? null,
  setProperty: (k: string, v: string) => {
    stored.set(k, v);
    return props;
  },
  deleteProperty: (k: string) => {
    stored.delete(k);
    return props;
  },
};

beforeAll(() => {
  (globalThis as Record<string, unknown>).PropertiesService = {
    getDocumentProperties: () => props,
    getScriptProperties: () => props,
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).PropertiesService;
});
beforeEach(() => {
  stored.clear();
  useLanguage('fr');
});

describe('settings store', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      organisation: 'Territoire de sciences',
      departements: ['38'],
      smallGroupK: 5,
      language: 'fr',
    });
  });

  it('round-trips saved settings', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      organisation: 'TDS',
      language: 'en' as const,
    };
    saveSettings(s);
    expect(JSON.parse(stored.get(SETTINGS_KEY)!)).toEqual(s);
    expect(startExecution()).toEqual(s);
    expect(currentLanguage()).toBe('en');
  });

  it('falls back to the default of each unusable stored field', () => {
    stored.set(
      SETTINGS_KEY,
      JSON.stringify({
        organisation: 'Ma structure',
        departements: '38',
        smallGroupK: 1,
        language: 'de',
        weeklyHour: '8',
        teamEmails: ['a@b.fr', 3],
      }),
    );
    expect(loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      organisation: 'Ma structure',
    });
    stored.set(SETTINGS_KEY, '{not json');
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    stored.set(SETTINGS_KEY, '[1,2]');
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
