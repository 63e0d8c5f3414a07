/**
 * CacheService: script, document and user caches.
 * Reference: https://developers.google.com/apps-script/reference/cache/cache-service
 * Reference: https://developers.google.com/apps-script/reference/cache/cache
 */
import type {EmuEnv} from '../core/env';

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
