/**
 * console (Stackdriver logging).
 * Reference: https://developers.google.com/apps-script/reference/base/console
 */
import type {EmuEnv} from '../core/env';
import type {LogLine} from './logger';
import {show} from './logger';

/** console: recorded, not printed (console calls are not service calls). */
export function createConsole(env: EmuEnv, lines: LogLine[]) {
  const at =
    (level: LogLine['level']) =>
    (...args: unknown[]) => {
      lines.push({
        level,
        fn: env.context()?.fn ?? '',
        text: args.map(show).join(' '),
      });
    };
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    time: () => {},
    timeEnd: () => {},
  };
}
