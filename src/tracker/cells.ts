/**
 * Reading typed cell values back from Sheets (numbers, Dates, '' for empty)
 * and from files into the model's plain values. Pure: no Apps Script call.
 */

/** Text of a cell, trimmed ('' for empty). */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  return String(value).trim();
}

/** A Date cell (or an ISO / French dd/mm/yyyy text), else null. */
export function asDate(value: unknown): Date | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return parseDay(value.trim());
}

/**
 * A day typed as yyyy-mm-dd (optionally with a time part) or dd/mm/yyyy
 * (dd-mm-yyyy, dd.mm.yyyy), as a local Date at midnight; null when not a real
 * calendar day.
 */
export function parseDay(text: string): Date | null {
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(y, m - 1, d);
  if (
    date.getFullYear() !== y ||
    date.getMonth() !== m - 1 ||
    date.getDate() !== d
  ) {
    return null;
  }
  return date;
}

/** "HH:mm" from a time cell (Date or day fraction) or a typed time, else ''. */
export function asTime(value: unknown): string {
  if (value instanceof Date) {
    return isNaN(value.getTime())
      ? ''
      : hhmm(value.getHours(), value.getMinutes());
  }
  if (typeof value === 'number' && value >= 0 && value < 1) {
    const minutes = Math.round(value * 24 * 60);
    return hhmm(Math.floor(minutes / 60), minutes % 60);
  }
  return parseTime(asText(value)) ?? '';
}

/** "14:00", "14h", "14h30", "9:05", "14:00:00" → "HH:mm"; null if not a time. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})\s*[:hH]\s*(\d{2})?(?::\d{2})?$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = match[2] === undefined ? 0 : Number(match[2]);
  if (h > 23 || m > 59) return null;
  return hhmm(h, m);
}

/** A number cell or a typed number ("12", "12,5"), else null. */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = asText(value).replace(/\s/g, '').replace(',', '.');
  if (text === '' || !/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

export function hhmm(h: number, m: number): string {
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** yyyy-mm-dd of a Date in the script's time zone. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** True when every cell of the row is empty. */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(v => v === '' || v === null || v === undefined);
}

/** A département code as typed or as Sheets turned it into a number (38, 1 → "01"). */
export function asDepartement(value: unknown): string {
  if (typeof value === 'number') return String(value).padStart(2, '0');
  return asText(value).toUpperCase();
}

/** E-mail addresses of a list typed with commas, semicolons, spaces or lines. */
export function splitEmails(value: unknown): string[] {
  return asText(value)
    .split(/[\s,;]+/)
    .map(s => s.trim())
    .filter(s => s.includes('@'));
}
