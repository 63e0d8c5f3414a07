/**
 * Scopes of the Charts service: none. Google's reference pages for Charts,
 * DataTable, DataTableBuilder, Chart and the chart builders list no
 * "Authorization" section: the service draws from data the script already
 * holds. One row per method the emulator implements, with its page. How rows
 * are read and checked: ../core/scopes.ts.
 * Reference: https://developers.google.com/apps-script/reference/charts
 */
import {rowsOf, type ScopeTable} from '../core/scopes';

const BUILDER_METHODS = {
  build: 'build()',
  setDataTable: 'setDataTable(DataTableBuilder)',
  setDataSourceUrl: 'setDataSourceUrl(String)',
  setTitle: 'setTitle(String)',
  setDimensions: 'setDimensions(Integer,Integer)',
  setLegendPosition: 'setLegendPosition(Position)',
  setXAxisTitle: 'setXAxisTitle(String)',
  setYAxisTitle: 'setYAxisTitle(String)',
  setColors: 'setColors(String)',
  setBackgroundColor: 'setBackgroundColor(String)',
  setOption: 'setOption(String,Object)',
  setRange: 'setRange(Number,Number)',
  setStacked: 'setStacked()',
  set3D: 'set3D()',
  reverseCategories: 'reverseCategories()',
  reverseDirection: 'reverseDirection()',
};

const BUILDERS = [
  ['AreaChartBuilder', 'area-chart-builder'],
  ['BarChartBuilder', 'bar-chart-builder'],
  ['ColumnChartBuilder', 'column-chart-builder'],
  ['LineChartBuilder', 'line-chart-builder'],
  ['PieChartBuilder', 'pie-chart-builder'],
  ['ScatterChartBuilder', 'scatter-chart-builder'],
  ['TableChartBuilder', 'table-chart-builder'],
] as const;

export const CHARTS_SCOPES: ScopeTable = {
  ...rowsOf('Charts', 'charts/charts', [], {
    newAreaChart: 'newAreaChart()',
    newBarChart: 'newBarChart()',
    newColumnChart: 'newColumnChart()',
    newLineChart: 'newLineChart()',
    newPieChart: 'newPieChart()',
    newScatterChart: 'newScatterChart()',
    newTableChart: 'newTableChart()',
    newDataTable: 'newDataTable()',
  }),
  ...rowsOf('DataTableBuilder', 'charts/data-table-builder', [], {
    addColumn: 'addColumn(ColumnType,String)',
    addRow: 'addRow(Object)',
    setValue: 'setValue(Integer,Integer,Object)',
    build: 'build()',
  }),
  ...rowsOf('DataTable', 'charts/data-table', [], {
    getNumberOfColumns: 'getNumberOfColumns()',
    getNumberOfRows: 'getNumberOfRows()',
    getColumnLabel: 'getColumnLabel(Integer)',
    getColumnType: 'getColumnType(Integer)',
    getValue: 'getValue(Integer,Integer)',
  }),
  ...rowsOf('Chart', 'charts/chart', [], {
    getAs: 'getAs(String)',
    getBlob: 'getBlob()',
    getOptions: 'getOptions()',
  }),
  ...Object.assign(
    {},
    ...BUILDERS.map(([cls, page]) =>
      rowsOf(cls, `charts/${page}`, [], BUILDER_METHODS),
    ),
  ),
};
