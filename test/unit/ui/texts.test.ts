/** Texts handed to templates and to the page kit. */
import {kitTextJson, textsFor} from '../../../src/ui/kit/texts';
import {useLanguage} from '../../../src/i18n';

describe('textsFor / kitTextJson', () => {
  afterEach(() => useLanguage('fr'));

  it('gives the texts of the asked prefixes in the current language', () => {
    const fr = textsFor(['settings.day.']);
    expect(fr).toEqual({
      'settings.day.MONDAY': 'Lundi',
      'settings.day.TUESDAY': 'Mardi',
      'settings.day.WEDNESDAY': 'Mercredi',
      'settings.day.THURSDAY': 'Jeudi',
      'settings.day.FRIDAY': 'Vendredi',
      'settings.day.SATURDAY': 'Samedi',
      'settings.day.SUNDAY': 'Dimanche',
    });
    useLanguage('en');
    expect(textsFor(['settings.day.'])['settings.day.MONDAY']).toBe('Monday');
  });

  it('gives the kit every ui.* and common.* text it uses', () => {
    const kit = JSON.parse(kitTextJson()) as Record<string, string>;
    expect(kit['ui.busy']).toBe('Traitement en cours…');
    expect(kit['ui.error.network']).toMatch(/^Le serveur n’a pas répondu/);
    expect(kit['common.close']).toBe('Fermer');
    expect(Object.keys(kit).every(k => /^(ui|common)\./.test(k))).toBe(true);
  });
});
