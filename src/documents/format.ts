/**
 * Formatting of numbers for documents, in pure code (French and English);
 * dates and their names come from the add-on's one date module
 * (src/shared/dates.ts), re-exported here for the documents' layouts.
 */
import type {Language} from '../i18n';

export {
  daysBetween,
  isoDay,
  longDate,
  mediumDate,
  shortDate,
} from '../shared/dates';

/** Narrow no-break space: the French thousands separator and the space before %. */
export const NNBSP = '\u202f';

/** "1 234", "12,5" (fr) / "1,234", "12.5" (en); at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(
  value: number,
  lang: Language,
  decimals = 1,
): string {
  if (!Number.isFinite(value)) return '';
  const factor = Math.pow(10, decimals);
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [intPart, fracPart = ''] = rounded.toFixed(decimals).split('.');
  const frac = fracPart.replace(/0+$/, '');
  const sep = lang === 'fr' ? NNBSP : ',';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  const point = lang === 'fr' ? ',' : '.';
  return sign + grouped + (frac ? point + frac : '');
}

/** "12,5 %" (fr) / "12.5%" (en). */
export function formatPercent(
  value: number,
  lang: Language,
  decimals = 0,
): string {
  const n = formatNumber(value, lang, decimals);
  return lang === 'fr' ? `${n}${NNBSP}%` : `${n}%`;
}

/** "1 234,50 €" (fr) / "€1,234.50" (en). */
export function formatEuros(value: number, lang: Language): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  const [i, f] = abs.toFixed(2).split('.');
  const sep = lang === 'fr' ? NNBSP : ',';
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = value < 0 ? '-' : '';
  return lang === 'fr'
    ? `${sign}${grouped},${f}${NNBSP}€`
    : `${sign}€${grouped}.${f}`;
}
