import {
  documentIdFrom,
  documentName,
  versionedName,
} from '../../../src/documents/naming';
import {
  remainingKeys,
  shouldContinue,
  BatchState,
  RUN_BUDGET_MS,
} from '../../../src/documents/batch';
import {logRow} from '../../../src/documents/log';

describe('document names', () => {
  it('say what, which event and which day', () => {
    expect(documentName('Bilan', 'Fête de la science 2026', '2026-10-20')).toBe(
      'Bilan – Fête de la science 2026 – 2026-10-20',
    );
    expect(documentName('Fiche structure A/B', 'FDS', '2026-10-20')).toBe(
      'Fiche structure A-B – FDS – 2026-10-20',
    );
  });
  it('get " (2)", " (3)"… when the name is taken, never overwriting', () => {
    const taken = new Set([
      'Bilan – X – 2026-10-20',
      'Bilan – X – 2026-10-20 (2)',
    ]);
    expect(versionedName('Bilan – X – 2026-10-20', n => taken.has(n))).toBe(
      'Bilan – X – 2026-10-20 (3)',
    );
    expect(versionedName('Autre', n => taken.has(n))).toBe('Autre');
  });
  it('read a Google Docs id from an address or an id', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';
    expect(
      documentIdFrom(
        `https://docs.google.com/document/d/${id}/edit?usp=sharing`,
      ),
    ).toBe(id);
    expect(documentIdFrom(` ${id} `)).toBe(id);
    expect(documentIdFrom('https://drive.google.com/open?id=' + id)).toBe(id);
    expect(documentIdFrom('mon modèle')).toBeNull();
    expect(documentIdFrom('')).toBeNull();
  });
});

describe('batch progress', () => {
  const state = {
    keys: [
      {key: 'a', label: 'A'},
      {key: 'b', label: 'B'},
      {key: 'c', label: 'C'},
    ],
    done: {a: 'doc1'},
    failed: {c: 'erreur'},
    pending: {},
  } as unknown as BatchState;
  it('skips keys done or failed', () => {
    expect(remainingKeys(state).map(k => k.key)).toEqual(['b']);
  });
  it('starts another sheet only if the longest one so far still fits in 4 min 30', () => {
    expect(RUN_BUDGET_MS).toBe(270000);
    expect(shouldContinue(0, 0)).toBe(true);
    expect(shouldContinue(260000, 4000)).toBe(true); // 260 + 6 = 266 s
    expect(shouldContinue(262000, 6000)).toBe(false); // 262 + 9 = 271 s
    expect(shouldContinue(266000, 0)).toBe(false); // at least 5 s kept in hand
  });
  it('logs rows in the Documents column order', () => {
    const at = new Date('2026-10-20T08:00:00Z');
    expect(
      logRow({
        kind: 'Bilan',
        at,
        name: 'n',
        url: 'u',
        status: 'failed',
        error: 'e',
      }),
    ).toEqual(['Bilan', at, 'n', 'u', 'échec', 'e', '', '']);
  });
});
