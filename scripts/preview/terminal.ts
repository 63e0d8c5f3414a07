/** What `npm start` prints: one progress line per step and a final table. */

export interface Terminal {
  step(event: string, name: string, status: string, detail: string): void;
  info(text: string): void;
  table(rows: string[][]): void;
}

const COLOURS = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string): string =>
  COLOURS ? `\x1b[${code}m${s}\x1b[0m` : s;

const MARK: Record<string, string> = {
  ok: paint('32', '✔'),
  erreur: paint('31', '✘'),
  'non disponible': paint('33', '–'),
};

export function createTerminal(quiet = false): Terminal {
  const started = Date.now();
  const clock = (): string =>
    `${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s`;
  return {
    step(event, name, status, detail) {
      if (quiet) return;
      const mark = MARK[status] ?? '•';
      const tail =
        status === 'ok' ? detail : `${status}${detail ? ` : ${detail}` : ''}`;
      console.log(
        `${paint('2', clock())} ${mark} [${event}] ${name}${tail ? ` — ${tail}` : ''}`,
      );
    },
    info(text) {
      if (!quiet) console.log(text);
    },
    table(rows) {
      if (quiet || rows.length === 0) return;
      const widths = rows[0].map((_, c) =>
        Math.max(...rows.map(r => (r[c] ?? '').length)),
      );
      const line = (r: string[]): string =>
        r.map((cell, c) => (cell ?? '').padEnd(widths[c])).join('  ');
      console.log(paint('1', line(rows[0])));
      console.log(widths.map(w => '─'.repeat(w)).join('  '));
      for (const r of rows.slice(1)) console.log(line(r));
    },
  };
}
