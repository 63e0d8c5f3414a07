/**
 * Errors meant for the user carry a message key of the catalogue, so that
 * they reach the user in their language; anything else is an unexpected fault.
 */
import {t, MessageKey} from '../i18n';

export class AddonError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(t(key, params));
    this.name = 'AddonError';
  }
}

/** The French (or English) text to show for any thrown value. */
export function userMessage(error: unknown): string {
  if (error instanceof AddonError) return t(error.key, error.params);
  const text = error instanceof Error ? error.message : String(error);
  return t('error.unexpected', {detail: text});
}
