/**
 * PropertiesService, LockService, CacheService, Utilities, Session, Logger
 * and console, with Google's quotas and messages where tests rely on them.
 */
import * as crypto from 'node:crypto';
import {requireAuth} from './auth';
import {formatJavaDate} from './datetime';
import {FakeBlob} from './drive';
import type {EmuEnv} from './env';

type Properties = GoogleAppsScript.Properties.Properties;

// ------------------------------------------------------------ properties

/** Google: 9 KB per value, 500 KB per store. */
export const PROPERTY_VALUE_MAX = 9 * 1024;
export const PROPERTY_STORE_MAX = 500 * 1024;

export class PropertyStores {
  readonly documents = new Map<string, Map<string, string>>();
  readonly scriptStore = new Map<string, string>();
  readonly users = new Map<string, Map<string, string>>();
  document(docId: string): Map<string, string> {
    let s = this.documents.get(docId);
    if (!s) this.documents.set(docId, (s = new Map()));
    return s;
  }
  script(): Map<string, string> {
    return this.scriptStore;
  }
  user(email: string): Map<string, string> {
    let s = this.users.get(email);
    if (!s) this.users.set(email, (s = new Map()));
    return s;
  }
}

function storeSize(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += Buffer.byteLength(k) + Buffer.byteLength(v);
  return n;
}

class FakeProperties implements Pick<
  Properties,
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty'
> {
  constructor(
    private readonly env: EmuEnv,
    private readonly store: Map<string, string>,
  ) {}
  private m(method: string): void {
    this.env.meter.call('Properties', method);
  }
  private self(): Properties {
    return this as unknown as Properties;
  }
  private put(key: string, value: unknown): void {
    const v = String(value);
    if (Buffer.byteLength(v) > PROPERTY_VALUE_MAX)
      throw new Error('Argument too large: value');
    this.store.set(String(key), v);
  }
  private checkQuota(before: Map<string, string>): void {
    if (storeSize(this.store) > PROPERTY_STORE_MAX) {
      this.store.clear();
      for (const [k, v] of before) this.store.set(k, v);
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }
  deleteAllProperties(): Properties {
    this.m('deleteAllProperties');
    this.store.clear();
    return this.self();
  }
  deleteProperty(key: string): Properties {
    this.m('deleteProperty');
    this.store.delete(key);
    return this.self();
  }
  getKeys(): string[] {
    this.m('getKeys');
    return [...this.store.keys()];
  }
  getProperties(): Record<string, string> {
    this.m('getProperties');
    return Object.fromEntries(this.store);
  }
  getProperty(key: string): string | null {
    this.m('getProperty');
    return this.store.get(key) ?? null;
  }
  setProperties(
    properties: Record<string, string>,
    deleteAllOthers?: boolean,
  ): Properties {
    this.m('setProperties');
    const before = new Map(this.store);
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.put(k, v);
    this.checkQuota(before);
    return this.self();
  }
  setProperty(key: string, value: string): Properties {
    this.m('setProperty');
    const before = new Map(this.store);
    this.put(key, value);
    this.checkQuota(before);
    return this.self();
  }
}

export function createPropertiesService(env: EmuEnv, stores: PropertyStores) {
  const m = (method: string) => env.meter.call('PropertiesService', method);
  return {
    getDocumentProperties(): Properties {
      m('getDocumentProperties');
      requireAuth(env, 'PropertiesService', 'getDocumentProperties', 'LIMITED');
      const id = env.context()?.activeId;
      // null outside a document, as in Google (the typings omit it).
      return (id
        ? new FakeProperties(env, stores.document(id))
        : null) as unknown as Properties;
    },
    getScriptProperties(): Properties {
      m('getScriptProperties');
      requireAuth(env, 'PropertiesService', 'getScriptProperties', 'LIMITED');
      return new FakeProperties(env, stores.script()) as unknown as Properties;
    },
    getUserProperties(): Properties {
      m('getUserProperties');
      requireAuth(env, 'PropertiesService', 'getUserProperties', 'LIMITED');
      return new FakeProperties(
        env,
        stores.user(env.context()?.user ?? ''),
      ) as unknown as Properties;
    },
  } satisfies Pick<
    GoogleAppsScript.Properties.PropertiesService,
    'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
  >;
}

// ------------------------------------------------------------------ locks

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** How the Workspace wants a contended lock handled (see ws.interleave). */
export interface LockPolicy {
  /** The id of the running execution. */
  currentExecution(): number;
  /**
   * Another execution holds `key`. 'fail': tryLock false / waitLock throws;
   * 'suspend': the policy throws (the requester is parked and re-run later).
   */
  onContention(key: string, holder: number): 'fail';
}

export class LockTable {
  /** lock key → id of the holding execution. */
  readonly holders = new Map<string, number>();
  releaseAll(execution: number): void {
    for (const [k, v] of [...this.holders])
      if (v === execution) this.holders.delete(k);
  }
}

class FakeLock implements Pick<
  GoogleAppsScript.Lock.Lock,
  'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'
> {
  constructor(
    private readonly env: EmuEnv,
    private readonly table: LockTable,
    private readonly policy: LockPolicy,
    private readonly key: string,
  ) {}
  private m(method: string): void {
    this.env.meter.call('Lock', method);
  }
  private acquire(timeoutMs: number): boolean {
    const me = this.policy.currentExecution();
    const holder = this.table.holders.get(this.key);
    if (holder === undefined || holder === me) {
      this.table.holders.set(this.key, me);
      return true;
    }
    this.policy.onContention(this.key, holder);
    // The holder cannot finish while we wait (it is suspended in an
    // interleave): the wait runs to its timeout.
    this.env.clock.advance(Math.max(0, Number(timeoutMs) || 0));
    return false;
  }
  hasLock(): boolean {
    this.m('hasLock');
    return this.table.holders.get(this.key) === this.policy.currentExecution();
  }
  releaseLock(): void {
    this.m('releaseLock');
    if (this.table.holders.get(this.key) === this.policy.currentExecution())
      this.table.holders.delete(this.key);
  }
  tryLock(timeoutInMillis: number): boolean {
    this.m('tryLock');
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.m('waitLock');
    if (!this.acquire(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
}

export function createLockService(
  env: EmuEnv,
  table: LockTable,
  policy: LockPolicy,
) {
  const m = (method: string) => env.meter.call('LockService', method);
  const lock = (key: string) =>
    new FakeLock(
      env,
      table,
      policy,
      key,
    ) as unknown as GoogleAppsScript.Lock.Lock;
  return {
    getDocumentLock(): GoogleAppsScript.Lock.Lock {
      m('getDocumentLock');
      const id = env.context()?.activeId;
      // null outside a document, as in Google (the typings omit it).
      return (id ? lock(`document:${id}`) : null) as GoogleAppsScript.Lock.Lock;
    },
    getScriptLock(): GoogleAppsScript.Lock.Lock {
      m('getScriptLock');
      return lock('script');
    },
    getUserLock(): GoogleAppsScript.Lock.Lock {
      m('getUserLock');
      return lock(`user:${env.context()?.user ?? ''}`);
    },
  } satisfies Pick<
    GoogleAppsScript.Lock.LockService,
    'getDocumentLock' | 'getScriptLock' | 'getUserLock'
  >;
}

// ------------------------------------------------------------------ cache

interface CacheEntry {
  value: string;
  expiresMs: number;
}

export class CacheStores {
  readonly stores = new Map<string, Map<string, CacheEntry>>();
  get(key: string): Map<string, CacheEntry> {
    let s = this.stores.get(key);
    if (!s) this.stores.set(key, (s = new Map()));
    return s;
  }
}

class FakeCache implements Pick<
  GoogleAppsScript.Cache.Cache,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
> {
  constructor(
    private readonly env: EmuEnv,
    private readonly store: Map<string, CacheEntry>,
  ) {}
  private m(method: string): void {
    this.env.meter.call('Cache', method);
  }
  private read(key: string): string | null {
    const e = this.store.get(key);
    if (!e) return null;
    if (e.expiresMs <= this.env.clock.nowMillis()) {
      this.store.delete(key);
      return null;
    }
    return e.value;
  }
  private write(key: string, value: string, ttl?: number): void {
    if (key.length > 250) throw new Error('Argument too large: key');
    if (Buffer.byteLength(String(value)) > 100 * 1024)
      throw new Error('Argument too large: value');
    const seconds = Math.min(ttl ?? 600, 21600);
    this.store.set(key, {
      value: String(value),
      expiresMs: this.env.clock.nowMillis() + seconds * 1000,
    });
  }
  get(key: string): string | null {
    this.m('get');
    return this.read(key);
  }
  getAll(keys: string[]): Record<string, string> {
    this.m('getAll');
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.read(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.m('put');
    this.write(key, value, expirationInSeconds);
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    this.m('putAll');
    for (const [k, v] of Object.entries(values))
      this.write(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.m('remove');
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    this.m('removeAll');
    for (const k of keys) this.store.delete(k);
  }
}

export function createCacheService(env: EmuEnv, caches: CacheStores) {
  const m = (method: string) => env.meter.call('CacheService', method);
  const cache = (key: string) =>
    new FakeCache(
      env,
      caches.get(key),
    ) as unknown as GoogleAppsScript.Cache.Cache;
  return {
    getDocumentCache(): GoogleAppsScript.Cache.Cache | null {
      m('getDocumentCache');
      const id = env.context()?.activeId;
      return id ? cache(`document:${id}`) : null;
    },
    getScriptCache(): GoogleAppsScript.Cache.Cache {
      m('getScriptCache');
      return cache('script');
    },
    getUserCache(): GoogleAppsScript.Cache.Cache {
      m('getUserCache');
      return cache(`user:${env.context()?.user ?? ''}`);
    },
  } satisfies Pick<
    GoogleAppsScript.Cache.CacheService,
    'getDocumentCache' | 'getScriptCache' | 'getUserCache'
  >;
}

// -------------------------------------------------------------- utilities

/** RFC 4180 CSV: quoted fields, "" escapes, newlines inside quotes, CRLF. */
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

// ---------------------------------------------------------------- session

export function createSession(env: EmuEnv) {
  const m = (method: string) => env.meter.call('Session', method);
  const userObj = (email: string) =>
    ({
      getEmail: () => {
        env.meter.call('User', 'getEmail');
        return email;
      },
    }) as unknown as GoogleAppsScript.Base.User;
  return {
    getActiveUser(): GoogleAppsScript.Base.User {
      m('getActiveUser');
      // In NONE mode (and for consumer accounts outside their own runs) Google gives ''.
      const ctx = env.context();
      return userObj(ctx && ctx.authMode !== 'NONE' ? ctx.user : '');
    },
    getEffectiveUser(): GoogleAppsScript.Base.User {
      m('getEffectiveUser');
      const ctx = env.context();
      return userObj(ctx && ctx.authMode !== 'NONE' ? ctx.user : '');
    },
    getScriptTimeZone(): string {
      m('getScriptTimeZone');
      return env.timeZone;
    },
    getActiveUserLocale(): string {
      m('getActiveUserLocale');
      return env.locale;
    },
    getTemporaryActiveUserKey(): string {
      m('getTemporaryActiveUserKey');
      return crypto
        .createHash('sha256')
        .update(env.context()?.user ?? '')
        .digest('base64url')
        .slice(0, 40);
    },
  } satisfies Pick<
    GoogleAppsScript.Base.Session,
    | 'getActiveUser'
    | 'getEffectiveUser'
    | 'getScriptTimeZone'
    | 'getActiveUserLocale'
    | 'getTemporaryActiveUserKey'
  >;
}

// ----------------------------------------------------------------- logging

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  fn: string;
  text: string;
}

function show(a: unknown): string {
  if (typeof a === 'string') return a;
  if (a instanceof Error) return `${a.name}: ${a.message}`;
  try {
    return JSON.stringify(a);
  } catch {
    return String(a);
  }
}

export function createLogger(env: EmuEnv, lines: LogLine[]) {
  let buffer: string[] = [];
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      env.meter.call('Logger', 'log');
      const text =
        typeof data === 'string' && values.length
          ? formatString(data, values)
          : show(data);
      buffer.push(text);
      lines.push({level: 'Logger', fn: env.context()?.fn ?? '', text});
      return logger;
    },
    getLog(): string {
      env.meter.call('Logger', 'getLog');
      return buffer.join('\n');
    },
    clear(): void {
      env.meter.call('Logger', 'clear');
      buffer = [];
    },
  };
  return logger;
}

/** console: recorded, not printed (console calls are not service calls). */
export function createConsole(env: EmuEnv, lines: LogLine[]) {
  const at =
    (level: LogLine['level']) =>
    (...args: unknown[]) => {
      lines.push({
        level,
        fn: env.context()?.fn ?? '',
        text: args.map(show).join(' '),
      });
    };
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    time: () => {},
    timeEnd: () => {},
  };
}
