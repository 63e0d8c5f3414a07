/**
 * Responses and item responses; a respondent's answer checked and normalised.
 * Reference: https://developers.google.com/apps-script/reference/forms/form-response
 * Reference: https://developers.google.com/apps-script/reference/forms/item-response
 */
import {real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import type {FakeForm} from './form';
import {FakeGenericItem, unwrapItem} from './generic-item';
import type {FakeItem} from './item';
import {recordResponse} from './submit';

type GItem = GoogleAppsScript.Forms.Item;
type GFormResponse = GoogleAppsScript.Forms.FormResponse;
type GItemResponse = GoogleAppsScript.Forms.ItemResponse;

/**
 * A respondent's answer: text or choice: string; checkbox: string[]; scale:
 * number; grid: one column per row (string[]) or {row: column}; checkbox
 * grid: string[][] or {row: columns}.
 */
export type FormAnswer =
  string | string[] | number | string[][] | Record<string, string | string[]>;

/** Answer value as Google stores it on an ItemResponse. */
export type AnswerValue = string | string[] | string[][];

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Checks a respondent's answer (type, choices, validation) and normalises it. */
export function normalizeAnswer(item: FakeItem, value: unknown): AnswerValue {
  const v = normalizeByType(item, value);
  if (item.validation && !item.validation.accepts(v)) {
    const help = item.validation.helpText;
    throw new Error(
      `The answer to question "${item.title}" fails its validation${help ? ` (${help})` : ''}.`,
    );
  }
  return v;
}

function normalizeByType(item: FakeItem, value: unknown): AnswerValue {
  const where = `question "${item.title}"`;
  const choiceOk = (v: string) =>
    item.other || item.choices.some(c => c.value === v);
  switch (item.kind) {
    case 'SCALE': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < item.lower || n > item.upper) {
        throw new Error(
          `Answer ${String(value)} is outside the scale ${item.lower}–${item.upper} of ${where}.`,
        );
      }
      return String(n);
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const v = String(value);
      if (
        !choiceOk(v) ||
        (item.kind === 'LIST' && !item.choices.some(c => c.value === v))
      ) {
        throw new Error(`"${v}" is not a choice of ${where}.`);
      }
      return v;
    }
    case 'CHECKBOX': {
      const list = (Array.isArray(value) ? value : [value]).map(String);
      for (const v of list) {
        if (!choiceOk(v))
          throw new Error(`"${v}" is not a choice of ${where}.`);
      }
      return list;
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        // {row label: column} is accepted too (unanswered rows stay empty).
        const byRow = value as Record<string, unknown>;
        for (const k of Object.keys(byRow)) {
          if (!item.rows.includes(k)) {
            throw new Error(`"${k}" is not a row of ${where}.`);
          }
        }
        value = item.rows.map(
          r => byRow[r] ?? (item.kind === 'GRID' ? '' : []),
        );
      }
      if (!Array.isArray(value))
        throw new Error(`The answer to ${where} must be one entry per row.`);
      if (value.length !== item.rows.length) {
        throw new Error(
          `The answer to ${where} must have ${item.rows.length} rows, not ${value.length}.`,
        );
      }
      const check = (v: string) => {
        if (v !== '' && !item.columns.includes(v)) {
          throw new Error(`"${v}" is not a column of ${where}.`);
        }
        return v;
      };
      if (item.kind === 'GRID') return value.map(v => check(String(v ?? '')));
      return value.map(r =>
        (Array.isArray(r) ? r : [r]).map(v => check(String(v))),
      );
    }
    case 'DATE':
      return isDate(value) ? value.toISOString().slice(0, 10) : String(value);
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

export class FakeItemResponse implements Pick<
  GItemResponse,
  'getItem' | 'getResponse'
> {
  constructor(
    private readonly env: EmuEnv,
    readonly item: FakeItem,
    readonly value: AnswerValue,
  ) {}
  getItem(): GItem {
    this.env.meter.call('ItemResponse', 'getItem');
    return real(new FakeGenericItem(this.item));
  }
  getResponse(): string[][] | string[] | string {
    this.env.meter.call('ItemResponse', 'getResponse');
    return Array.isArray(this.value)
      ? (this.value.map(v => (Array.isArray(v) ? [...v] : v)) as
          string[] | string[][])
      : this.value;
  }
}

type ResponseKeys =
  | 'getTimestamp'
  | 'getItemResponses'
  | 'getRespondentEmail'
  | 'getId'
  | 'toPrefilledUrl'
  | 'getEditResponseUrl'
  | 'withItemResponse'
  | 'submit'
  | 'getResponseForItem';

export class FakeFormResponse implements Pick<GFormResponse, ResponseKeys> {
  id: string | null = null;
  timestamp: Date | null = null;
  email = '';
  /** Who answered (for "limit to one response"), '' when unknown. */
  respondent = '';
  items: FakeItemResponse[] = [];
  constructor(
    private readonly env: EmuEnv,
    readonly form: FakeForm,
  ) {}
  private m(method: string): void {
    this.env.meter.call('FormResponse', method);
  }
  getTimestamp(): GoogleAppsScript.Base.Date {
    this.m('getTimestamp');
    return real(this.timestamp ? new Date(this.timestamp.getTime()) : null);
  }
  getItemResponses(): GItemResponse[] {
    this.m('getItemResponses');
    // Google lists them in the form's item order.
    const order = (r: FakeItemResponse) => this.form.items.indexOf(r.item);
    return real([...this.items].sort((a, b) => order(a) - order(b)));
  }
  getResponseForItem(item: GItem): GItemResponse {
    this.m('getResponseForItem');
    const target = unwrapItem(item);
    return real(this.items.find(r => r.item === target) ?? null);
  }
  getRespondentEmail(): string {
    this.m('getRespondentEmail');
    return this.email;
  }
  getId(): string {
    this.m('getId');
    return real(this.id);
  }
  withItemResponse(response: GItemResponse): GFormResponse {
    this.m('withItemResponse');
    if (!(response instanceof FakeItemResponse))
      throw new Error('Invalid item response.');
    this.items = this.items
      .filter(r => r.item !== response.item)
      .concat(response);
    return real(this);
  }
  toPrefilledUrl(): string {
    this.m('toPrefilledUrl');
    return prefilledUrl(this.form, this.items);
  }
  getEditResponseUrl(): string {
    this.m('getEditResponseUrl');
    return `${this.form.publishedUrl()}?edit2=${encodeURIComponent(this.id ?? '')}`;
  }
  submit(): GFormResponse {
    this.m('submit');
    if (this.id) throw new Error('This response has already been submitted.');
    const result = recordResponse(this.form, this, {});
    this.form.hooks.onScriptSubmit?.(result);
    return real(this);
  }
}

/** Google's query encoding: UTF-8 percent-encoding with "+" for spaces. */
function formEncode(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+');
}

function prefilledUrl(form: FakeForm, items: FakeItemResponse[]): string {
  const params = ['usp=pp_url'];
  for (const item of form.items) {
    const r = items.find(x => x.item === item);
    if (!r) continue;
    if (item.kind === 'GRID' || item.kind === 'CHECKBOX_GRID') {
      (r.value as (string | string[])[]).forEach((v, i) => {
        for (const one of Array.isArray(v) ? v : [v]) {
          if (one !== '')
            params.push(`entry.${item.id}_${i}=${formEncode(one)}`);
        }
      });
    } else {
      for (const v of Array.isArray(r.value)
        ? (r.value as string[])
        : [r.value]) {
        params.push(`entry.${item.id}=${formEncode(v)}`);
      }
    }
  }
  return `${form.publishedUrl()}?${params.join('&')}`;
}
