/**
 * The "Créer / mettre à jour le suivi…" dialog's fields: their rules (shared
 * with the page through the kit) and the server's check of what it sends.
 */
import {t} from '../i18n';
import {FieldErrors, FieldRule, validateFields} from '../ui/kit/rules';
import {BUNDLED_DEPARTEMENTS, DEPARTEMENTS} from '../generated/communes';
import type {EventKind} from '../model/tracker';
import {parseDay} from './cells';
import type {TrackerForm} from './plan';
import {EVENT_KINDS} from './schema';

export const TRACKER_FORM_RULES: Record<string, FieldRule> = {
  name: {
    kind: 'text',
    required: true,
    maxLength: 200,
    plain: true,
    messages: {required: 'tracker.form.error.name'},
  },
  kind: {
    kind: 'choice',
    options: [...EVENT_KINDS],
    messages: {choice: 'tracker.form.error.kind'},
  },
  edition: {kind: 'text', maxLength: 60, plain: true},
  startDate: {kind: 'text', maxLength: 10},
  endDate: {kind: 'text', maxLength: 10},
  departement: {
    kind: 'list',
    item: 'code',
    allowed: DEPARTEMENTS.map(d => d.code),
    minItems: 1,
    maxItems: 1,
    maxLength: 3,
    messages: {unknown: 'tracker.form.error.departement'},
  },
  teamEmails: {
    kind: 'list',
    item: 'email',
    maxItems: 50,
    maxLength: 5000,
    messages: {email: 'tracker.form.error.email'},
  },
};

export type FormCheck =
  {ok: true; form: TrackerForm} | {ok: false; errors: FieldErrors};

/** Checks the dialog's values; every refused field gets its message. */
export function checkTrackerForm(values: unknown): FormCheck {
  const checked = validateFields<Record<string, string | string[]>>(
    TRACKER_FORM_RULES,
    values,
  );
  const errors: FieldErrors = checked.ok ? {} : {...checked.errors};
  const v = checked.ok ? checked.values : {};
  const raw = (values ?? {}) as Record<string, unknown>;
  const dates: Record<string, Date | null> = {};
  for (const field of ['startDate', 'endDate']) {
    const text = String(raw[field] ?? '').trim();
    dates[field] = text ? parseDay(text) : null;
    if (text && !dates[field] && !errors[field]) {
      errors[field] = t('tracker.form.error.date', {value: text});
    }
  }
  if (
    dates.startDate &&
    dates.endDate &&
    dates.endDate.getTime() < dates.startDate.getTime()
  ) {
    errors.endDate = t('tracker.form.error.dateOrder');
  }
  const typed = String(raw.departement ?? '')
    .trim()
    .toUpperCase();
  const departement = Array.isArray(v.departement)
    ? v.departement[0]
    : /^\d$/.test(typed)
      ? '0' + typed
      : typed;
  if (
    raw.kind === 'fds' &&
    departement &&
    !errors.departement &&
    !BUNDLED_DEPARTEMENTS.includes(departement)
  ) {
    errors.departement = t('tracker.form.error.departementNotBundled', {
      value: departement,
      list: BUNDLED_DEPARTEMENTS.join(', '),
    });
  }
  if (Object.keys(errors).length > 0 || !checked.ok) {
    return {ok: false, errors};
  }
  return {
    ok: true,
    form: {
      name: String(v.name),
      kind: v.kind as EventKind,
      edition: String(v.edition ?? ''),
      startDate: dates.startDate,
      endDate: dates.endDate,
      departement,
      teamEmails: Array.isArray(v.teamEmails) ? v.teamEmails : [],
    },
  };
}
