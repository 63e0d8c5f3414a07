/**
 * Utilities: CSV, dates, digests, base64, blobs, sleep, UUIDs.
 * Reference: https://developers.google.com/apps-script/reference/utilities/utilities
 */
import * as crypto from 'node:crypto';
import {FakeBlob} from '../base/blob';
import {formatJavaDate} from '../core/datetime';
import type {EmuEnv} from '../core/env';

/**
 * Utilities.parseCsv, the stand-in for Google's own
 * (https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char)):
 * RFC 4180 quoted fields, "" escapes, newlines inside quotes, CRLF, another
 * delimiter. This is Google's service, not the add-on's reader: the add-on
 * reads CSV with src/shared/csv.ts (French messages naming the line), never
 * with this. Its behaviour on well-formed CSV is checked on a live account by
 * the conformance case `utilities.parseCsv`.
 *
 * Stricter than Google where the page is silent: a quote left open at the
 * end of the text throws (Google's page says nothing of malformed input; the
 * wording is the one reported by people who met it) instead of folding the
 * rest of the text into one cell.
 */
export const PARSE_CSV_ERROR = 'Could not parse text.';

export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  let fieldStarted = false;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = '';
      fieldStarted = false;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i += 1;
  }
  if (quoted) throw new Error(PARSE_CSV_ERROR);
  if (fieldStarted || field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Java bytes are signed. */
function toSigned(buf: Buffer): number[] {
  const out = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i += 1)
    out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

function toBuffer(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map(b => Number(b) & 0xff));
  if (data instanceof FakeBlob) return data.raw();
  const b = data as {getBytes?: () => number[]};
  if (b && typeof b.getBytes === 'function')
    return Buffer.from(b.getBytes().map(x => x & 0xff));
  return Buffer.from(String(data), 'utf8');
}

/** Apps Script's Utilities.formatString: %s %d %i %f %.Nf %x %o %% like sprintf. */
export function formatString(template: string, args: unknown[]): string {
  let k = 0;
  return template.replace(
    /%(-)?(0)?(\d+)?(?:\.(\d+))?([sdifxo%])/g,
    (_all, left, zero, width, prec, conv) => {
      if (conv === '%') return '%';
      const a = args[k++];
      let s: string;
      switch (conv) {
        case 'd':
        case 'i':
          s = String(Math.trunc(Number(a)));
          break;
        case 'f':
          s = Number(a).toFixed(prec === undefined ? 6 : Number(prec));
          break;
        case 'x':
          s = Math.trunc(Number(a)).toString(16);
          break;
        case 'o':
          s = Math.trunc(Number(a)).toString(8);
          break;
        default:
          s = String(a);
          if (prec !== undefined) s = s.slice(0, Number(prec));
      }
      const w = width ? Number(width) : 0;
      if (s.length < w)
        s = left ? s.padEnd(w) : s.padStart(w, zero ? '0' : ' ');
      return s;
    },
  );
}

export interface UtilitiesOptions {
  /** Language of month/day names in formatDate ('en' as Google's servers). */
  formatDateLocale: () => 'fr' | 'en';
}

export function createUtilities(env: EmuEnv, opts: UtilitiesOptions) {
  const m = (method: string) => env.meter.call('Utilities', method);
  let uuidSeq = 0;
  const digestAlgorithms = [
    'MD2',
    'MD5',
    'SHA_1',
    'SHA_256',
    'SHA_384',
    'SHA_512',
  ] as const;
  const nodeAlgo: Record<string, string> = {
    MD5: 'md5',
    SHA_1: 'sha1',
    SHA_256: 'sha256',
    SHA_384: 'sha384',
    SHA_512: 'sha512',
  };
  const utilities = {
    Charset: {US_ASCII: 'US_ASCII', UTF_8: 'UTF_8'},
    DigestAlgorithm: Object.fromEntries(digestAlgorithms.map(a => [a, a])),
    MacAlgorithm: {
      HMAC_MD5: 'HMAC_MD5',
      HMAC_SHA_1: 'HMAC_SHA_1',
      HMAC_SHA_256: 'HMAC_SHA_256',
    },
    formatDate(date: Date, timeZone: string, format: string): string {
      m('formatDate');
      if (!(date instanceof Date)) {
        throw new Error(
          "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
        );
      }
      return formatJavaDate(
        date.getTime(),
        timeZone,
        format,
        opts.formatDateLocale(),
      );
    },
    formatString(template: string, ...args: unknown[]): string {
      m('formatString');
      return formatString(template, args);
    },
    parseCsv(csv: string, delimiter?: string): string[][] {
      m('parseCsv');
      return parseCsv(String(csv), delimiter ?? ',');
    },
    newBlob(
      data: unknown,
      contentType?: string,
      name?: string,
    ): GoogleAppsScript.Base.Blob {
      m('newBlob');
      return new FakeBlob(
        toBuffer(data),
        contentType ?? null,
        name ?? null,
        env.meter,
      ) as unknown as GoogleAppsScript.Base.Blob;
    },
    base64Encode(data: unknown): string {
      m('base64Encode');
      return toBuffer(data).toString('base64');
    },
    base64EncodeWebSafe(data: unknown): string {
      m('base64EncodeWebSafe');
      return toBuffer(data)
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
    },
    base64Decode(encoded: string): number[] {
      m('base64Decode');
      return toSigned(Buffer.from(String(encoded), 'base64'));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      m('base64DecodeWebSafe');
      return toSigned(
        Buffer.from(
          String(encoded).replace(/-/g, '+').replace(/_/g, '/'),
          'base64',
        ),
      );
    },
    getUuid(): string {
      m('getUuid');
      uuidSeq += 1;
      // Deterministic: a version-4 shaped id derived from a counter.
      const h = crypto
        .createHash('sha1')
        .update(`uuid-${uuidSeq}`)
        .digest('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    sleep(milliseconds: number): void {
      m('sleep');
      if (milliseconds > 300000)
        throw new Error('Invalid argument: milliseconds (max 300000)');
      env.clock.advance(Math.max(0, Number(milliseconds) || 0));
    },
    computeDigest(algorithm: unknown, value: unknown): number[] {
      m('computeDigest');
      const a = nodeAlgo[String(algorithm)];
      if (!a) throw new Error(`Invalid argument: algorithm (${algorithm})`);
      return toSigned(crypto.createHash(a).update(toBuffer(value)).digest());
    },
    computeHmacSha256Signature(value: unknown, key: unknown): number[] {
      m('computeHmacSha256Signature');
      return toSigned(
        crypto
          .createHmac('sha256', toBuffer(key))
          .update(toBuffer(value))
          .digest(),
      );
    },
  };
  // Signature drift against @types/google-apps-script is a compile error.
  const typed: Pick<
    GoogleAppsScript.Utilities.Utilities,
    | 'formatDate'
    | 'formatString'
    | 'parseCsv'
    | 'newBlob'
    | 'base64Encode'
    | 'base64EncodeWebSafe'
    | 'base64Decode'
    | 'base64DecodeWebSafe'
    | 'getUuid'
    | 'sleep'
    | 'computeDigest'
    | 'computeHmacSha256Signature'
  > = utilities;
  void typed;
  return utilities;
}
