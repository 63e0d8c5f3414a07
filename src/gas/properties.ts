/**
 * JSON values in document properties (script properties when the script is
 * not bound to a document). One key per concern; each value stays under the
 * 9 KB per-value quota.
 */
function store(): GoogleAppsScript.Properties.Properties {
  return (
    PropertiesService.getDocumentProperties() ??
    PropertiesService.getScriptProperties()
  );
}

export function getJson<T>(key: string): T | null {
  const raw = store().getProperty(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function setJson(key: string, value: unknown): void {
  store().setProperty(key, JSON.stringify(value));
}

export function deleteKey(key: string): void {
  store().deleteProperty(key);
}
