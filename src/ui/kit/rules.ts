/**
 * Field rules shared by the server and the page. A dialog describes each of
 * its fields once with a FieldRule; the server validates with validateFields()
 * and sends pageRules() to the page, where the kit's client script
 * (src/ui/kit/client.html, `Kit.validate`) applies the very same rules with
 * the very same messages before calling the server. A unit test runs both
 * interpreters on the same inputs: they must agree.
 *
 * Keep this file and `validate` in client.html in step: same order of checks,
 * same normalisation, same message codes.
 */
import {t, MessageKey} from '../../i18n';

/** Why a value is refused: one message per code. */
export type RuleCode =
  | 'required'
  | 'tooLong'
  | 'wrongType'
  | 'html'
  | 'formula'
  | 'integer'
  | 'min'
  | 'max'
  | 'choice'
  | 'email'
  | 'unknown'
  | 'tooFew'
  | 'tooMany';

interface BaseRule {
  /** Catalogue keys replacing the default message of some codes. */
  messages?: Partial<Record<RuleCode, MessageKey>>;
}

/** One line of text. `plain` refuses < > and a leading = + - @ (names that end up in sheets, documents and mails). */
export interface TextRule extends BaseRule {
  kind: 'text';
  required?: boolean;
  maxLength: number;
  plain?: boolean;
}

/** A whole number written in digits. */
export interface IntegerRule extends BaseRule {
  kind: 'integer';
  min: number;
  max: number;
}

/** One of a fixed set of values (a select). */
export interface ChoiceRule extends BaseRule {
  kind: 'choice';
  options: string[];
}

/** A checkbox. */
export interface BooleanRule extends BaseRule {
  kind: 'boolean';
}

/**
 * Several items typed in one field, separated by commas, semicolons, spaces or
 * line breaks. `email` items are e-mail addresses; `code` items are codes from
 * `allowed` (upper-cased, a single digit padded to two: "1" → "01").
 */
export interface ListRule extends BaseRule {
  kind: 'list';
  item: 'email' | 'code';
  allowed?: string[];
  minItems?: number;
  maxItems: number;
  maxLength: number;
}

export type FieldRule =
  TextRule | IntegerRule | ChoiceRule | BooleanRule | ListRule;

export type FieldValue = string | number | boolean | string[];

export type FieldErrors = Record<string, string>;

export type Validation<T> =
  {ok: true; values: T} | {ok: false; errors: FieldErrors};

/** Default message of each code (the catalogue's 'ui.rule.*' keys). */
const DEFAULT_MESSAGES: Record<RuleCode, MessageKey> = {
  required: 'ui.rule.required',
  tooLong: 'ui.rule.tooLong',
  wrongType: 'ui.rule.wrongType',
  html: 'ui.rule.html',
  formula: 'ui.rule.formula',
  integer: 'ui.rule.integer',
  min: 'ui.rule.min',
  max: 'ui.rule.max',
  choice: 'ui.rule.choice',
  email: 'ui.rule.email',
  unknown: 'ui.rule.unknown',
  tooFew: 'ui.rule.tooFew',
  tooMany: 'ui.rule.tooMany',
};

const RULE_CODES = Object.keys(DEFAULT_MESSAGES) as RuleCode[];

/** Separators between the items of a list field. */
const LIST_SEPARATOR = /[\s,;]+/;
/** A leading character that makes Sheets read text as a formula. */
const FORMULA_START = /^[=+\-@]/;
const HTML_CHARS = /[<>]/;
/**
 * A practical e-mail address: no spaces, quotes, brackets or angle brackets,
 * one @, a dot in the domain, a letter-only top-level domain, and no leading
 * = + - @ (a formula if it were ever written to a cell). (RFC 5321 allows
 * more; Gmail and Workspace addresses all fit this.)
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*/?^_`{|}~][A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const EMAIL_MAX = 254;
/** Longest piece of the user's input quoted back in a message. */
const QUOTE_MAX = 40;

/** Shortens a value quoted in a message (the message is shown as text, never as HTML). */
export function quote(value: string): string {
  return value.length > QUOTE_MAX ? value.slice(0, QUOTE_MAX - 1) + '…' : value;
}

type Outcome =
  | {value: FieldValue}
  | {code: RuleCode; params?: Record<string, string | number>};

/** Text as the page sends it: a string; nothing sent counts as empty. */
function textOf(raw: unknown): string | null {
  if (raw === undefined || raw === null) return '';
  return typeof raw === 'string' ? raw : null;
}

/** A number field also takes a number (a server caller's value). */
function numberText(raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return textOf(raw);
}

function checkText(rule: TextRule, raw: unknown): Outcome {
  const text = textOf(raw);
  if (text === null) return {code: 'wrongType'};
  const value = text.trim();
  if (value.length > rule.maxLength) {
    return {code: 'tooLong', params: {max: rule.maxLength}};
  }
  if (rule.required && value === '') return {code: 'required'};
  if (rule.plain && HTML_CHARS.test(value)) return {code: 'html'};
  if (rule.plain && FORMULA_START.test(value)) return {code: 'formula'};
  return {value};
}

function checkInteger(rule: IntegerRule, raw: unknown): Outcome {
  const text = numberText(raw);
  if (text === null) return {code: 'wrongType'};
  const value = text.trim();
  if (value === '') return {code: 'required'};
  if (value.length > 15) return {code: 'tooLong', params: {max: 15}};
  if (!/^-?\d+$/.test(value)) return {code: 'integer'};
  const n = Number(value);
  if (n < rule.min) return {code: 'min', params: {min: rule.min}};
  if (n > rule.max) return {code: 'max', params: {max: rule.max}};
  return {value: n};
}

function checkChoice(rule: ChoiceRule, raw: unknown): Outcome {
  if (typeof raw !== 'string') return {code: 'choice'};
  return rule.options.includes(raw) ? {value: raw} : {code: 'choice'};
}

function checkBoolean(raw: unknown): Outcome {
  if (raw === true || raw === 'true') return {value: true};
  if (raw === false || raw === 'false') return {value: false};
  return {code: 'wrongType'};
}

function normalizeCode(item: string): string {
  const code = item.toUpperCase();
  return /^\d$/.test(code) ? '0' + code : code;
}

function checkList(rule: ListRule, raw: unknown): Outcome {
  let text: string;
  if (Array.isArray(raw) && raw.every(x => typeof x === 'string')) {
    text = raw.join('\n');
  } else {
    const t1 = textOf(raw);
    if (t1 === null) return {code: 'wrongType'};
    text = t1;
  }
  if (text.length > rule.maxLength) {
    return {code: 'tooLong', params: {max: rule.maxLength}};
  }
  const items = text.split(LIST_SEPARATOR).filter(s => s !== '');
  const seen = new Set<string>();
  const values: string[] = [];
  for (const item of items) {
    let value = item;
    if (rule.item === 'email') {
      if (item.length > EMAIL_MAX || !EMAIL.test(item)) {
        return {code: 'email', params: {value: quote(item)}};
      }
    } else {
      value = normalizeCode(item);
      if (!(rule.allowed ?? []).includes(value)) {
        return {code: 'unknown', params: {value: quote(item)}};
      }
    }
    const key = value.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      values.push(value);
    }
  }
  const minItems = rule.minItems ?? 0;
  if (values.length < minItems) {
    return minItems === 1 && values.length === 0
      ? {code: 'required'}
      : {code: 'tooFew', params: {min: minItems}};
  }
  if (values.length > rule.maxItems) {
    return {code: 'tooMany', params: {max: rule.maxItems}};
  }
  return {value: values};
}

function check(rule: FieldRule, raw: unknown): Outcome {
  switch (rule.kind) {
    case 'text':
      return checkText(rule, raw);
    case 'integer':
      return checkInteger(rule, raw);
    case 'choice':
      return checkChoice(rule, raw);
    case 'boolean':
      return checkBoolean(raw);
    case 'list':
      return checkList(rule, raw);
  }
}

function messageKey(rule: FieldRule, code: RuleCode): MessageKey {
  return rule.messages?.[code] ?? DEFAULT_MESSAGES[code];
}

/**
 * Checks every field of `values` against its rule. Fields absent from
 * `values` count as empty. Returns the normalised values (trimmed text,
 * numbers, booleans, de-duplicated lists) or one message per refused field.
 */
export function validateFields<T extends Record<string, FieldValue>>(
  rules: Record<keyof T & string, FieldRule>,
  values: unknown,
): Validation<T> {
  const input: Record<string, unknown> =
    values !== null && typeof values === 'object' && !Array.isArray(values)
      ? (values as Record<string, unknown>)
      : {};
  const out: Record<string, FieldValue> = {};
  const errors: FieldErrors = {};
  for (const [name, rule] of Object.entries(rules) as [string, FieldRule][]) {
    const raw = Object.prototype.hasOwnProperty.call(input, name)
      ? input[name]
      : undefined;
    const outcome = check(rule, raw);
    if ('code' in outcome) {
      errors[name] = t(messageKey(rule, outcome.code), outcome.params ?? {});
    } else {
      out[name] = outcome.value;
    }
  }
  return Object.keys(errors).length > 0
    ? {ok: false, errors}
    : {ok: true, values: out as T};
}

/** A rule as the page receives it: its messages in the current language, placeholders left for the page to fill. */
export type PageRule = Omit<FieldRule, 'messages'> & {
  messages: Record<RuleCode, string>;
};

/**
 * The rules to send to the page (as JSON, through a `<?= ?>` data attribute):
 * the page checks the same things and shows the same messages before calling
 * the server.
 */
export function pageRules(
  rules: Record<string, FieldRule>,
): Record<string, PageRule> {
  const out: Record<string, PageRule> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const messages = {} as Record<RuleCode, string>;
    for (const code of RULE_CODES) messages[code] = t(messageKey(rule, code));
    const copy: Record<string, unknown> = {...rule};
    delete copy.messages;
    out[name] = {...copy, messages} as PageRule;
  }
  return out;
}
