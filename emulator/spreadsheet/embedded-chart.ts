/**
 * Embedded charts and their builder.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
import {FakeBlob} from '../base/blob';
import {real} from '../core/cast';
import {rectA1} from './a1';
import {meter} from './metering';
import type {FakeRange} from './range';
import type {FakeSheet} from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The smallest valid PNG (1×1 transparent pixel): what chart.getAs returns. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export class FakeEmbeddedChart implements Pick<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  | 'getAs'
  | 'getBlob'
  | 'getChartId'
  | 'getRanges'
  | 'getContainerInfo'
  | 'modify'
  | 'getOptions'
> {
  chartId = '';
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly position: {
      row: number;
      column: number;
      offsetX: number;
      offsetY: number;
    },
    readonly options: Record<string, unknown>,
  ) {}
  private m(method: string): void {
    meter(this.sheet.parent, 'EmbeddedChart', method);
  }
  title(): string | null {
    const t = this.options.title;
    return typeof t === 'string' ? t : null;
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.m('getAs');
    if (contentType !== 'image/png') {
      throw new Error(
        `Converting from image/png to ${contentType} is not supported.`,
      );
    }
    return real(
      new FakeBlob(
        PNG_1X1,
        'image/png',
        `${this.title() ?? 'chart'}.png`,
        this.sheet.parent.env.meter,
      ),
    );
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.m('getBlob');
    return real(
      new FakeBlob(
        PNG_1X1,
        'image/png',
        `${this.title() ?? 'chart'}.png`,
        this.sheet.parent.env.meter,
      ),
    );
  }
  getChartId(): number | null {
    this.m('getChartId');
    return this.chartId ? Number(this.chartId.replace(/\D/g, '')) : null;
  }
  getId(): string | null {
    this.m('getId');
    return this.chartId || null;
  }
  getRanges(): Range[] {
    this.m('getRanges');
    return this.ranges.map(r => real<Range>(r));
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.m('getContainerInfo');
    const p = this.position;
    return real({
      getAnchorColumn: () => p.column,
      getAnchorRow: () => p.row,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    });
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.m('getOptions');
    return real({get: (k: string) => this.options[k] ?? null});
  }
  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.m('modify');
    return real(new FakeEmbeddedChartBuilder(this.sheet, this));
  }
}

/**
 * EmbeddedChartBuilder and its typed variants (asBarChart() … return the same
 * builder; the variant setters record options: setTitle → options.title, …).
 */
export class FakeEmbeddedChartBuilder {
  private type = 'BAR';
  private ranges: FakeRange[] = [];
  private position = {row: 1, column: 1, offsetX: 0, offsetY: 0};
  private options: Record<string, unknown> = {};
  constructor(
    readonly sheet: FakeSheet,
    private readonly from: FakeEmbeddedChart | null,
  ) {
    if (from) {
      this.type = from.type;
      this.ranges = [...from.ranges];
      this.position = {...from.position};
      this.options = {...from.options};
    }
  }
  private m(method: string): this {
    meter(this.sheet.parent, 'EmbeddedChartBuilder', method);
    return this;
  }
  private as(type: string, method: string): this {
    this.m(method);
    this.type = type;
    return this;
  }
  addRange(range: Range): this {
    this.m('addRange');
    this.ranges.push(range as unknown as FakeRange);
    return this;
  }
  removeRange(range: Range): this {
    this.m('removeRange');
    const r = range as unknown as FakeRange;
    this.ranges = this.ranges.filter(
      x => x.a1() !== r.a1() || x.sheet !== r.sheet,
    );
    return this;
  }
  clearRanges(): this {
    this.m('clearRanges');
    this.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    this.m('getRanges');
    return this.ranges.map(r => real<Range>(r));
  }
  setChartType(type: unknown): this {
    this.m('setChartType');
    this.type = String(type);
    return this;
  }
  getChartType(): unknown {
    this.m('getChartType');
    return this.type;
  }
  asAreaChart(): this {
    return this.as('AREA', 'asAreaChart');
  }
  asBarChart(): this {
    return this.as('BAR', 'asBarChart');
  }
  asColumnChart(): this {
    return this.as('COLUMN', 'asColumnChart');
  }
  asLineChart(): this {
    return this.as('LINE', 'asLineChart');
  }
  asPieChart(): this {
    return this.as('PIE', 'asPieChart');
  }
  asScatterChart(): this {
    return this.as('SCATTER', 'asScatterChart');
  }
  asTableChart(): this {
    return this.as('TABLE', 'asTableChart');
  }
  asHistogramChart(): this {
    return this.as('HISTOGRAM', 'asHistogramChart');
  }
  asComboChart(): this {
    return this.as('COMBO', 'asComboChart');
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): this {
    this.m('setPosition');
    this.position = {row: anchorRowPos, column: anchorColPos, offsetX, offsetY};
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.m('setOption');
    this.options[option] = value;
    return this;
  }
  private opt(method: string, key: string, value: unknown): this {
    this.m(method);
    this.options[key] = value;
    return this;
  }
  setTitle(title: string): this {
    return this.opt('setTitle', 'title', title);
  }
  setLegendPosition(position: unknown): this {
    return this.opt('setLegendPosition', 'legend.position', String(position));
  }
  setColors(colors: string[]): this {
    return this.opt('setColors', 'colors', colors);
  }
  setStacked(): this {
    return this.opt('setStacked', 'isStacked', true);
  }
  setXAxisTitle(title: string): this {
    return this.opt('setXAxisTitle', 'hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.opt('setYAxisTitle', 'vAxis.title', title);
  }
  set3D(): this {
    return this.opt('set3D', 'is3D', true);
  }
  setNumHeaders(headers: number): this {
    return this.opt('setNumHeaders', 'numHeaders', headers);
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.opt('setTransposeRowsAndColumns', 'transpose', transpose);
  }
  setMergeStrategy(strategy: unknown): this {
    return this.opt('setMergeStrategy', 'mergeStrategy', String(strategy));
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    return this.opt(
      'setHiddenDimensionStrategy',
      'hiddenDimensionStrategy',
      String(strategy),
    );
  }
  setDimensions(width: number, height: number): this {
    this.m('setDimensions');
    this.options.width = width;
    this.options.height = height;
    return this;
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    this.m('build');
    const chart = new FakeEmbeddedChart(
      this.sheet,
      this.type,
      [...this.ranges],
      {...this.position},
      {
        ...this.options,
      },
    );
    if (this.from) chart.chartId = this.from.chartId;
    return real(chart);
  }
  /** a1 of the ranges, for dumps. */
  static rangesA1(ranges: FakeRange[]): string[] {
    return ranges.map(r => rectA1(r.rect()));
  }
}
