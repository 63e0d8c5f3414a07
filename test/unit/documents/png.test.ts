import * as zlib from 'node:zlib';
import {
  adler32,
  crc32,
  encodePng,
  zlibStored,
} from '../../../src/documents/png';
import {barChart, niceMax} from '../../../src/documents/chart';

/** Splits a PNG into its chunks, checking each CRC with zlib's own crc32 when available. */
function chunks(png: Uint8Array): {type: string; data: Buffer; crc: number}[] {
  const buf = Buffer.from(png);
  const out: {type: string; data: Buffer; crc: number}[] = [];
  let o = 8;
  while (o < buf.length) {
    const len = buf.readUInt32BE(o);
    const type = buf.toString('latin1', o + 4, o + 8);
    const data = buf.subarray(o + 8, o + 8 + len);
    const crc = buf.readUInt32BE(o + 8 + len);
    out.push({type, data, crc});
    o += 12 + len;
  }
  return out;
}

describe('CRC-32 and Adler-32', () => {
  it('match the published check values', () => {
    const text = Uint8Array.from(Buffer.from('123456789'));
    expect(crc32(text)).toBe(0xcbf43926);
    expect(adler32(Uint8Array.from(Buffer.from('Wikipedia')))).toBe(0x11e60398);
  });
  it('match node:zlib', () => {
    const data = Uint8Array.from(
      {length: 70000},
      (_, i) => (i * 31 + 7) & 0xff,
    );
    const zcrc = (zlib as unknown as {crc32?: (d: Uint8Array) => number}).crc32;
    if (zcrc) expect(crc32(data)).toBe(zcrc(data));
    // A zlib stream we wrote inflates back to the same bytes (zlib checks the Adler-32).
    expect(
      Buffer.compare(
        zlib.inflateSync(Buffer.from(zlibStored(data))),
        Buffer.from(data),
      ),
    ).toBe(0);
  });
});

describe('PNG encoder', () => {
  it('writes a valid indexed PNG: signature, IHDR, PLTE, IDAT, IEND with correct CRCs', () => {
    const width = 3;
    const height = 2;
    const pixels = Uint8Array.from([0, 1, 0, 1, 0, 1]);
    const png = encodePng({
      width,
      height,
      palette: [
        [255, 255, 255],
        [26, 115, 232],
      ],
      pixels,
    });
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe(
      '89504e470d0a1a0a',
    );
    const cs = chunks(png);
    expect(cs.map(c => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const ihdr = cs[0].data;
    expect(ihdr.readUInt32BE(0)).toBe(3);
    expect(ihdr.readUInt32BE(4)).toBe(2);
    expect([ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]]).toEqual([
      8, 3, 0, 0, 0,
    ]);
    for (const c of cs) {
      const typed = Buffer.concat([Buffer.from(c.type, 'latin1'), c.data]);
      expect(crc32(Uint8Array.from(typed))).toBe(c.crc);
      const zcrc = (zlib as unknown as {crc32?: (d: Uint8Array) => number})
        .crc32;
      if (zcrc) expect(zcrc(typed)).toBe(c.crc);
    }
    expect(Buffer.from(cs[1].data).toString('hex')).toBe('ffffff1a73e8');
    // Scanlines: filter byte 0 then the palette indexes.
    const raw = zlib.inflateSync(cs[2].data);
    expect([...raw]).toEqual([0, 0, 1, 0, 0, 1, 0, 1]);
  });

  it('draws a 600×300 bar chart whose bars are as tall as their values', () => {
    const chart = barChart([10, 20, 5]);
    const cs = chunks(chart.png);
    const raw = zlib.inflateSync(cs.find(c => c.type === 'IDAT')!.data);
    expect(raw.length).toBe(300 * 601);
    const BAR = 2;
    // Height of the blue run in the column at the middle of each bar.
    const plotH = 300 - 24 - 24;
    const max = niceMax(20); // 20
    const slot = (600 - 40 - 10) / 3;
    const heights = [0, 1, 2].map(i => {
      const barW = Math.floor(slot * 0.6);
      const x =
        40 + Math.round(slot * i + (slot - barW) / 2) + Math.floor(barW / 2);
      let h = 0;
      for (let y = 0; y < 300; y++) if (raw[y * 601 + 1 + x] === BAR) h++;
      return h;
    });
    expect(max).toBe(20);
    expect(heights).toEqual([
      Math.round(plotH / 2),
      plotH,
      Math.round(plotH / 4),
    ]);
  });

  it('rounds the top of the scale to 1, 2 or 5 × 10^n', () => {
    expect([
      niceMax(0),
      niceMax(3),
      niceMax(7),
      niceMax(12),
      niceMax(40),
      niceMax(100),
    ]).toEqual([1, 5, 10, 20, 50, 100]);
  });
});
