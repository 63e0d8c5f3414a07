import type {MessageKey} from '../i18n';

export type Host = 'sheets' | 'forms';

/** One menu entry: its label key, the top-level function it calls, where it shows. */
export interface MenuItem {
  label: MessageKey;
  fn: string;
  hosts: Host[];
  /** A separator is drawn before this item. */
  separatorBefore?: boolean;
}
