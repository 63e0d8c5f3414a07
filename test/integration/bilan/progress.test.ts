/**
 * "Générer le bilan" opens a dialog whose button calls
 * generateBilanFromPage(token): the same bilan as generateBilan, each step
 * reported for getProgress(token), ending with a link to the Bilan tab.
 */
import {decodeBilan, STORE_SHEET} from '../../../src/bilan/store';
import {buildBundle, setupTracker, valuesOf} from '../questionnaire/setup';

beforeAll(() => buildBundle());

type Ws = ReturnType<typeof setupTracker>['ws'];

/** A plausible answer to every item of the form, varied by `pick`. */
function answers(ws: Ws, pick: number): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const item of ws.dump().forms[0].items) {
    const choices = item.choices ?? [];
    if (item.type === 'LIST' || item.type === 'MULTIPLE_CHOICE') {
      if (choices.length) out[item.title] = choices[pick % choices.length];
    } else if (item.type === 'CHECKBOX') {
      if (choices.length) out[item.title] = [choices[pick % choices.length]];
    } else if (item.type === 'SCALE') {
      const [lo, hi] = item.bounds ?? [1, 5];
      out[item.title] = String(lo + (pick % (hi - lo + 1)));
    }
  }
  return out;
}

describe('the bilan dialog', () => {
  const {ws, ss} = setupTracker({now: new Date('2026-10-09T08:00:00+02:00')});
  const TOKEN = 'bilan-token-0123456789';

  test('the menu item "Générer le bilan" opens the dialog and computes nothing yet', () => {
    const created = ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);
    expect(created.error).toBeNull();
    for (let i = 0; i < 4; i++) {
      for (const r of ws.submitForm(ws.forms[0], answers(ws, i))) {
        expect(r.error).toBeNull();
      }
    }
    ws.open(ss);
    const run = ws.clickMenu(ss, 'Générer le bilan');
    expect(run.error).toBeNull();
    const page = ws.ui.lastPage()!;
    expect(page.title).toBe('Générer le bilan');
    expect(page.html).toContain('id="progress"');
    expect(page.html).toContain('generateBilanFromPage');
    expect(ss.getSheetByName('Bilan')).toBeNull();
  });

  test('its server target writes the bilan and ends on "done" with a link to the Bilan tab', () => {
    const r = ws.callServer(ss, 'generateBilanFromPage', [TOKEN]);
    expect(r.error).toBeNull();
    const stored = decodeBilan(valuesOf(ss, STORE_SHEET))!;
    expect(stored.responses).toBe(4);
    expect(stored.questions.length).toBeGreaterThan(0);
    const bilan = ss.getSheetByName('Bilan')!;
    const link = {
      url: `${ss.getUrl()}#gid=${bilan.getSheetId()}`,
      label: "Ouvrir l'onglet « Bilan »",
    };
    expect(r.value).toEqual({
      ok: true,
      message: `Bilan généré : 4 réponse(s) de 1 formulaire(s), ${stored.anomalies.length} anomalie(s) listée(s). Voir l’onglet « Bilan ».`,
      link,
    });
    const progress = ws.callServer(ss, 'getProgress', [TOKEN]);
    expect(progress.error).toBeNull();
    expect(progress.value).toMatchObject({
      step: 4,
      total: 4,
      count: 4,
      done: true,
      error: null,
      percent: 100,
      label: 'Bilan terminé.',
      text: 'Étape 4/4 – 4 éléments',
      link,
    });
  });

  test('generateBilan (without dialog) still runs the same bilan, with its alert', () => {
    const r = ws.run(ss, 'generateBilan');
    expect(r.error).toBeNull();
    expect((r.value as {responses: number}).responses).toBe(4);
    expect(ws.ui.alerts.at(-1)?.prompt).toMatch(
      /^Bilan généré : 4 réponse\(s\) de 1 formulaire\(s\)/,
    );
  });
});

test('no response sheet: {ok: false} with the French message, also reported under the token', () => {
  const {ws, ss} = setupTracker();
  const token = 'bilan-token-no-answers';
  const message =
    'Aucune feuille de réponses liée à un formulaire dans ce classeur. Liez un formulaire à ce classeur (dans Forms : Réponses > Associer à Sheets), puis relancez.';
  const r = ws.callServer(ss, 'generateBilanFromPage', [token]);
  expect(r.error).toBeNull();
  expect(r.value).toEqual({ok: false, message});
  const state = ws.callServer(ss, 'getProgress', [token]).value as {
    error: string | null;
    done: boolean;
  };
  expect(state.error).toBe(message);
  expect(state.done).toBe(false);
  expect(ss.getSheetByName('Bilan')).toBeNull();
});
