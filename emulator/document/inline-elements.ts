/**
 * Inline elements: images, page breaks, horizontal rules.
 * Reference: https://developers.google.com/apps-script/reference/document/inline-image
 * Reference: https://developers.google.com/apps-script/reference/document/page-break
 * Reference: https://developers.google.com/apps-script/reference/document/horizontal-rule
 */
import {FakeBlob} from '../base/blob';
import {real} from '../core/cast';
import type {DocCtx} from './internal';
import {DocEl} from './internal';

type GImage = GoogleAppsScript.Document.InlineImage;

/** Natural size of PNG, GIF or JPEG bytes (Google inserts images at that size). */
function imageSize(bytes: Buffer): {width: number; height: number} {
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
  }
  if (bytes.length > 10 && bytes.toString('latin1', 0, 3) === 'GIF') {
    return {width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8)};
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) break;
      const marker = bytes[i + 1];
      const len = bytes.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xc3) {
        return {
          height: bytes.readUInt16BE(i + 5),
          width: bytes.readUInt16BE(i + 7),
        };
      }
      i += 2 + len;
    }
  }
  return {width: 100, height: 100};
}

type ImageKeys =
  | 'getWidth'
  | 'getHeight'
  | 'setWidth'
  | 'setHeight'
  | 'getBlob'
  | 'getAs'
  | 'getAltTitle'
  | 'setAltTitle'
  | 'getAltDescription'
  | 'setAltDescription'
  | 'getLinkUrl'
  | 'setLinkUrl'
  | 'getType';

export class InlineImageEl extends DocEl implements Pick<GImage, ImageKeys> {
  readonly type = 'INLINE_IMAGE';
  readonly service = 'InlineImage';
  width: number;
  height: number;
  altTitle = '';
  altDescription = '';
  linkUrl: string | null = null;
  constructor(
    ctx: DocCtx,
    readonly bytes: Buffer,
    readonly contentType: string | null,
    readonly name: string | null,
  ) {
    super(ctx);
    const size = imageSize(bytes);
    this.width = size.width;
    this.height = size.height;
  }
  getWidth(): number {
    this.m('getWidth');
    return this.width;
  }
  getHeight(): number {
    this.m('getHeight');
    return this.height;
  }
  setWidth(width: number): GImage {
    this.m('setWidth');
    this.width = Number(width);
    return real(this);
  }
  setHeight(height: number): GImage {
    this.m('setHeight');
    this.height = Number(height);
    return real(this);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.m('getBlob');
    return new FakeBlob(
      this.bytes,
      this.contentType,
      this.name,
      this.ctx.env.meter,
    );
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.m('getAs');
    return new FakeBlob(this.bytes, contentType, this.name, this.ctx.env.meter);
  }
  getAltTitle(): string {
    this.m('getAltTitle');
    return this.altTitle;
  }
  setAltTitle(t: string): GImage {
    this.m('setAltTitle');
    this.altTitle = String(t);
    return real(this);
  }
  getAltDescription(): string {
    this.m('getAltDescription');
    return this.altDescription;
  }
  setAltDescription(t: string): GImage {
    this.m('setAltDescription');
    this.altDescription = String(t);
    return real(this);
  }
  getLinkUrl(): string {
    this.m('getLinkUrl');
    return real(this.linkUrl);
  }
  setLinkUrl(url: string): GImage {
    this.m('setLinkUrl');
    this.linkUrl = url;
    return real(this);
  }
  clone(ctx: DocCtx): InlineImageEl {
    const c = new InlineImageEl(ctx, this.bytes, this.contentType, this.name);
    Object.assign(c, {
      width: this.width,
      height: this.height,
      altTitle: this.altTitle,
      altDescription: this.altDescription,
      linkUrl: this.linkUrl,
    });
    return c;
  }
}

export class PageBreakEl extends DocEl {
  readonly type = 'PAGE_BREAK';
  readonly service = 'PageBreak';
  clone(ctx: DocCtx): PageBreakEl {
    return new PageBreakEl(ctx);
  }
}

export class HorizontalRuleEl extends DocEl {
  readonly type = 'HORIZONTAL_RULE';
  readonly service = 'HorizontalRule';
  clone(ctx: DocCtx): HorizontalRuleEl {
    return new HorizontalRuleEl(ctx);
  }
}
