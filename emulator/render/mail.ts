/**
 * A sent mail as an HTML page (body in a sandboxed iframe).
 */
import type {SentMail} from '../core/env';
import {esc, page} from './common';

const CSS_MAIL = `
.mail{max-width:860px;margin:16px auto;background:#fff;border:1px solid #dadce0;border-radius:8px;overflow:hidden}
.mail .hdr{padding:14px 20px;border-bottom:1px solid #dadce0}
.mail .hdr h2{margin:0 0 8px;font-size:20px;font-weight:400}
.mail .hdr div{font-size:13px;color:#5f6368}
.mail iframe{width:100%;height:70vh;border:0}
.mail pre{white-space:pre-wrap;padding:16px 20px;margin:0;font:inherit}
`;

/** A sent e-mail: envelope, then its HTML body in a sandboxed iframe (or its text). */
export function renderMailHtml(mail: SentMail): string {
  const at =
    Object.prototype.toString.call(mail.at) === '[object Date]'
      ? `${mail.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`
      : String(mail.at);
  const line = (label: string, v: string) =>
    v ? `<div><b>${esc(label)} :</b> ${esc(v)}</div>` : '';
  const body =
    mail.htmlBody !== null && mail.htmlBody !== undefined
      ? `<iframe sandbox="" referrerpolicy="no-referrer" srcdoc="${esc(mail.htmlBody)}" title="Corps du message"></iframe>`
      : `<pre>${esc(mail.body)}</pre>`;
  const html = `<header class="top"><h1>${esc(mail.subject)}</h1><div class="meta">E-mail envoyé le ${esc(at)}</div></header>
<main><div class="mail"><div class="hdr"><h2>${esc(mail.subject)}</h2>
${line('De', mail.name ? `${mail.name} <${mail.from}>` : mail.from)}${line('À', mail.to.join(', '))}${line('Cc', mail.cc.join(', '))}${line(
    'Cci',
    mail.bcc.join(', '),
  )}${line('Répondre à', mail.replyTo ?? '')}${line('Date', at)}${line(
    'Pièces jointes',
    mail.attachments
      .map(a => `${a.name} (${a.contentType}, ${a.bytes} o)`)
      .join(', '),
  )}</div>${body}</div></main>`;
  return page(mail.subject || '(sans objet)', html, CSS_MAIL);
}
