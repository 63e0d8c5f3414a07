/**
 * Data protection end to end (emulator, built bundle): forms do not collect
 * e-mail addresses unless asked; e-mails, phone numbers and names given in
 * the answers never leave the response sheet (not in the Bilan tabs, the
 * stored BilanResult — the source of npm start's report.json —, a document
 * or an e-mail); cross-tabs suppress groups under k taken from the settings.
 * The purge itself is tested in test/integration/privacy.
 */
import type {FakeSpreadsheet, Workspace} from '../../emulator';
import type {FakeDocument} from '../../emulator/document';
import {DocNode, documentTree} from '../../emulator/document';
import {decodeBilan, STORE_SHEET} from '../../src/bilan/store';
import {
  answersFor,
  importCsv,
  newTracker,
  privateDist,
  tab,
  USER,
  workspace,
} from './harness';

beforeAll(() => {
  privateDist();
});

const SESSIONS = [
  {id: 'S1', title: 'Atelier robots', date: '08/10/2026', commune: 'Grenoble'},
  {
    id: 'S2',
    title: 'Planétarium',
    date: '08/10/2026',
    start: '14:00',
    commune: 'Meylan',
  },
];

function text(node: DocNode): string {
  return [node.text ?? '', ...(node.children ?? []).map(text)].join('\n');
}

describe('e-mail collection', () => {
  test('off unless switched on in the dialog', () => {
    const ws = workspace();
    const ss = newTracker(ws);
    expect(importCsv(ws, ss, SESSIONS).error).toBeNull();
    // The dialog opens with the box unticked.
    expect(ws.clickMenu(ss, 'Créer le questionnaire…').error).toBeNull();
    expect(ws.ui.lastPage()!.html).toMatch(
      /name="collectEmails" type="checkbox" data-checked="false"/,
    );
    const r = ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: false},
    ]);
    expect(r.error).toBeNull();
    expect(ws.dump().forms[0].collectsEmail).toBe(false);
    const ws2 = workspace();
    const ss2 = newTracker(ws2);
    expect(importCsv(ws2, ss2, SESSIONS).error).toBeNull();
    const r2 = ws2.callServer(ss2, 'createQuestionnaire', [
      {audience: 'public', collectEmails: true},
    ]);
    expect(r2.error).toBeNull();
    expect(ws2.dump().forms[0].collectsEmail).toBe(true);
  });
});

describe('personal data never leaves the response sheet', () => {
  let ws: Workspace;
  let ss: FakeSpreadsheet;
  const emails: string[] = [];
  const phones: string[] = [];
  const names: string[] = [];

  beforeAll(() => {
    ws = workspace(new Date('2026-10-09T08:00:00+02:00'));
    ss = newTracker(ws);
    expect(importCsv(ws, ss, SESSIONS).error).toBeNull();
    // k = 3 in the settings (the smallest allowed).
    const saved = ws.callServer(ss, 'saveSettingsFromPage', [{smallGroupK: 3}]);
    expect((saved.value as {ok: boolean}).ok).toBe(true);
    const r = ws.callServer(ss, 'createQuestionnaire', [
      {audience: 'public', collectEmails: true},
    ]);
    expect(r.error).toBeNull();
    // Staff add questions that ask for personal data.
    const form = ws.forms[0];
    form.addTextItem().setTitle('Votre numéro de téléphone');
    form.addTextItem().setTitle('Nom et prénom');
    for (let i = 0; i < 10; i++) {
      const email = `visiteur.${1000 + i}@exemple.fr`;
      const phone = `06 12 34 ${String(10 + i)} ${String(20 + i)}`;
      const name = `Camille Quéméner${i}`;
      emails.push(email);
      phones.push(phone);
      names.push(name);
      const answers = answersFor(
        ws,
        0,
        {
          'numéro de téléphone': phone,
          'Nom et prénom': name,
          remarques: `Super ! Rappelez-moi au ${phone} ou écrivez à ${email}`,
        },
        i % 3,
      );
      const runs = ws.submitForm(form, answers, {user: email});
      for (const run of runs) expect(run.error).toBeNull();
    }
    expect(ws.run(ss, 'generateBilan').error).toBeNull();
    expect(ws.clickMenu(ss, 'Générer le bilan (document)').error).toBeNull();
    const act = ws.callServer(ss, 'activateWeeklySummary', [
      {day: 'MONDAY', hour: 8, recipients: USER},
    ]);
    expect(act.error).toBeNull();
    expect(ws.clickMenu(ss, 'Envoyer la synthèse maintenant').error).toBeNull();
  });

  const leaks = (where: string, content: string) =>
    [...emails, ...phones, ...names]
      .filter(v => content.includes(v))
      .map(v => `${where}: ${v}`);

  test('the answers hold them (the test has something to find)', () => {
    const responses = ss.getSheets().find(s => s.getFormUrl())!;
    const all = JSON.stringify(tab(ss, responses.getName()));
    for (const v of [emails[0], phones[0], names[0]]) expect(all).toContain(v);
  });

  test('not in any other tab (Bilan, parameters, counts, stored result, Journal…)', () => {
    const found: string[] = [];
    for (const sheet of ss.getSheets()) {
      if (sheet.getFormUrl()) continue;
      found.push(
        ...leaks(sheet.getName(), JSON.stringify(tab(ss, sheet.getName()))),
      );
    }
    expect(found).toEqual([]);
  });

  test('not in the stored BilanResult (the source of report.json), personal columns detected', () => {
    const stored = decodeBilan(tab(ss, STORE_SHEET));
    expect(stored).not.toBeNull();
    expect(leaks('stored bilan', JSON.stringify(stored))).toEqual([]);
    const titles = stored!.questions.map(q => q.title);
    expect(titles).not.toContain('Votre numéro de téléphone');
    expect(titles).not.toContain('Nom et prénom');
    expect(titles).not.toContain('Adresse e-mail');
    // Free text is kept with the addresses and numbers masked.
    const remarks = stored!.questions.find(q => /remarques/.test(q.title));
    expect(remarks?.texts?.length).toBe(10);
  });

  test('not in any document nor any e-mail', () => {
    const docs = (ws.documents as unknown as FakeDocument[]).map(d =>
      text(documentTree(d)),
    );
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.flatMap((d, i) => leaks(`document ${i}`, d))).toEqual([]);
    const mails = ws.mails.filter(m => m.to.includes(USER));
    expect(mails.length).toBeGreaterThan(0);
    expect(
      mails.flatMap(m =>
        leaks(`mail ${m.subject}`, `${m.body}${m.htmlBody ?? ''}`),
      ),
    ).toEqual([]);
  });

  test('cross-tabs use k from the settings: no shown cell between 1 and k−1', () => {
    const stored = decodeBilan(tab(ss, STORE_SHEET))!;
    expect(stored.k).toBe(3);
    expect(stored.crossTabs.length).toBeGreaterThan(0);
    for (const ct of stored.crossTabs) {
      expect(ct.k).toBe(3);
      ct.rows.forEach(row => {
        row.cells.forEach((c, j) => {
          if (row.n < 3) {
            expect(c === null || ct.total.cells[j] === 0).toBe(true);
          } else if (c !== null) expect(c === 0 || c >= 3).toBe(true);
        });
        if (row.cells.some(c => c === null)) expect(row.mean).toBeNull();
      });
    }
  });
});
