/**
 * The Charts service (developers.google.com/apps-script/reference/charts/charts):
 * data tables, chart builders, and charts turned into PNG images. The
 * emulator stands in for Google's renderer: it draws the chart itself (an SVG
 * rasterised by resvg with the DejaVu Sans font shipped by an npm package, so
 * the image is the same on every machine), each bar labelled with the data
 * table's first column and its value. Every chart drawn is kept, with its
 * specification, in `env.charts` (Workspace.charts) for tests.
 *
 * Stricter than Google where the reference is vague: a row must give one
 * value per column, of the column's type; a table without columns or rows,
 * or a chart without a data table, throws at build(); only 'image/png' is
 * produced.
 */
import * as path from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import {FakeBlob} from '../base/blob';
import {real} from '../core/cast';
import type {Meter} from '../core/meter';

/** What tests read of a chart the add-on drew. */
export interface DrawnChart {
  type: ChartKind;
  title: string;
  /** The first column of the data table: one label per bar or slice. */
  labels: string[];
  /** The second column: one value per bar. */
  values: (number | null)[];
  /** Title of the value column (the series). */
  series: string;
  width: number;
  height: number;
  options: Record<string, unknown>;
}

export type ChartKind =
  'AREA' | 'BAR' | 'COLUMN' | 'LINE' | 'PIE' | 'SCATTER' | 'TABLE';

// developers.google.com/apps-script/reference/charts/column-type
export const COLUMN_TYPES = ['DATE', 'NUMBER', 'STRING'] as const;
type ColumnType = (typeof COLUMN_TYPES)[number];

// developers.google.com/apps-script/reference/charts/position
export const POSITIONS = ['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const;

/** What the Charts service needs: the meter, and where drawn charts are kept. */
export interface ChartsEnv {
  meter: Meter;
  charts: DrawnChart[];
}

const FONT = (() => {
  const dir = path.dirname(require.resolve('dejavu-fonts-ttf/package.json'));
  return path.join(dir, 'ttf', 'DejaVuSans.ttf');
})();

/**
 * DataTable (developers.google.com/apps-script/reference/charts/data-table):
 * read-only, made by DataTableBuilder.build().
 */
export class FakeDataTable {
  constructor(
    readonly columns: {type: ColumnType; label: string}[],
    readonly rows: unknown[][],
    private readonly env: ChartsEnv,
  ) {}
  private m(method: string): void {
    this.env.meter.call('DataTable', method);
  }
  getNumberOfColumns(): number {
    this.m('getNumberOfColumns');
    return this.columns.length;
  }
  getNumberOfRows(): number {
    this.m('getNumberOfRows');
    return this.rows.length;
  }
  getColumnLabel(column: number): string {
    this.m('getColumnLabel');
    return this.columns[column].label;
  }
  getColumnType(column: number): ColumnType {
    this.m('getColumnType');
    return this.columns[column].type;
  }
  getValue(row: number, column: number): unknown {
    this.m('getValue');
    return this.rows[row]?.[column] ?? null;
  }
}

function typeOk(type: ColumnType, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (type === 'STRING') return typeof v === 'string';
  if (type === 'NUMBER') return typeof v === 'number' && Number.isFinite(v);
  return (
    v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
  );
}

/** DataTableBuilder (developers.google.com/apps-script/reference/charts/data-table-builder). */
export class FakeDataTableBuilder {
  private readonly columns: {type: ColumnType; label: string}[] = [];
  private readonly rows: unknown[][] = [];
  constructor(private readonly env: ChartsEnv) {}
  private m(method: string): this {
    this.env.meter.call('DataTableBuilder', method);
    return this;
  }
  /** "Adds a column to the data table. Columns will be added from 0 to n." */
  addColumn(type: unknown, label: string): this {
    this.m('addColumn');
    const t = String(type) as ColumnType;
    if (!COLUMN_TYPES.includes(t)) {
      throw new Error(`Invalid argument: type (${String(type)})`);
    }
    this.columns.push({type: t, label: String(label ?? '')});
    return this;
  }
  /** "Adds a row to the data table": its values in the columns' order. */
  addRow(values: unknown[]): this {
    this.m('addRow');
    if (!Array.isArray(values)) {
      throw new Error('Invalid argument: values');
    }
    // Stricter: one value per column, of its type.
    if (values.length !== this.columns.length) {
      throw new Error(
        `The row has ${values.length} values but the table has ${this.columns.length} columns.`,
      );
    }
    values.forEach((v, i) => {
      if (!typeOk(this.columns[i].type, v)) {
        throw new Error(
          `Value ${JSON.stringify(v)} does not match the type of column ${i} (${this.columns[i].type}).`,
        );
      }
    });
    this.rows.push([...values]);
    return this;
  }
  /** "Sets a specific value in the table." */
  setValue(row: number, column: number, value: unknown): this {
    this.m('setValue');
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][column] = value;
    return this;
  }
  /** "Builds and returns a data table. Throws: if the data table is empty or otherwise malformed." */
  build(): FakeDataTable {
    this.m('build');
    if (this.columns.length === 0 || this.rows.length === 0) {
      throw new Error('The data table is empty.');
    }
    for (const row of this.rows) {
      this.columns.forEach((c, i) => {
        if (!typeOk(c.type, row[i])) {
          throw new Error(`The data table is malformed (column ${i}).`);
        }
      });
    }
    return real(
      new FakeDataTable(
        this.columns.map(c => ({...c})),
        this.rows.map(r => this.columns.map((_, i) => r[i] ?? null)),
        this.env,
      ),
    );
  }
  /** The table as built so far (for setDataTable(tableBuilder)). */
  snapshot(): FakeDataTable {
    return new FakeDataTable(
      this.columns.map(c => ({...c})),
      this.rows.map(r => this.columns.map((_, i) => r[i] ?? null)),
      this.env,
    );
  }
}

/**
 * The chart builders (BarChartBuilder, ColumnChartBuilder, PieChartBuilder…,
 * developers.google.com/apps-script/reference/charts/bar-chart-builder and
 * siblings): one class records the options every variant sets.
 */
export class FakeChartBuilder {
  private table: FakeDataTable | null = null;
  private width = 600;
  private height = 400;
  private readonly options: Record<string, unknown> = {};
  constructor(
    private readonly kind: ChartKind,
    private readonly env: ChartsEnv,
  ) {}
  private m(method: string): this {
    this.env.meter.call(`${capital(this.kind)}ChartBuilder`, method);
    return this;
  }
  private opt(method: string, key: string, value: unknown): this {
    this.m(method);
    this.options[key] = value;
    return this;
  }
  /** "Sets the data table … using a DataTableBuilder" or a DataTable. */
  setDataTable(table: unknown): this {
    this.m('setDataTable');
    if (table instanceof FakeDataTableBuilder) {
      // Google builds the table from the builder.
      this.table = table.build();
    } else if (table instanceof FakeDataTable) {
      this.table = table;
    } else {
      throw new Error('Invalid argument: table');
    }
    return this;
  }
  setDataSourceUrl(url: string): this {
    this.m('setDataSourceUrl');
    // Offline: no data source can be fetched (stricter than Google).
    throw new Error(
      `The emulator cannot fetch a chart data source (${url}); use setDataTable.`,
    );
  }
  setTitle(title: string): this {
    return this.opt('setTitle', 'title', String(title));
  }
  /** "Sets the dimensions for the chart" in pixels. */
  setDimensions(width: number, height: number): this {
    this.m('setDimensions');
    if (!(width > 0) || !(height > 0)) {
      throw new Error('Invalid argument: dimensions');
    }
    this.width = Math.round(width);
    this.height = Math.round(height);
    return this;
  }
  setLegendPosition(position: unknown): this {
    const p = String(position);
    if (!(POSITIONS as readonly string[]).includes(p)) {
      throw new Error(`Invalid argument: position (${p})`);
    }
    return this.opt('setLegendPosition', 'legend.position', p);
  }
  setXAxisTitle(title: string): this {
    return this.opt('setXAxisTitle', 'hAxis.title', String(title));
  }
  setYAxisTitle(title: string): this {
    return this.opt('setYAxisTitle', 'vAxis.title', String(title));
  }
  setColors(colors: string[]): this {
    return this.opt('setColors', 'colors', [...colors]);
  }
  setBackgroundColor(css: string): this {
    return this.opt('setBackgroundColor', 'backgroundColor', css);
  }
  setOption(option: string, value: unknown): this {
    return this.opt('setOption', option, value);
  }
  setRange(start: number, end: number): this {
    return this.opt('setRange', 'range', [start, end]);
  }
  setStacked(): this {
    return this.opt('setStacked', 'isStacked', true);
  }
  set3D(): this {
    return this.opt('set3D', 'is3D', true);
  }
  reverseCategories(): this {
    return this.opt('reverseCategories', 'reverseCategories', true);
  }
  reverseDirection(): this {
    return this.opt('reverseDirection', 'reverseDirection', true);
  }
  /** "Builds the chart." Stricter: a chart needs its data table. */
  build(): FakeChart {
    this.m('build');
    if (!this.table) {
      throw new Error('The chart has no data: call setDataTable() first.');
    }
    const t = this.table;
    const drawn: DrawnChart = {
      type: this.kind,
      title: String(this.options.title ?? ''),
      labels: t.rows.map(r => String(r[0] ?? '')),
      values: t.rows.map(r => (typeof r[1] === 'number' ? r[1] : null)),
      series: t.columns[1]?.label ?? '',
      width: this.width,
      height: this.height,
      options: {...this.options},
    };
    return real(new FakeChart(drawn, this.env));
  }
}

const capital = (k: string): string => k.charAt(0) + k.slice(1).toLowerCase();

/**
 * Chart (developers.google.com/apps-script/reference/charts/chart): "A Chart
 * object, which can be converted to a static image."
 */
export class FakeChart {
  private png: Buffer | null = null;
  constructor(
    readonly drawn: DrawnChart,
    private readonly env: ChartsEnv,
  ) {}
  private m(method: string): void {
    this.env.meter.call('Chart', method);
  }
  private image(): Buffer {
    if (!this.png) {
      this.png = renderChart(this.drawn);
      this.env.charts.push(this.drawn);
    }
    return this.png;
  }
  getAs(contentType: string): FakeBlob {
    this.m('getAs');
    if (contentType !== 'image/png') {
      throw new Error(
        `Converting from image/png to ${contentType} is not supported.`,
      );
    }
    return real(
      new FakeBlob(
        this.image(),
        'image/png',
        `${this.drawn.title || 'chart'}.png`,
        this.env.meter,
      ),
    );
  }
  getBlob(): FakeBlob {
    this.m('getBlob');
    return real(
      new FakeBlob(
        this.image(),
        'image/png',
        `${this.drawn.title || 'chart'}.png`,
        this.env.meter,
      ),
    );
  }
  getOptions(): {get(option: string): unknown} {
    this.m('getOptions');
    const options = {
      ...this.drawn.options,
      width: this.drawn.width,
      height: this.drawn.height,
    };
    return real({
      get: (k: string) => options[k as keyof typeof options] ?? null,
    });
  }
}

/** The builders and the ColumnType enum of the Charts global (charts.ts adds the other enums). */
export function chartBuilders(env: ChartsEnv): Record<string, unknown> {
  const builder = (kind: ChartKind) => () => {
    env.meter.call('Charts', `new${capital(kind)}Chart`);
    return real(new FakeChartBuilder(kind, env));
  };
  return {
    newAreaChart: builder('AREA'),
    newBarChart: builder('BAR'),
    newColumnChart: builder('COLUMN'),
    newLineChart: builder('LINE'),
    newPieChart: builder('PIE'),
    newScatterChart: builder('SCATTER'),
    newTableChart: builder('TABLE'),
    newDataTable: () => {
      env.meter.call('Charts', 'newDataTable');
      return real(new FakeDataTableBuilder(env));
    },
    ColumnType: Object.fromEntries(COLUMN_TYPES.map(t => [t, t])),
  };
}

// ---------------------------------------------------------------- drawing

const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Text cut to about `max` characters, with "…". */
function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
}

function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

const FONT_SIZE = 13;
const BAR = '#3366cc';

/** The chart as SVG: title, value grid, one bar per label with its value. */
export function chartSvg(c: DrawnChart): string {
  const {width: W, height: H} = c;
  const values = c.values.map(v => (v === null ? 0 : v));
  const max = Math.max(0, ...values);
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="DejaVu Sans" font-size="${FONT_SIZE}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
  ];
  const titleH = c.title ? 34 : 10;
  if (c.title) {
    parts.push(
      `<text x="${W / 2}" y="22" text-anchor="middle" font-weight="bold" font-size="14">${esc(cut(c.title, Math.floor(W / 8)))}</text>`,
    );
  }
  const n = Math.max(1, c.labels.length);
  if (c.type === 'BAR') {
    // Horizontal bars: labels on the left, values along the bottom.
    const left = Math.min(Math.round(W * 0.42), 260);
    const right = W - 40;
    const bottom = H - 40;
    const band = (bottom - titleH) / n;
    const scale = (v: number) => ((right - left) * v) / top;
    for (let g = 0; g <= top; g += step) {
      const x = left + scale(g);
      parts.push(
        `<line x1="${x}" y1="${titleH}" x2="${x}" y2="${bottom}" stroke="#dddddd"/>`,
        `<text x="${x}" y="${bottom + 16}" text-anchor="middle" fill="#444">${g}</text>`,
      );
    }
    c.labels.forEach((label, i) => {
      const y = titleH + band * i;
      const h = Math.max(2, band * 0.62);
      const w = scale(values[i]);
      parts.push(
        `<text x="${left - 8}" y="${y + band / 2 + 4}" text-anchor="end" fill="#222">${esc(cut(label, Math.floor(left / 7.2)))}</text>`,
        `<rect x="${left}" y="${y + (band - h) / 2}" width="${w}" height="${h}" fill="${BAR}"/>`,
        `<text x="${left + w + 4}" y="${y + band / 2 + 4}" fill="#222">${values[i]}</text>`,
      );
    });
    parts.push(
      `<line x1="${left}" y1="${titleH}" x2="${left}" y2="${bottom}" stroke="#666"/>`,
    );
  } else {
    // Vertical bars (column charts and the others): labels under each bar.
    const left = 48;
    const right = W - 16;
    const bottom = H - 46;
    const band = (right - left) / n;
    const scale = (v: number) => ((bottom - titleH - 16) * v) / top;
    for (let g = 0; g <= top; g += step) {
      const y = bottom - scale(g);
      parts.push(
        `<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="#dddddd"/>`,
        `<text x="${left - 6}" y="${y + 4}" text-anchor="end" fill="#444">${g}</text>`,
      );
    }
    c.labels.forEach((label, i) => {
      const x = left + band * i;
      const w = Math.max(2, band * 0.62);
      const h = scale(values[i]);
      parts.push(
        `<rect x="${x + (band - w) / 2}" y="${bottom - h}" width="${w}" height="${h}" fill="${BAR}"/>`,
        `<text x="${x + band / 2}" y="${bottom - h - 4}" text-anchor="middle" fill="#222">${values[i]}</text>`,
        `<text x="${x + band / 2}" y="${bottom + 16}" text-anchor="middle" fill="#222">${esc(cut(label, Math.max(3, Math.floor(band / 7.5))))}</text>`,
      );
    });
    parts.push(
      `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#666"/>`,
    );
  }
  if (c.series) {
    const axis = H - 4;
    parts.push(
      `<text x="${W / 2}" y="${axis}" text-anchor="middle" fill="#444" font-style="italic">${esc(c.series)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** The chart as a PNG (resvg, DejaVu Sans: the same bytes on every machine). */
export function renderChart(c: DrawnChart): Buffer {
  const resvg = new Resvg(chartSvg(c), {
    font: {
      fontFiles: [FONT],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return Buffer.from(resvg.render().asPng());
}
