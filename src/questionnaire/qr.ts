/**
 * QR codes made inside the script by pure-JavaScript libraries (bundled):
 * no outside service ever sees the links. The GIF bytes go straight into a
 * Blob (Utilities.newBlob).
 */
import {GifWriter} from 'omggif';
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
  /** The GIF file, as the signed Java bytes (−128…127) Utilities.newBlob takes. */
  bytes: number[];
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
 *
 * The module matrix comes from qrcode-generator; the GIF is written by
 * omggif's GifWriter (both bundled, pure JavaScript). qrcode-generator's own
 * GIF writer keys its LZW table on ever longer strings: for the 500 codes of
 * a Fête de la science questionnaire it spent minutes of script time, where
 * omggif's integer-keyed table takes a fraction of a second.
 */
export function qrGif(text: string, cell = 4): QrImage {
  const qr = qrcode(0, 'M');
  qr.addData(utf8Binary(text), 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  const margin = 4 * cell;
  const side = modules * cell + 2 * margin;
  // Palette index per pixel: 0 white, 1 black.
  const pixels = new Array<number>(side * side).fill(0);
  for (let r = 0; r < modules; r++) {
    for (let c = 0; c < modules; c++) {
      if (!qr.isDark(r, c)) continue;
      const top = margin + r * cell;
      const left = margin + c * cell;
      for (let y = top; y < top + cell; y++) {
        pixels.fill(1, y * side + left, y * side + left + cell);
      }
    }
  }
  // LZW never needs more than 12 bits a pixel; plus headers and sub-blocks.
  const buf = new Uint8Array(side * side * 2 + 1024);
  const writer = new GifWriter(buf, side, side, {
    palette: [0xffffff, 0x000000],
  });
  writer.addFrame(0, 0, side, side, pixels);
  const length = writer.end();
  const bytes = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    bytes[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  }
  return {
    bytes,
    modules,
    pixels: side,
    isDark: (r, c) => qr.isDark(r, c),
  };
}
