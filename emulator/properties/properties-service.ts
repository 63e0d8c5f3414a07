/**
 * PropertiesService: script, document and user properties, with Google's
 * quotas and messages where tests rely on them.
 * Reference: https://developers.google.com/apps-script/reference/properties/properties-service
 * Reference: https://developers.google.com/apps-script/reference/properties/properties
 */
import {requireAuth} from '../core/auth';
import type {EmuEnv} from '../core/env';

type Properties = GoogleAppsScript.Properties.Properties;

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
