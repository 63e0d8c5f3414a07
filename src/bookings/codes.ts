/**
 * Booking codes: short, easy to read aloud or type (no 0/O, 1/I/L), and
 * unguessable without the tracker's secret salt, so that nobody cancels a
 * class's booking from its teacher's address alone. Pure (no Utilities call:
 * a booking must stay within its constant count of service calls).
 */
import type {BookingRequest} from './model';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** 32-bit FNV-1a of a text, then mixed (pure). */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function letters(n: number, count: number): string {
  let out = '';
  let x = n;
  for (let i = 0; i < count; i++) {
    out += ALPHABET[x % ALPHABET.length];
    x = Math.floor(x / ALPHABET.length);
  }
  return out;
}

/**
 * "R-XXXX-XXXX": 8 characters from two hashes of the salt, the arrival
 * number and the request; a code already `taken` is drawn again.
 */
export function bookingCode(
  salt: string,
  seq: number,
  req: Pick<BookingRequest, 'email' | 'sessionId' | 'receivedAt'>,
  taken: ReadonlySet<string>,
): string {
  const base = `${salt}|${seq}|${req.email}|${req.sessionId}|${req.receivedAt.getTime()}`;
  for (let attempt = 0; ; attempt++) {
    const text = `${base}|${attempt}`;
    const code = `R-${letters(hash32(text, 1), 4)}-${letters(hash32(text, 2), 4)}`;
    if (!taken.has(code)) return code;
  }
}

/** A code as a person may type it back: spaces dropped, upper case. */
export function normalizeCode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}
