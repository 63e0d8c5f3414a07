/**
 * The Charts service: data tables, chart builders, and charts turned into
 * PNG images that carry their labels (the emulator draws them in place of
 * Google's renderer). Stricter than Google where the reference is vague.
 */
import {inflateSync} from 'node:zlib';
import {chartBuilders, type DrawnChart} from '../charts/chart-builders';
import {Meter} from '../core/meter';

/** Width and height of a PNG whose image data inflates (a real PNG). */
function pngInfo(bytes: Buffer): {width: number; height: number} {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const data: Buffer[] = [];
  for (let o = 8; o < bytes.length;) {
    const len = bytes.readUInt32BE(o);
    if (bytes.toString('latin1', o + 4, o + 8) === 'IDAT') {
      data.push(bytes.subarray(o + 8, o + 8 + len));
    }
    o += 12 + len;
  }
  expect(inflateSync(Buffer.concat(data)).length).toBeGreaterThan(0);
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

type Any = Record<string, (...a: unknown[]) => Any>;

function charts(): {C: Any; drawn: DrawnChart[]; meter: Meter} {
  const drawn: DrawnChart[] = [];
  const meter = new Meter();
  return {C: chartBuilders({meter, charts: drawn}) as Any, drawn, meter};
}

describe('Charts service', () => {
  test('a column chart from a data table: a PNG of the given size, its labels and values kept', () => {
    const {C, drawn, meter} = charts();
    const dt = C.newDataTable()
      .addColumn('STRING', '')
      .addColumn('NUMBER', 'Nombre')
      .addRow(['Très satisfait', 12])
      .addRow(['Satisfait', 5]);
    const blob = C.newColumnChart()
      .setDataTable(dt)
      .setTitle('Satisfaction')
      .setLegendPosition('NONE')
      .setDimensions(600, 300)
      .build()
      .getAs('image/png') as unknown as {
      getContentType(): string;
      getBytes(): number[];
    };
    expect(blob.getContentType()).toBe('image/png');
    const png = Buffer.from(blob.getBytes().map(b => b & 0xff));
    expect(pngInfo(png)).toEqual({width: 600, height: 300});
    expect(drawn).toEqual([
      expect.objectContaining({
        type: 'COLUMN',
        title: 'Satisfaction',
        labels: ['Très satisfait', 'Satisfait'],
        values: [12, 5],
        series: 'Nombre',
        width: 600,
        height: 300,
      }),
    ]);
    expect(meter.total.byMethod['DataTableBuilder.addRow']).toBe(2);
    expect(meter.total.byMethod['Chart.getAs']).toBe(1);
  });

  test('stricter than Google: rows of the wrong length or type, empty tables, charts without data', () => {
    const {C} = charts();
    expect(() =>
      C.newDataTable().addColumn('STRING', 'a').addRow(['x', 1]),
    ).toThrow(/2 values but the table has 1 columns/);
    expect(() =>
      C.newDataTable().addColumn('NUMBER', 'a').addRow(['x']),
    ).toThrow(/does not match the type/);
    expect(() => C.newDataTable().addColumn('COLOUR', 'a')).toThrow(
      /Invalid argument/,
    );
    expect(() => C.newDataTable().build()).toThrow(/empty/);
    expect(() => C.newBarChart().build()).toThrow(/no data/);
    expect(() => C.newBarChart().setDimensions(0, 10)).toThrow(/dimensions/);
    const chart = C.newBarChart()
      .setDataTable(
        C.newDataTable()
          .addColumn('STRING', 'a')
          .addColumn('NUMBER', 'n')
          .addRow(['x', 1]),
      )
      .build();
    expect(() => chart.getAs('application/pdf')).toThrow(/not supported/);
  });
});
