/**
 * Logger.
 * Reference: https://developers.google.com/apps-script/reference/base/logger
 */
import type {EmuEnv} from '../core/env';
import {formatString} from '../utilities/utilities';

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  fn: string;
  text: string;
}

export function show(a: unknown): string {
  if (typeof a === 'string') return a;
  if (a instanceof Error) return `${a.name}: ${a.message}`;
  try {
    return JSON.stringify(a);
  } catch {
    return String(a);
  }
}

export function createLogger(env: EmuEnv, lines: LogLine[]) {
  let buffer: string[] = [];
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      env.meter.call('Logger', 'log');
      const text =
        typeof data === 'string' && values.length
          ? formatString(data, values)
          : show(data);
      buffer.push(text);
      lines.push({level: 'Logger', fn: env.context()?.fn ?? '', text});
      return logger;
    },
    getLog(): string {
      env.meter.call('Logger', 'getLog');
      return buffer.join('\n');
    },
    clear(): void {
      env.meter.call('Logger', 'clear');
      buffer = [];
    },
  };
  return logger;
}
