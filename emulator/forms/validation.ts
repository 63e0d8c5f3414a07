/**
 * Item validations and their builders (FormApp.createTextValidation() & co).
 * Reference: https://developers.google.com/apps-script/reference/forms/text-validation-builder
 * Reference: https://developers.google.com/apps-script/reference/forms/paragraph-text-validation-builder
 * Reference: https://developers.google.com/apps-script/reference/forms/checkbox-validation-builder
 * Reference: https://developers.google.com/apps-script/reference/forms/grid-validation-builder
 */
import type {EmuEnv} from '../core/env';
import type {AnswerValue} from './response';

type ValidationFamily = 'text' | 'paragraph' | 'checkbox' | 'grid';

/** A built validation: the last require… rule of its builder (Forms keeps one rule). */
export class FakeValidation {
  constructor(
    readonly family: ValidationFamily,
    readonly rule: string | null,
    readonly args: unknown[],
    readonly helpText: string,
  ) {}
  /** Whether an answer passes (answers already normalised). */
  accepts(value: AnswerValue): boolean {
    const a = this.args;
    if (this.family === 'checkbox') {
      const n = (value as string[]).length;
      if (this.rule === 'requireSelectAtLeast') return n >= Number(a[0]);
      if (this.rule === 'requireSelectAtMost') return n <= Number(a[0]);
      if (this.rule === 'requireSelectExactly') return n === Number(a[0]);
      return true;
    }
    if (this.family === 'grid') {
      if (this.rule !== 'requireLimitOneResponsePerColumn') return true;
      const used = (value as (string | string[])[])
        .flatMap(v => (Array.isArray(v) ? v : [v]))
        .filter(v => v !== '');
      return new Set(used).size === used.length;
    }
    const t = String(value);
    const num = t.trim() === '' ? NaN : Number(t);
    const x = Number(a[0]);
    const y = Number(a[1]);
    switch (this.rule) {
      case 'requireNumber':
        return !isNaN(num);
      case 'requireWholeNumber':
        return Number.isInteger(num);
      case 'requireNumberBetween':
        return num >= x && num <= y;
      case 'requireNumberNotBetween':
        return !isNaN(num) && (num < x || num > y);
      case 'requireNumberEqualTo':
        return num === x;
      case 'requireNumberNotEqualTo':
        return !isNaN(num) && num !== x;
      case 'requireNumberGreaterThan':
        return num > x;
      case 'requireNumberGreaterThanOrEqualTo':
        return num >= x;
      case 'requireNumberLessThan':
        return num < x;
      case 'requireNumberLessThanOrEqualTo':
        return num <= x;
      case 'requireTextContainsPattern':
        return t.includes(String(a[0]));
      case 'requireTextDoesNotContainPattern':
        return !t.includes(String(a[0]));
      case 'requireTextMatchesPattern':
        return new RegExp(`^(?:${String(a[0])})$`).test(t);
      case 'requireTextDoesNotMatchPattern':
        return !new RegExp(`^(?:${String(a[0])})$`).test(t);
      case 'requireTextIsEmail':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t);
      case 'requireTextIsUrl':
        return /^https?:\/\/\S+$/i.test(t);
      case 'requireTextLengthGreaterThanOrEqualTo':
        return t.length >= x;
      case 'requireTextLengthLessThanOrEqualTo':
        return t.length <= x;
      default:
        return true;
    }
  }
}

const RULES: Record<ValidationFamily, string[]> = {
  text: [
    'requireNumber',
    'requireNumberBetween',
    'requireNumberEqualTo',
    'requireNumberGreaterThan',
    'requireNumberGreaterThanOrEqualTo',
    'requireNumberLessThan',
    'requireNumberLessThanOrEqualTo',
    'requireNumberNotBetween',
    'requireNumberNotEqualTo',
    'requireTextContainsPattern',
    'requireTextDoesNotContainPattern',
    'requireTextDoesNotMatchPattern',
    'requireTextIsEmail',
    'requireTextIsUrl',
    'requireTextLengthGreaterThanOrEqualTo',
    'requireTextLengthLessThanOrEqualTo',
    'requireTextMatchesPattern',
    'requireWholeNumber',
  ],
  paragraph: [
    'requireTextContainsPattern',
    'requireTextDoesNotContainPattern',
    'requireTextDoesNotMatchPattern',
    'requireTextLengthGreaterThanOrEqualTo',
    'requireTextLengthLessThanOrEqualTo',
    'requireTextMatchesPattern',
  ],
  checkbox: [
    'requireSelectAtLeast',
    'requireSelectAtMost',
    'requireSelectExactly',
  ],
  grid: ['requireLimitOneResponsePerColumn'],
};

/** FormApp.createTextValidation() & co: a builder with the family's require… methods. */
export function validationBuilder(
  env: EmuEnv,
  family: ValidationFamily,
): unknown {
  const service = `${family[0].toUpperCase()}${family.slice(1)}ValidationBuilder`;
  let rule: string | null = null;
  let args: unknown[] = [];
  let helpText = '';
  const builder: Record<string, (...a: unknown[]) => unknown> = {
    setHelpText(text: unknown) {
      env.meter.call(service, 'setHelpText');
      helpText = String(text);
      return builder;
    },
    build() {
      env.meter.call(service, 'build');
      return new FakeValidation(family, rule, args, helpText);
    },
  };
  for (const name of RULES[family]) {
    builder[name] = (...a: unknown[]) => {
      env.meter.call(service, name);
      rule = name;
      args = a;
      return builder;
    };
  }
  return builder;
}
