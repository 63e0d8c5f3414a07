/**
 * A form dump as an HTML page (as the respondent sees it).
 */
import type {FormDump} from '../forms/dump';
import {esc, page} from './common';

const CSS_FORM = `
.form{max-width:720px;margin:16px auto}
.card{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:20px 24px;margin-bottom:12px}
.card.head{border-top:10px solid #673ab7}
.card h2{font-size:24px;font-weight:400;margin:0 0 8px}
.q{font-size:16px;margin-bottom:10px}.req{color:#d93025}
.help{color:#5f6368;font-size:12px;margin:-6px 0 10px}
.opt{display:block;margin:6px 0}
.scale{display:flex;gap:14px;align-items:flex-end}.scale label{display:flex;flex-direction:column;align-items:center}
.section{background:#673ab7;color:#fff;border-radius:8px 8px 0 0;padding:8px 24px;display:inline-block}
input[type=text],textarea{width:60%;border:0;border-bottom:1px solid #dadce0;font:inherit;padding:4px 0}
`;

function formItemHtml(item: FormDump['items'][number]): string {
  const name = `i${item.id}`;
  const title = `<div class="q">${esc(item.title)}${item.required ? ' <span class="req">*</span>' : ''}</div>${
    item.helpText ? `<div class="help">${esc(item.helpText)}</div>` : ''
  }`;
  const choices = item.choices ?? [];
  switch (item.type) {
    case 'SECTION_HEADER':
      return `<div class="card"><h3>${esc(item.title)}</h3>${item.helpText ? `<div class="help">${esc(item.helpText)}</div>` : ''}</div>`;
    case 'PAGE_BREAK':
      return `<div class="section">Section : ${esc(item.title)}</div>`;
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX': {
      const type = item.type === 'CHECKBOX' ? 'checkbox' : 'radio';
      const opts = choices.map(
        c =>
          `<label class="opt"><input type="${type}" name="${name}" disabled> ${esc(c)}</label>`,
      );
      if (item.otherOption)
        opts.push(
          `<label class="opt"><input type="${type}" disabled> Autre : ____</label>`,
        );
      return `<div class="card">${title}${opts.join('')}</div>`;
    }
    case 'LIST':
      return `<div class="card">${title}<select disabled><option>Choisir</option>${choices
        .map(c => `<option>${esc(c)}</option>`)
        .join('')}</select></div>`;
    case 'SCALE': {
      const [lo, hi] = item.bounds ?? [1, 5];
      const [l1, l2] = item.labels ?? ['', ''];
      let cells = '';
      for (let v = lo; v <= hi; v++)
        cells += `<label>${v}<input type="radio" name="${name}" disabled></label>`;
      return `<div class="card">${title}<div class="scale"><span>${esc(l1)}</span>${cells}<span>${esc(l2)}</span></div></div>`;
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      const cols = item.columns ?? [];
      const type = item.type === 'GRID' ? 'radio' : 'checkbox';
      const rows = (item.rows ?? [])
        .map(
          (r, i) =>
            `<tr><th>${esc(r)}</th>${cols.map(() => `<td><input type="${type}" name="${name}-${i}" disabled></td>`).join('')}</tr>`,
        )
        .join('');
      return `<div class="card">${title}<table class="info"><tr><th></th>${cols.map(c => `<th>${esc(c)}</th>`).join('')}</tr>${rows}</table></div>`;
    }
    case 'PARAGRAPH_TEXT':
      return `<div class="card">${title}<textarea rows="3" disabled placeholder="Réponse longue"></textarea></div>`;
    default:
      return `<div class="card">${title}<input type="text" disabled placeholder="Réponse courte"></div>`;
  }
}

/** A form as its respondents see it, then its responses. */
export function renderFormHtml(form: FormDump): string {
  const responses = form.responses.length
    ? `<div class="card"><h3>${form.responses.length} réponse(s)</h3><table class="info"><tr><th>Horodateur</th>${
        form.collectsEmail ? '<th>E-mail</th>' : ''
      }<th>Réponses</th></tr>${form.responses
        .map(
          r =>
            `<tr><td>${esc(r.timestamp)}</td>${form.collectsEmail ? `<td>${esc(r.email)}</td>` : ''}<td>${r.answers
              .map(
                a =>
                  `<b>${esc(a.title)}</b> : ${esc(Array.isArray(a.response) ? a.response.map(x => (Array.isArray(x) ? x.join(', ') : x)).join(' | ') : a.response)}`,
              )
              .join('<br>')}</td></tr>`,
        )
        .join('')}</table></div>`
    : '<p class="muted">Aucune réponse.</p>';
  const dest = form.destination
    ? `Réponses dans la feuille « ${esc(form.destination.sheetName)} » (${esc(form.destination.spreadsheetId)})`
    : 'Pas de feuille de réponses';
  const body = `<header class="top"><h1>${esc(form.title)}</h1><div class="meta">Formulaire · ${esc(form.id)} · ${dest}${
    form.acceptingResponses ? '' : ' · fermé'
  }</div></header>
<main><div class="form"><div class="card head"><h2>${esc(form.title)}</h2>${
    form.description
      ? `<div>${esc(form.description).replace(/\n/g, '<br>')}</div>`
      : ''
  }${form.collectsEmail ? '<div class="help">Adresse e-mail collectée</div>' : ''}</div>
${form.items.map(formItemHtml).join('\n')}
${form.confirmationMessage ? `<div class="card muted">Message de confirmation : ${esc(form.confirmationMessage)}</div>` : ''}
${responses}</div></main>`;
  return page(form.title, body, CSS_FORM);
}
