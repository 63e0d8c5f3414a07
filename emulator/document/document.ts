/**
 * A document: its sections, saving, export and copy.
 * Reference: https://developers.google.com/apps-script/reference/document/document
 */
import {FakeBlob, textPdfBlob} from '../base/blob';
import {MIME_TYPES} from '../base/mime-type';
import {real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import {driveEntry, registerFile} from '../drive/registry';
import type {BlockContainer} from './internal';
import {
  BodyEl,
  DocCtx,
  FooterEl,
  HeaderEl,
  ParagraphEl,
  plain,
} from './internal';

type GDoc = GoogleAppsScript.Document.Document;
type GBody = GoogleAppsScript.Document.Body;

type DocKeys =
  | 'getBody'
  | 'getHeader'
  | 'addHeader'
  | 'getFooter'
  | 'addFooter'
  | 'getId'
  | 'getUrl'
  | 'getName'
  | 'setName'
  | 'saveAndClose'
  | 'getAs'
  | 'getBlob'
  | 'addEditor'
  | 'addEditors'
  | 'addViewer'
  | 'addViewers'
  | 'getEditors'
  | 'getViewers';

export class FakeDocument implements Pick<GDoc, DocKeys> {
  readonly ctx: DocCtx;
  body: BodyEl;
  header: HeaderEl | null = null;
  footer: FooterEl | null = null;
  constructor(
    env: EmuEnv,
    readonly id: string,
    public name: string,
  ) {
    this.ctx = new DocCtx(env);
    this.body = new BodyEl(this.ctx);
    this.body.adopt(new ParagraphEl(this.ctx));
    this.ctx.doc = this;
  }
  private m(method: string): void {
    this.ctx.call('Document', method);
  }
  getBody(): GBody {
    this.m('getBody');
    return real(this.body);
  }
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.m('getHeader');
    return real(this.header);
  }
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this.m('addHeader');
    if (this.header) throw new Error('Document tab already contains a header.');
    this.header = new HeaderEl(this.ctx);
    this.header.adopt(new ParagraphEl(this.ctx));
    return real(this.header);
  }
  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.m('getFooter');
    return real(this.footer);
  }
  addFooter(): GoogleAppsScript.Document.FooterSection {
    this.m('addFooter');
    if (this.footer) throw new Error('Document tab already contains a footer.');
    this.footer = new FooterEl(this.ctx);
    this.footer.adopt(new ParagraphEl(this.ctx));
    return real(this.footer);
  }
  getId(): string {
    this.m('getId');
    return this.id;
  }
  getUrl(): string {
    this.m('getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getName(): string {
    this.m('getName');
    return this.name;
  }
  setName(name: string): GDoc {
    this.m('setName');
    this.name = String(name);
    return real(this);
  }
  /** Sharing goes to the document's Drive entry (same lists as DriveApp's File). */
  private share(
    method: string,
    list: 'editors' | 'viewers',
    emails: unknown[],
  ): GDoc {
    this.m(method);
    const entry = driveEntry(this.ctx.env, this.id);
    for (const u of emails) {
      const e =
        typeof u === 'string'
          ? u.trim()
          : String((u as {getEmail(): string}).getEmail());
      if (!/^[^\s@]+@[^\s@]+$/.test(e)) throw new Error(`Invalid email: ${e}`);
      if (entry && !entry[list].includes(e)) entry[list].push(e);
    }
    return real(this);
  }
  addEditor(user: unknown): GDoc {
    return this.share('addEditor', 'editors', [user]);
  }
  addEditors(emails: string[]): GDoc {
    return this.share('addEditors', 'editors', emails);
  }
  addViewer(user: unknown): GDoc {
    return this.share('addViewer', 'viewers', [user]);
  }
  addViewers(emails: string[]): GDoc {
    return this.share('addViewers', 'viewers', emails);
  }
  private users(
    method: string,
    list: 'editors' | 'viewers',
  ): GoogleAppsScript.Base.User[] {
    this.m(method);
    const entry = driveEntry(this.ctx.env, this.id);
    return (entry?.[list] ?? []).map(e => ({
      getEmail: () => e,
      getUserLoginId: () => e,
    }));
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.users('getEditors', 'editors');
  }
  getViewers(): GoogleAppsScript.Base.User[] {
    return this.users('getViewers', 'viewers');
  }
  saveAndClose(): void {
    this.ctx.env.meter.call('Document', 'saveAndClose');
    this.ctx.closed = true;
    this.ctx.savedText = null;
    this.ctx.dirtyExec = null;
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.ctx.env.meter.call('Document', 'getAs');
    return exportDocument(this, contentType);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.ctx.env.meter.call('Document', 'getBlob');
    return exportDocument(this, 'application/pdf');
  }
}

function exportDocument(doc: FakeDocument, contentType: string): FakeBlob {
  if (contentType === 'application/pdf') return documentToPdfBlob(doc);
  if (contentType === 'text/plain') {
    return new FakeBlob(documentText(doc), 'text/plain', `${doc.name}.txt`);
  }
  throw new Error(
    `Converting from application/vnd.google-apps.document to ${contentType} is not supported.`,
  );
}

/** Plain text of header, body and footer (no metering). */
export function documentText(doc: FakeDocument): string {
  const sections: BlockContainer[] = [doc.body];
  if (doc.header) sections.unshift(doc.header);
  if (doc.footer) sections.push(doc.footer);
  return sections.map(plain).join('\n');
}

/**
 * The PDF export: a blob named "<name>.pdf" whose content is the document's
 * text as last saved (see the header comment about saveAndClose).
 */
export function documentToPdfBlob(doc: FakeDocument): FakeBlob {
  const exec = doc.ctx.env.meter.current?.id ?? null;
  const stale = doc.ctx.savedText !== null && doc.ctx.dirtyExec === exec;
  const text = stale ? doc.ctx.savedText! : documentText(doc);
  return textPdfBlob(text, `${doc.name}.pdf`, doc.ctx.env.meter);
}

/** Deep copy of a document under a new name, registered in Docs and Drive. */
export function copyDocument(
  env: EmuEnv,
  doc: FakeDocument,
  name: string,
): FakeDocument {
  const copy = newDocument(env, name);
  copy.body = doc.body.clone(copy.ctx);
  copy.header = doc.header ? doc.header.clone(copy.ctx) : null;
  copy.footer = doc.footer ? doc.footer.clone(copy.ctx) : null;
  return copy;
}

export function newDocument(env: EmuEnv, name: string): FakeDocument {
  const doc = new FakeDocument(env, env.ids.next('doc_'), String(name));
  env.documents.set(doc.id, doc);
  registerFile(env, {
    id: doc.id,
    name: doc.name,
    mimeType: MIME_TYPES.GOOGLE_DOCS,
    kind: 'document',
    hooks: {
      getName: () => doc.name,
      setName: n => {
        doc.name = n;
      },
      copy: n => copyDocument(env, doc, n).id,
      getAs: ct => exportDocument(doc, ct),
    },
  });
  return doc;
}
