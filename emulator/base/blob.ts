/**
 * A blob: bytes, a content type and a name.
 * Reference: https://developers.google.com/apps-script/reference/base/blob
 */
import type {Meter} from '../core/meter';

type Blob = GoogleAppsScript.Base.Blob;
type BlobSource = GoogleAppsScript.Base.BlobSource;

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/csv': 'csv',
  'application/json': 'json',
};

/** Apps Script bytes are signed Java bytes (-128…127). */
function toSigned(buf: Buffer): number[] {
  return Array.from(buf, b => (b > 127 ? b - 256 : b));
}

/** A blob: bytes, a content type and a name. Blob methods count as 'Blob.*'. */
export class FakeBlob implements Blob {
  private bytes: Buffer;
  constructor(
    data: Buffer | Uint8Array | number[] | string,
    private contentType: string | null = null,
    private name: string | null = null,
    private readonly meter: Meter | null = null,
  ) {
    this.bytes = FakeBlob.toBuffer(data);
  }
  static toBuffer(data: Buffer | Uint8Array | number[] | string): Buffer {
    if (typeof data === 'string') return Buffer.from(data, 'utf8');
    if (Array.isArray(data)) return Buffer.from(data.map(b => b & 0xff));
    return Buffer.from(data);
  }
  private m(method: string): void {
    this.meter?.call('Blob', method);
  }
  /** Raw bytes without metering (emulator internals). */
  raw(): Buffer {
    return this.bytes;
  }
  /** Content type and name without metering (emulator internals). */
  meta(): {contentType: string | null; name: string | null} {
    return {contentType: this.contentType, name: this.name};
  }
  copyBlob(): Blob {
    this.m('copyBlob');
    return new FakeBlob(this.bytes, this.contentType, this.name, this.meter);
  }
  getAs(contentType: string): Blob {
    this.m('getAs');
    const ext = EXTENSIONS[contentType];
    const base = this.name ? this.name.replace(/\.[^.]*$/, '') : null;
    const name = base !== null && ext ? `${base}.${ext}` : this.name;
    if (contentType === 'application/pdf' && this.contentType !== contentType) {
      return textPdfBlob(this.bytes.toString('utf8'), name ?? 'document.pdf');
    }
    return new FakeBlob(this.bytes, contentType, name, this.meter);
  }
  getBlob(): Blob {
    this.m('getBlob');
    return this;
  }
  /** Deprecated in Apps Script; kept so the class implements the whole Blob interface. */
  getAllBlobs(): Blob[] {
    this.m('getAllBlobs');
    return [this];
  }
  getBytes(): number[] {
    this.m('getBytes');
    return toSigned(this.bytes);
  }
  getContentType(): string | null {
    this.m('getContentType');
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    this.m('getDataAsString');
    const enc = (charset ?? 'utf-8').toLowerCase().replace('-', '');
    return this.bytes.toString(enc === 'iso88591' ? 'latin1' : 'utf8');
  }
  getName(): string | null {
    this.m('getName');
    return this.name;
  }
  isGoogleType(): boolean {
    this.m('isGoogleType');
    return false;
  }
  setBytes(data: number[]): Blob {
    this.m('setBytes');
    this.bytes = FakeBlob.toBuffer(data);
    return this;
  }
  setContentType(contentType: string | null): Blob {
    this.m('setContentType');
    this.contentType = contentType;
    return this;
  }
  setContentTypeFromExtension(): Blob {
    this.m('setContentTypeFromExtension');
    const ext = (this.name ?? '').split('.').pop()?.toLowerCase() ?? '';
    const found = Object.entries(EXTENSIONS).find(([, e]) => e === ext);
    if (!found) {
      throw new Error(
        `Could not determine the content type of blob with name ${this.name}.`,
      );
    }
    this.contentType = found[0];
    return this;
  }
  setDataFromString(data: string): Blob {
    this.m('setDataFromString');
    this.bytes = Buffer.from(data, 'utf8');
    return this;
  }
  setName(name: string): Blob {
    this.m('setName');
    this.name = name;
    return this;
  }
}

/** Bytes, type and name of any blob source, without metering our own blobs. */
export function blobData(src: BlobSource): {
  bytes: Buffer;
  contentType: string | null;
  name: string | null;
} {
  if (src instanceof FakeBlob) {
    return {bytes: src.raw(), ...src.meta()};
  }
  const b = src.getBlob();
  return {
    bytes: FakeBlob.toBuffer(b.getBytes()),
    contentType: b.getContentType(),
    name: b.getName(),
  };
}

/**
 * A "PDF" whose body is the text it shows: enough for tests (type, name,
 * content) without a PDF writer. Starts with a real PDF header line.
 */
export function textPdfBlob(
  text: string,
  name: string,
  meter: Meter | null = null,
): FakeBlob {
  const pdfName = /\.pdf$/i.test(name) ? name : `${name}.pdf`;
  return new FakeBlob(
    `%PDF-1.4\n${text}\n%%EOF\n`,
    'application/pdf',
    pdfName,
    meter,
  );
}
