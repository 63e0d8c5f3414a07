/**
 * Reference: https://developers.google.com/apps-script/reference/html/html-output
 */
import {FakeBlob, textPdfBlob} from '../base/blob';
import {real} from '../core/cast';
import type {FakeHtmlServiceImpl} from './html-service';
import {escapeHtmlText, FakeHtmlTemplate} from './html-template';

type GOutput = GoogleAppsScript.HTML.HtmlOutput;
type GTemplate = GoogleAppsScript.HTML.HtmlTemplate;

type HtmlOutputKeys =
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'asTemplate'
  | 'setFaviconUrl'
  | 'getFaviconUrl'
  | 'getBlob'
  | 'getAs';

export class FakeHtmlOutput implements Pick<GOutput, HtmlOutputKeys> {
  title = '';
  width: number | null = null;
  height: number | null = null;
  content: string;
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;
  faviconUrl: string | null = null;
  metaTags: {name: string; content: string}[] = [];
  constructor(
    private readonly service: FakeHtmlServiceImpl,
    content = '',
  ) {
    this.content = content;
  }
  private m(method: string): void {
    this.service.env.meter.call('HtmlOutput', method);
  }
  /** Everything the UI module needs, without metering. */
  peek(): {
    title: string;
    width: number | null;
    height: number | null;
    content: string;
  } {
    return {
      title: this.title,
      width: this.width,
      height: this.height,
      content: this.content,
    };
  }
  /** Appends during template evaluation (not a script call: not metered). */
  _a(s: string): void {
    this.content += s;
  }
  setTitle(title: string): GOutput {
    this.m('setTitle');
    this.title = String(title);
    return real(this);
  }
  getTitle(): string {
    this.m('getTitle');
    return this.title;
  }
  setWidth(width: number): GOutput {
    this.m('setWidth');
    this.width = Number(width);
    return real(this);
  }
  getWidth(): number {
    this.m('getWidth');
    return this.width ?? 0;
  }
  setHeight(height: number): GOutput {
    this.m('setHeight');
    this.height = Number(height);
    return real(this);
  }
  getHeight(): number {
    this.m('getHeight');
    return this.height ?? 0;
  }
  getContent(): string {
    this.m('getContent');
    return this.content;
  }
  setContent(content: string): GOutput {
    this.m('setContent');
    this.content = String(content);
    return real(this);
  }
  append(added: string): GOutput {
    this.m('append');
    this.content += String(added);
    return real(this);
  }
  appendUntrusted(added: string): GOutput {
    this.m('appendUntrusted');
    this.content += escapeHtmlText(String(added));
    return real(this);
  }
  clear(): GOutput {
    this.m('clear');
    this.content = '';
    return real(this);
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GOutput {
    this.m('setSandboxMode');
    this.sandboxMode = String(mode);
    return real(this);
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GOutput {
    this.m('setXFrameOptionsMode');
    this.xFrameOptionsMode = String(mode);
    return real(this);
  }
  addMetaTag(name: string, content: string): GOutput {
    this.m('addMetaTag');
    if (
      ![
        'apple-mobile-web-app-capable',
        'mobile-web-app-capable',
        'viewport',
      ].includes(name)
    ) {
      throw new Error(`Meta tag ${name} is not allowed.`);
    }
    this.metaTags.push({name: String(name), content: String(content)});
    return real(this);
  }
  setFaviconUrl(url: string): GOutput {
    this.m('setFaviconUrl');
    this.faviconUrl = String(url);
    return real(this);
  }
  getFaviconUrl(): string {
    this.m('getFaviconUrl');
    return real(this.faviconUrl);
  }
  asTemplate(): GTemplate {
    this.m('asTemplate');
    return real(new FakeHtmlTemplate(this.service, this.content));
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.m('getBlob');
    return new FakeBlob(
      this.content,
      'text/html',
      `${this.title || 'output'}.html`,
      this.service.env.meter,
    );
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.m('getAs');
    if (contentType === 'application/pdf')
      return textPdfBlob(this.content, `${this.title || 'output'}.pdf`);
    return new FakeBlob(
      this.content,
      contentType,
      this.title || 'output',
      this.service.env.meter,
    );
  }
}
