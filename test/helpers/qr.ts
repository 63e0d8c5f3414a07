/**
 * An independent QR reader for the tests: the GIF the add-on made is decoded
 * by omggif, its pixels read by jsQR (neither is used by the add-on, which
 * encodes with qrcode-generator). Returns the text the code holds, or null.
 */
import jsQR from 'jsqr';
import {GifReader} from 'omggif';

export function readQrGif(base64: string): string | null {
  const gif = new GifReader(new Uint8Array(Buffer.from(base64, 'base64')));
  const rgba = new Uint8ClampedArray(gif.width * gif.height * 4);
  gif.decodeAndBlitFrameRGBA(0, rgba);
  // A frame's transparent pixels stay 0,0,0,0: read them as white paper.
  for (let i = 3; i < rgba.length; i += 4) {
    if (rgba[i] === 0) {
      rgba[i - 3] = 255;
      rgba[i - 2] = 255;
      rgba[i - 1] = 255;
      rgba[i] = 255;
    }
  }
  const code = jsQR(rgba, gif.width, gif.height);
  return code ? code.data : null;
}
