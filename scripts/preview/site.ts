/**
 * The output folder: pages/ (every artefact as the emulator renders it),
 * index.html (one page linking them, grouped by tracker, readable from the
 * file system without a server), report.json and artefacts/ (ws.dump(), one
 * JSON file per artefact).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {writeArtefacts, type ArtefactsDump} from '../../emulator/render/site';
import type {EventState} from './flow';
import type {Report} from './report';
import type {WorkspaceLike} from './ws';

const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

interface DumpLike {
  spreadsheets: {
    id: string;
    name: string;
    sheets: {sheetId: number; name: string; index?: number}[];
  }[];
  forms: {id: string; destination: {spreadsheetId: string} | null}[];
  [key: string]: unknown;
}

interface Page {
  id: string;
  file: string;
  /** Relative to the output folder, with "/" separators. */
  href: string;
  title: string;
  kind: string;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function titleOf(file: string): string {
  const html = fs.readFileSync(file, 'utf8');
  const m = /<title>([\s\S]*?)<\/title>/i.exec(html);
  return decode(m ? m[1].trim() : path.basename(file, '.html'));
}

/** render.ts names its pages spreadsheet-<id>.html, form-<id>.html, document-<id>.html, mail-<n>.html, triggers.html. */
function kindOf(file: string): {kind: string; id: string} {
  const base = path.basename(file, '.html');
  const m = /^(spreadsheet|form|document|mail)-(.+)$/.exec(base);
  if (m) return {kind: m[1], id: m[2]};
  if (base === 'triggers') return {kind: 'triggers', id: ''};
  return {kind: 'other', id: base};
}

const SECTION: Record<string, string> = {
  spreadsheet: 'Classeur',
  tab: 'Onglets',
  form: 'Formulaires',
  document: 'Documents',
  mail: 'E-mails',
  triggers: 'Déclencheurs',
  other: 'Autres',
};

export function writeSite(
  ws: WorkspaceLike,
  outDir: string,
  report: Report,
  states: EventState[],
): string[][] {
  fs.mkdirSync(outDir, {recursive: true});
  // The emulator's own rendering (what ws.render does), fed with one dump:
  // artefacts/ holds one HTML page and one JSON file per artefact.
  const pagesDir = path.join(outDir, 'artefacts');
  fs.rmSync(pagesDir, {recursive: true, force: true});
  fs.rmSync(path.join(outDir, 'pages'), {recursive: true, force: true});
  const dump = ws.dump() as DumpLike;
  const now = new Date(String(dump.now ?? Date.now()));
  const rendered = writeArtefacts(pagesDir, dump as unknown as ArtefactsDump, {
    now,
  });
  const pages: Page[] = [];
  for (const f of rendered) {
    if (!f.endsWith('.html')) continue;
    if (path.resolve(f) === path.join(pagesDir, 'index.html')) continue;
    const href = path.relative(outDir, f).split(path.sep).join('/');
    const {kind, id} = kindOf(f);
    pages.push({file: f, href, title: titleOf(f), kind, id});
    // Each tab: the rendered page has one grid per tab, anchored #sheet-<sheetId>.
    if (kind === 'spreadsheet') {
      const book = dump.spreadsheets.find(x => x.id === id);
      for (const sh of [...(book?.sheets ?? [])].sort(
        (a, b) => (a.index ?? 0) - (b.index ?? 0),
      )) {
        pages.push({
          file: f,
          href: `${href}#sheet-${sh.sheetId}`,
          title: sh.name,
          kind: 'tab',
          id,
        });
      }
    }
  }
  const artefacts = rendered.filter(f => f.endsWith('.json')).length;
  fs.writeFileSync(
    path.join(outDir, 'report.json'),
    JSON.stringify(report, null, 2) + '\n',
  );

  // Group pages by tracker: by the ids the pages are named after.
  const groups = states.map(s => ({state: s, pages: [] as Page[]}));
  const shared: Page[] = [];
  const owner = (p: Page): (typeof groups)[number] | undefined => {
    switch (p.kind) {
      case 'spreadsheet':
      case 'tab':
        return groups.find(g => g.state.ss.getId() === p.id);
      case 'document':
        return groups.find(g => g.state.documentIds.includes(p.id));
      case 'form': {
        const dest = dump.forms.find(f => f.id === p.id)?.destination;
        return groups.find(g => g.state.ss.getId() === dest?.spreadsheetId);
      }
      case 'mail': {
        const text = fs.readFileSync(p.file, 'utf8');
        return groups.find(
          g =>
            text.includes(g.state.ss.getId()) ||
            text.includes(esc(g.state.plan.card.name)),
        );
      }
      default:
        return undefined;
    }
  };
  for (const p of pages) {
    const g = owner(p);
    if (g) g.pages.push(p);
    else shared.push(p);
  }
  const list = (items: Page[]): string => {
    const byKind = new Map<string, Page[]>();
    for (const p of items)
      byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
    return [...byKind.entries()]
      .map(
        ([kind, ps]) =>
          `<h3>${esc(SECTION[kind] ?? kind)} (${ps.length})</h3>\n<ul>${ps
            .map(p => `<li><a href="${esc(p.href)}">${esc(p.title)}</a></li>`)
            .join('\n')}</ul>`,
      )
      .join('\n');
  };
  const figures = (s: EventState): string => {
    const t = s.report.tracker;
    const b = s.report.bilan;
    const w = s.report.weekly;
    return `<p class="fig">${t.sessions} séances · ${t.events} événements · ${t.communes} communes · ${t.structures} structures · ${t.rejected.length} rejet(s)${
      b ? ` · ${b.responses} réponses` : ''
    }${w ? ` · synthèse du ${esc(w.today)} : ${w.upcomingSessions} séances à venir, ${w.mailsSent} e-mail(s)` : ''} · ${s.report.documents.length} documents</p>`;
  };
  const actions = report.actions
    .map(
      a =>
        `<tr class="${a.status === 'ok' ? '' : 'warn'}"><td>${esc(a.event)}</td><td>${esc(a.name)}</td><td>${esc(a.status)}${
          a.message ? ` — ${esc(a.message)}` : ''
        }</td><td>${a.serviceCalls}</td><td>${a.cellsRead}</td><td>${a.cellsWritten}</td><td>${a.predictedSeconds.toLocaleString('fr-FR')}</td></tr>`,
    )
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Aperçu du module Territoire de sciences</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2933;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #0b7285;padding-bottom:.2rem}h3{font-size:1rem;margin:1rem 0 .3rem}
ul{columns:2;column-gap:2rem}li{break-inside:avoid;margin:.1rem 0}a{color:#0b7285}
.fig{background:#e6f4f1;padding:.5rem .8rem;border-radius:4px}
table{border-collapse:collapse;font-size:.85rem;width:100%}td,th{border:1px solid #cbd2d9;padding:.2rem .4rem;text-align:left}
tr.warn td{background:#fff4e5}td:nth-child(n+4){text-align:right}
</style></head><body>
<h1>Aperçu du module Territoire de sciences</h1>
<p>Ce que le module complémentaire a produit, hors ligne, sur l'émulateur de Google Workspace : chaque onglet des suivis, chaque formulaire, document, e-mail et déclencheur. Chiffres : <a href="report.json">report.json</a> (format : docs/report-format.md). Contenu brut (JSON, un fichier par artefact) : dossier <code>artefacts/</code>.</p>
${groups
  .map(
    g =>
      `<section><h2>${esc(g.state.plan.card.name)}</h2>\n${figures(g.state)}\n${list(g.pages)}</section>`,
  )
  .join('\n')}
<section><h2>Commun à tous les suivis</h2>\n${list(shared)}</section>
<section><h2>Actions lancées</h2>
<table><thead><tr><th>Suivi</th><th>Action</th><th>État</th><th>Appels</th><th>Cellules lues</th><th>Cellules écrites</th><th>Temps prévu (s)</th></tr></thead>
<tbody>${actions}</tbody></table></section>
</body></html>
`;
  fs.writeFileSync(path.join(outDir, 'index.html'), html);
  const count = (k: string): number => pages.filter(p => p.kind === k).length;
  return [
    ['Quoi', 'Nombre', 'Où'],
    ['Page d’accueil', '1', path.join(outDir, 'index.html')],
    ['Classeurs', String(count('spreadsheet')), pagesDir],
    ['Onglets', String(count('tab')), pagesDir],
    ['Formulaires', String(count('form')), pagesDir],
    ['Documents', String(count('document')), pagesDir],
    ['E-mails', String(count('mail')), pagesDir],
    ['Déclencheurs', String(count('triggers')), pagesDir],
    ['Rapport chiffré', '1', path.join(outDir, 'report.json')],
    ['Contenu JSON des artefacts', String(artefacts), pagesDir],
  ];
}
