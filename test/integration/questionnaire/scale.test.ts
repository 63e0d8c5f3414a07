/**
 * A Fête de la science programme of 150 sessions: the questionnaire, its
 * links and QR codes fit in one execution, and the Programme is read and
 * written in one call each whatever its length.
 */
import {Workspace} from '../../../emulator';
import {t} from '../../../src/i18n';
import {tabDef} from '../../../src/tracker/schema';
import {buildBundle, paris, valuesOf} from './setup';

beforeAll(() => buildBundle());

function tracker(sessions: number) {
  const ws = new Workspace({
    now: paris('2026-09-20', '10:00'),
    timeZone: 'Europe/Paris',
    locale: 'fr',
  });
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  const def = tabDef('programme');
  const sheet = ss.insertSheet(t(def.name, {}, 'fr'));
  const header = def.columns.map(c => t(c.header, {}, 'fr'));
  const rows = Array.from({length: sessions}, (_, i) =>
    def.columns.map(c =>
      c.id === 'title'
        ? `Animation ${i + 1}`
        : c.id === 'date'
          ? paris(`2026-10-${String(9 + (i % 10)).padStart(2, '0')}`)
          : c.id === 'commune'
            ? ['Grenoble', 'Vienne', 'Voiron'][i % 3]
            : c.id === 'public'
              ? 'grand public'
              : c.id === 'status'
                ? 'confirmé'
                : '',
    ),
  );
  if (sheet.getMaxRows() < sessions + 1)
    sheet.insertRowsAfter(
      sheet.getMaxRows(),
      sessions + 1 - sheet.getMaxRows(),
    );
  sheet
    .getRange(1, 1, sessions + 1, header.length)
    .setValues([header, ...rows]);
  ws.open(ss);
  return {ws, ss};
}

test('150 sessions: one execution, one read and one write of the link column', () => {
  const {ws, ss} = tracker(150);
  const r = ws.callServer(ss, 'createQuestionnaire', [
    {audience: 'public', collectEmails: false},
  ]);
  expect(r.error).toBeNull();
  expect(r.value).toMatchObject({ok: true, links: 150});
  // Under half the 6-minute limit; the document's images are the calls that grow.
  expect(r.predictedSeconds).toBeLessThan(150);
  const programme = valuesOf(ss, 'Programme');
  const col = programme[0].indexOf('Lien du questionnaire');
  expect(
    programme.slice(1).every(row => String(row[col]).includes('entry.')),
  ).toBe(true);
  expect(ws.forms[0].getItems()[0].asListItem().getChoices()).toHaveLength(150);
  // The QR codes: one per session, plus the form's.
  expect(
    (JSON.stringify(ws.dump().documents).match(/"INLINE_IMAGE"/g) ?? []).length,
  ).toBe(151);
  // Calls that depend on the sessions are the document's (one image each), never the sheet's.
  expect(r.counts.byMethod['Range.setValues'] ?? 0).toBeLessThanOrEqual(6);
});
