/**
 * What every rendered page shares: escaping, safe colours and links, the page frame.
 */

export function esc(v: unknown): string {
  return String(v ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only colours we can put in a style attribute safely. */
export function color(c: unknown): string | null {
  const s = String(c ?? '').trim();
  return /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9.,\s%]+\))$/.test(s)
    ? s
    : null;
}

export function safeUrl(u: unknown): string | null {
  const s = String(u ?? '');
  return /^(https?:|mailto:)/i.test(s) ? s : null;
}

const CSS_BASE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#202124;background:#f8f9fa}
header.top{background:#fff;border-bottom:1px solid #dadce0;padding:12px 20px;position:sticky;top:0;z-index:5}
header.top h1{font-size:18px;margin:0;font-weight:500}
header.top .meta{color:#5f6368;font-size:12px}
main{padding:16px 20px}
a{color:#1a73e8}
.muted{color:#5f6368}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#e8f0fe;color:#1967d2;margin-left:6px}
table.info{border-collapse:collapse;background:#fff}
table.info td,table.info th{border:1px solid #dadce0;padding:4px 8px;text-align:left;vertical-align:top}
table.info th{background:#f1f3f4;font-weight:500}
`;

export function page(title: string, body: string, extraCss = ''): string {
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${CSS_BASE}${extraCss}</style></head>
<body>${body}</body></html>
`;
}
