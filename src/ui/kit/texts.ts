/** Texts of the catalogue that pages need, in the execution's language. */
import {CATALOGUES, currentLanguage, MessageKey} from '../../i18n';

/**
 * Every text whose key starts with one of `prefixes` (e.g. ['settings.',
 * 'common.']), for a template: `<?= txt['settings.title'] ?>`.
 */
export function textsFor(prefixes: readonly string[]): Record<string, string> {
  const catalogue = CATALOGUES[currentLanguage()];
  const out: Record<string, string> = {};
  for (const key of Object.keys(catalogue) as MessageKey[]) {
    if (prefixes.some(p => key.startsWith(p))) out[key] = catalogue[key];
  }
  return out;
}

/** The kit's own texts (busy, errors, progress), as JSON for `<body data-kit="<?= kitText ?>">`. */
export function kitTextJson(): string {
  return JSON.stringify(textsFor(['ui.', 'common.']));
}
