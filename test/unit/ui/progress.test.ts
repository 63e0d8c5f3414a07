/** Progress of long work: the state the page shows, kept in the user cache. */
import {
  progressState,
  readProgress,
  reportProgress,
} from '../../../src/gas/progress';
import {useLanguage} from '../../../src/i18n';

const cached = new Map<string, {value: string; seconds: number}>();
let failPut = false;
const cache = {
  put: (k: string, v: string, s: number) => {
    if (failPut) throw new Error('Service error: Cache');
    cached.set(k, {value: v, seconds: s});
  },
  get: (k: string) => cached.get(k)?.value ?? null,
};

beforeAll(() => {
  (globalThis as Record<string, unknown>).CacheService = {
    getUserCache: () => cache,
    getScriptCache: () => cache,
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CacheService;
});
beforeEach(() => {
  cached.clear();
  failPut = false;
  useLanguage('fr');
});

describe('progressState', () => {
  it('says step, total and count in French, with the bar half-way through the step', () => {
    expect(
      progressState({step: 2, total: 4, count: 120, label: 'Lecture'}),
    ).toEqual({
      step: 2,
      total: 4,
      count: 120,
      label: 'Lecture',
      done: false,
      link: null,
      error: null,
      text: 'Étape 2/4 – 120 éléments',
      percent: 38, // (2 - 0.5) / 4 = 37.5 %
    });
    expect(progressState({step: 1, total: 3, count: 1}).text).toBe(
      'Étape 1/3 – 1 élément',
    );
  });

  it('is full when done, with a safe link only', () => {
    const done = progressState({
      step: 3,
      total: 3,
      count: 40,
      done: true,
      link: {url: 'https://docs.google.com/spreadsheets/d/abc', label: 'Suivi'},
    });
    expect(done).toMatchObject({
      percent: 100,
      done: true,
      link: {url: 'https://docs.google.com/spreadsheets/d/abc', label: 'Suivi'},
    });
    expect(
      progressState({
        step: 1,
        total: 1,
        count: 0,
        link: {url: 'javascript:alert(1)', label: 'x'},
      }).link,
    ).toBeNull();
  });

  it('keeps numbers sane', () => {
    expect(progressState({step: 9, total: 0, count: -3})).toMatchObject({
      step: 1,
      total: 1,
      count: 0,
    });
    expect(progressState({step: 2.7, total: 5.2, count: NaN})).toMatchObject({
      step: 2,
      total: 5,
      count: 0,
    });
  });

  it('speaks English when the work runs in English', () => {
    useLanguage('en');
    expect(progressState({step: 2, total: 3, count: 5}).text).toBe(
      'Step 2/3 – 5 items',
    );
  });
});

describe('reportProgress / readProgress', () => {
  const token = 'Abc_def-1234567890xyz';

  it('stores the state for an hour and reads it back', () => {
    expect(readProgress(token)).toBeNull();
    reportProgress(token, {step: 1, total: 2, count: 10});
    expect(cached.get(`tds.progress.${token}`)?.seconds).toBe(3600);
    expect(readProgress(token)).toMatchObject({
      step: 1,
      total: 2,
      count: 10,
      text: 'Étape 1/2 – 10 éléments',
    });
  });

  it('ignores bad tokens and never fails the work', () => {
    for (const bad of [
      '',
      'short',
      '../../x',
      'a'.repeat(65),
      '<img src=x>',
      42,
      null,
    ]) {
      reportProgress(bad, {step: 1, total: 1, count: 1});
      expect(readProgress(bad)).toBeNull();
    }
    expect(cached.size).toBe(0);
    failPut = true;
    expect(() =>
      reportProgress(token, {step: 1, total: 1, count: 1}),
    ).not.toThrow();
  });
});
