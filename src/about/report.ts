/**
 * The installation check's report, pure: the lines it is made of, the French
 * (or English) names of the scopes, how a spreadsheet's locale and time zone
 * compare with the manifest's, and the report's text.
 */
import {t} from '../i18n';
import type {MessageKey} from '../i18n';

export type CheckStatus = 'ok' | 'warning' | 'error';

/** One point of the check: what was found and, when not ok, what to do. */
export interface CheckLine {
  /** Stable name of the point (tests, logs). */
  id: string;
  status: CheckStatus;
  text: string;
  todo?: string;
}

const SCOPE_NAMES: Record<string, MessageKey> = {
  'https://www.googleapis.com/auth/spreadsheets': 'check.scope.spreadsheets',
  'https://www.googleapis.com/auth/forms': 'check.scope.forms',
  'https://www.googleapis.com/auth/documents': 'check.scope.documents',
  'https://www.googleapis.com/auth/drive.file': 'check.scope.driveFile',
  'https://www.googleapis.com/auth/script.scriptapp': 'check.scope.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail': 'check.scope.sendMail',
  'https://www.googleapis.com/auth/script.container.ui':
    'check.scope.containerUi',
  'https://www.googleapis.com/auth/userinfo.email': 'check.scope.userinfo',
};

/** What a person sees for a scope: its plain name, or the address itself. */
export function scopeName(scope: string): string {
  const key = SCOPE_NAMES[scope];
  return key ? t(key) : scope;
}

/** The scopes of `declared` missing from `authorized`, in the manifest's order. */
export function missingScopes(
  declared: readonly string[],
  authorized: readonly string[],
): string[] {
  const have = new Set(authorized);
  return declared.filter(s => !have.has(s));
}

/**
 * The spreadsheet's locale is fine when its language is the team's (French):
 * numbers, dates and times typed in cells are read by it ("12,5", "03/10").
 */
export function localeFits(locale: string): boolean {
  return /^fr(_|$)/i.test(locale);
}

/** The report's text: a summary line, then one paragraph per point. */
export function reportText(lines: readonly CheckLine[]): string {
  const errors = lines.filter(l => l.status === 'error').length;
  const warnings = lines.filter(l => l.status === 'warning').length;
  const head =
    errors + warnings === 0
      ? t('check.summary.ok')
      : t('check.summary.issues', {errors, warnings});
  const mark: Record<CheckStatus, string> = {
    ok: '✓',
    warning: '⚠',
    error: '✗',
  };
  const body = lines.map(l => {
    const first = `${mark[l.status]} ${l.text}`;
    return l.todo ? `${first}\n   ${t('check.todo', {todo: l.todo})}` : first;
  });
  return [head, '', ...body].join('\n');
}
