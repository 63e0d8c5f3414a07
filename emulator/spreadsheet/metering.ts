/**
 * The call meter of the spreadsheet builders.
 */
import type {FakeSpreadsheet} from './spreadsheet';

export function meter(
  ss: FakeSpreadsheet,
  service: string,
  method: string,
): void {
  ss.env.meter.call(service, method);
}
