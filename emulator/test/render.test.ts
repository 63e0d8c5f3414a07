/** Renderers: standalone pages that escape everything they show, and the artefact writer. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type {SentMail} from '../core/env';
import type {DocNode} from '../document';
import type {FormDump} from '../forms/dump';
import {renderDocumentHtml} from '../render/document';
import {renderFormHtml} from '../render/form';
import {renderMailHtml} from '../render/mail';
import {renderIndexHtml, writeArtefacts} from '../render/site';
import {renderSpreadsheetHtml} from '../render/spreadsheet';
import {renderTriggersHtml} from '../render/triggers';
import type {SheetDump, SpreadsheetDump} from '../spreadsheet/dump';

const XSS = '<script>alert(1)</script>';

/** No executable <script> element and no event handler attribute outside escaped text. */
function expectInert(html: string): void {
  expect(html).not.toContain('<script');
  expect(html).not.toMatch(/<[^>]+\son\w+=/i);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
}

function sheet(over: Partial<SheetDump>): SheetDump {
  return {
    name: 'Événements',
    sheetId: 1,
    index: 0,
    maxRows: 1000,
    maxColumns: 26,
    lastRow: 0,
    lastColumn: 0,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
    formUrl: null,
    values: [],
    displayValues: [],
    formulas: [],
    numberFormats: {},
    backgrounds: {},
    fontWeights: {},
    fontColors: {},
    fontStyles: {},
    horizontalAlignments: {},
    wraps: {},
    notes: {},
    columnWidths: {},
    validations: [],
    conditionalRules: [],
    protections: [],
    filter: null,
    charts: [],
    ...over,
  };
}

function spreadsheet(): SpreadsheetDump {
  return {
    id: 'ss-1',
    name: `Suivi ${XSS}`,
    url: 'https://docs.google.com/spreadsheets/d/ss-1/edit',
    locale: 'fr_FR',
    timeZone: 'Europe/Paris',
    namedRanges: [],
    protections: [],
    sheets: [
      sheet({
        lastRow: 4,
        lastColumn: 3,
        frozenRows: 1,
        values: [
          ['Titre', 'Date', 'Statut'],
          [XSS, {date: '2026-10-01T08:00:00.000Z'}, 'Annulé'],
          ['Atelier', {date: '2026-12-01T08:00:00.000Z'}, 'Confirmé'],
          ['Expo', 12.5, ''],
        ],
        displayValues: [
          ['Titre', 'Date', 'Statut'],
          [XSS, '01/10/2026', 'Annulé'],
          ['Atelier', '01/12/2026', 'Confirmé'],
          ['Expo', '12,50 €', ''],
        ],
        formulas: [
          ['', '', ''],
          ['', '', ''],
          ['', '', ''],
          ['', '', ''],
        ],
        fontWeights: {A1: 'bold', B1: 'bold', C1: 'bold'},
        backgrounds: {A1: '#e8f0fe', B1: 'red;background-image:url(x)'},
        validations: [
          {
            a1: 'C2:C4',
            kind: 'list',
            values: ['Confirmé', 'Annulé', XSS],
            allowInvalid: false,
            helpText: null,
          },
        ],
        conditionalRules: [
          // Given by the spreadsheet module (matches evaluated there).
          {
            ranges: ['C2:C4'],
            kind: 'textEqualTo',
            args: ['Annulé'],
            background: '#f4cccc',
            fontColor: null,
            bold: null,
            matches: ['C2'],
          },
          // Evaluated by the renderer: dates before today.
          {
            ranges: ['B2:B4'],
            kind: 'CUSTOM_FORMULA',
            args: ['=$B2<TODAY()'],
            background: '#fce8b2',
            fontColor: null,
            bold: true,
            matches: [],
          },
        ],
        notes: {A2: XSS},
      }),
    ],
  };
}

describe('renderers', () => {
  test('spreadsheet: escaped cells, frozen header row, formats, conditional formats, validation lists', () => {
    const html = renderSpreadsheetHtml(spreadsheet(), {
      now: new Date('2026-11-15T10:00:00Z'),
    });
    expectInert(html);
    expect(html).toMatch(
      /<tr class="frozen frozen-last" style="top:22px"><th class="rowh">1<\/th>/,
    );
    expect(html).toContain(
      '<td style="background:#e8f0fe;font-weight:600">Titre</td>',
    );
    // An unsafe colour is dropped, not injected.
    expect(html).not.toContain('url(x)');
    expect(html).toContain('12,50 €');
    // Conditional formatting: C2 (given), B2 (past date, evaluated here), not B3 (future);
    // B4 holds 12.5, below today's date serial number, so Sheets paints it too.
    expect(html).toMatch(
      /<td class="valid" style="background:#f4cccc"[^>]*>Annulé/,
    );
    expect(html).toMatch(
      /<td style="background:#fce8b2;font-weight:600">01\/10\/2026<\/td>/,
    );
    expect(html).toMatch(/<td>01\/12\/2026<\/td>/);
    expect(html).toContain(
      '<td style="background:#fce8b2;font-weight:600;text-align:right">12,50 €</td>',
    );
    // The validation list is visible: ▾ and the choices in a title attribute.
    expect(html).toContain(
      'title="Liste : Confirmé | Annulé | &lt;script&gt;alert(1)&lt;/script&gt;"',
    );
    expect(html).toContain('▾');
  });

  test('"date before today" is judged in the spreadsheet’s time zone', () => {
    const dump = spreadsheet();
    dump.sheets[0].values[1][1] = {date: '2026-11-14T12:00:00.000Z'};
    dump.sheets[0].conditionalRules = [
      {
        ranges: ['B2'],
        kind: 'DATE_BEFORE',
        args: ['TODAY'],
        background: '#abcdef',
        fontColor: null,
        bold: null,
        matches: [],
      },
    ];
    // 23:30 UTC on the 14th is already the 15th in Paris: the 14th is "before today" there.
    const now = new Date('2026-11-14T23:30:00Z');
    expect(renderSpreadsheetHtml(dump, {now})).toContain('background:#abcdef');
    dump.timeZone = 'UTC';
    expect(renderSpreadsheetHtml(dump, {now})).not.toContain(
      'background:#abcdef',
    );
  });

  test('document: headings, runs, lists, tables, escaped text', () => {
    const tree: DocNode = {
      type: 'DOCUMENT',
      id: 'doc-1',
      name: XSS,
      children: [
        {
          type: 'BODY_SECTION',
          children: [
            {
              type: 'PARAGRAPH',
              heading: 'HEADING1',
              text: XSS,
              runs: [],
              children: [{type: 'TEXT', runs: [{text: XSS, attrs: {}}]}],
            },
            {
              type: 'PARAGRAPH',
              heading: 'NORMAL',
              children: [
                {
                  type: 'TEXT',
                  runs: [
                    {
                      text: 'gras',
                      attrs: {BOLD: true, LINK_URL: 'javascript:alert(1)'},
                    },
                  ],
                },
              ],
            },
            {
              type: 'LIST_ITEM',
              listId: 'l1',
              glyphType: 'BULLET',
              nestingLevel: 0,
              children: [{type: 'TEXT', runs: [{text: 'un', attrs: {}}]}],
            },
            {
              type: 'LIST_ITEM',
              listId: 'l1',
              glyphType: 'BULLET',
              nestingLevel: 1,
              children: [{type: 'TEXT', runs: [{text: 'deux', attrs: {}}]}],
            },
            {
              type: 'TABLE',
              children: [
                {
                  type: 'TABLE_ROW',
                  children: [
                    {
                      type: 'TABLE_CELL',
                      background: '#eeeeee',
                      children: [
                        {
                          type: 'PARAGRAPH',
                          children: [
                            {type: 'TEXT', runs: [{text: 'A1', attrs: {}}]},
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const html = renderDocumentHtml(tree);
    expectInert(html);
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('<span style="font-weight:700">gras</span>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain(
      '<ul><li style="margin-left:0px">un</li><li style="margin-left:24px">deux</li></ul>',
    );
    expect(html).toContain('background:#eeeeee');
  });

  test('form, mail, triggers and index pages escape their data; the mail body is in a sandboxed srcdoc', () => {
    const form: FormDump = {
      id: 'form-1',
      title: XSS,
      description: '',
      editUrl: '',
      publishedUrl: '',
      collectsEmail: false,
      emailCollectionType: 'DO_NOT_COLLECT',
      published: true,
      acceptingResponses: true,
      confirmationMessage: '',
      destination: null,
      destinationError: null,
      items: [
        {
          id: 1,
          index: 0,
          type: 'MULTIPLE_CHOICE',
          title: 'Q',
          helpText: '',
          required: true,
          choices: ['Oui', XSS],
        },
        {
          id: 2,
          index: 1,
          type: 'SCALE',
          title: 'Note',
          helpText: '',
          required: false,
          bounds: [0, 10],
          labels: ['0', '10'],
        },
      ],
      responses: [],
    };
    const formHtml = renderFormHtml(form);
    expectInert(formHtml);
    expect(formHtml.match(/type="radio"/g)).toHaveLength(2 + 11);

    const mail: SentMail = {
      to: ['a@tds.fr'],
      cc: [],
      bcc: [],
      subject: XSS,
      body: 'texte',
      htmlBody: `<p>Bonjour</p>${XSS}<img src=x onerror="alert(2)">`,
      name: null,
      replyTo: null,
      from: 'coordination@tds.fr',
      at: new Date('2026-10-10T08:00:00Z'),
      attachments: [],
    };
    const mailHtml = renderMailHtml(mail);
    // The body is only in the srcdoc attribute, fully escaped (quotes included), of a sandboxed iframe.
    expect(mailHtml).toContain(
      '<iframe sandbox="" referrerpolicy="no-referrer" srcdoc="&lt;p&gt;Bonjour&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"',
    );
    expectInert(mailHtml.replace(/srcdoc="[^"]*"/, 'srcdoc=""'));

    const trig = renderTriggersHtml([
      {
        uid: 't1',
        handler: XSS,
        type: 'CLOCK',
        sourceId: null,
        owner: 'a@tds.fr',
        schedule: {kind: 'everyDays', n: 1},
      },
    ]);
    expectInert(trig);
    const index = renderIndexHtml([
      {title: XSS, href: 'javascript:alert(1)', kind: 'mail'},
    ]);
    expectInert(index);
    expect(index).not.toContain('javascript:');
  });

  test('writeArtefacts writes <kind>-<id>.html/.json and an index', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-render-'));
    try {
      const written = writeArtefacts(out, {
        spreadsheets: [spreadsheet()],
        documents: [
          {type: 'DOCUMENT', id: 'doc-1', name: 'Bilan', children: []},
        ],
        mails: [],
        triggers: [],
      });
      const names = written.map(w => path.basename(w)).sort();
      expect(names).toEqual([
        'document-doc-1.html',
        'document-doc-1.json',
        'index.html',
        'spreadsheet-ss-1.html',
        'spreadsheet-ss-1.json',
        'triggers.html',
        'triggers.json',
      ]);
      const json = JSON.parse(
        fs.readFileSync(path.join(out, 'spreadsheet-ss-1.json'), 'utf8'),
      );
      expect(json.sheets[0].displayValues[3][1]).toBe('12,50 €');
      expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(
        'href="document-doc-1.html"',
      );
    } finally {
      fs.rmSync(out, {recursive: true, force: true});
    }
  });
});
