/**
 * QR codes made inside the script by the pure-JavaScript encoder
 * qrcode-generator (bundled): no outside service ever sees the links. The
 * encoder's GIF output (a data URL) is turned into bytes for a Blob by the
 * adapter (Utilities.base64Decode).
 */
import qrcode from 'qrcode-generator';

/** Text as UTF-8 bytes held in a "binary" string, as the encoder's Byte mode expects. */
export function utf8Binary(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
    }
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c < 0x800)
      out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) {
      out += String.fromCharCode(
        0xe0 | (c >> 12),
        0x80 | ((c >> 6) & 63),
        0x80 | (c & 63),
      );
    } else {
      out += String.fromCharCode(
        0xf0 | (c >> 18),
        0x80 | ((c >> 12) & 63),
        0x80 | ((c >> 6) & 63),
        0x80 | (c & 63),
      );
    }
  }
  return out;
}

export interface QrImage {
  /** GIF image, base64. */
  base64: string;
  /** Modules per side (21 for version 1, +4 per version). */
  modules: number;
  /** Image side in pixels. */
  pixels: number;
  /** The module matrix (true = dark), for tests and other renderers. */
  isDark: (row: number, col: number) => boolean;
}

/**
 * The QR code of `text` (error correction M, smallest version that fits),
 * as a GIF of `cell` pixels per module with a quiet zone of 4 modules.
 */
export function qrGif(text: string, cell = 4): QrImage {
  const qr = qrcode(0, 'M');
  qr.addData(utf8Binary(text), 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  const margin = 4 * cell;
  const url = qr.createDataURL(cell, margin);
  const base64 = url.slice(url.indexOf(',') + 1);
  return {
    base64,
    modules,
    pixels: modules * cell + 2 * margin,
    isDark: (r, c) => qr.isDark(r, c),
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 to the signed bytes (−128…127) that Utilities.newBlob takes, as
 * Apps Script's Byte[] holds Java bytes. Pure, so that no service call is
 * spent per image on decoding.
 */
export function gifBytes(base64: string): number[] {
  const clean = base64.replace(/[^A-Za-z0-9+/]/g, '');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    buffer = (buffer << 6) | B64.indexOf(clean[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (buffer >> bits) & 0xff;
      out.push(byte > 127 ? byte - 256 : byte);
    }
  }
  return out;
}
