/**
 * The installed triggers as an HTML page.
 */
import {esc, page} from './common';

export interface TriggerView {
  uid: string;
  handler: string;
  type: string;
  source?: string;
  sourceId?: string | null;
  owner?: string;
  schedule?: unknown;
  nextDueMs?: number | null;
  lastFiredMs?: number | null;
  spent?: boolean;
}

function describeSchedule(s: unknown): string {
  if (!s || typeof s !== 'object') return '';
  const o = s as Record<string, unknown>;
  const bits = Object.entries(o)
    .filter(([k, v]) => v !== null && v !== undefined && k !== 'createdMs')
    .map(
      ([k, v]) =>
        `${k}=${k === 'atMs' ? new Date(Number(v)).toISOString() : String(v)}`,
    );
  return bits.join(', ');
}

/** The installed triggers as a table. */
export function renderTriggersHtml(list: TriggerView[]): string {
  const rows = list
    .map(
      t =>
        `<tr><td>${esc(t.uid)}</td><td>${esc(t.handler)}</td><td>${esc(t.type)}</td><td>${esc(t.source ?? '')} ${esc(
          t.sourceId ?? '',
        )}</td><td>${esc(t.owner ?? '')}</td><td>${esc(describeSchedule(t.schedule))}</td><td>${
          t.nextDueMs ? esc(new Date(t.nextDueMs).toISOString()) : ''
        }</td><td>${t.lastFiredMs ? esc(new Date(t.lastFiredMs).toISOString()) : ''}${t.spent ? ' (terminé)' : ''}</td></tr>`,
    )
    .join('');
  const body = `<header class="top"><h1>Déclencheurs installés</h1><div class="meta">${list.length} déclencheur(s)</div></header>
<main><table class="info"><tr><th>Id</th><th>Fonction</th><th>Type</th><th>Source</th><th>Propriétaire</th><th>Planification</th><th>Prochaine exécution</th><th>Dernière exécution</th></tr>${rows}</table></main>`;
  return page('Déclencheurs', body);
}
