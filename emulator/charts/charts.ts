/**
 * The Charts global: the enums the add-on reads (chart types, legend
 * positions, merge and hidden-dimension strategies). Charts themselves are
 * built through the spreadsheet's EmbeddedChartBuilder
 * (../spreadsheet/embedded-chart.ts).
 * Reference: https://developers.google.com/apps-script/reference/charts/charts
 */

import {chartBuilders, type ChartsEnv} from './chart-builders';

/** The `Charts` global (a fresh object for each workspace). */
export function createCharts(env: ChartsEnv) {
  return {
    ...chartBuilders(env),
    ChartType: Object.fromEntries(
      [
        'AREA',
        'BAR',
        'COLUMN',
        'LINE',
        'PIE',
        'SCATTER',
        'TABLE',
        'COMBO',
        'HISTOGRAM',
        'BUBBLE',
        'CANDLESTICK',
        'GEO',
        'ORG',
        'SPARKLINE',
        'STEPPED_AREA',
        'TIMELINE',
        'TREEMAP',
      ].map(n => [n, n]),
    ),
    Position: {
      TOP: 'TOP',
      BOTTOM: 'BOTTOM',
      RIGHT: 'RIGHT',
      NONE: 'NONE',
      LEFT: 'LEFT',
      IN: 'IN',
    },
    ChartMergeStrategy: {
      MERGE_COLUMNS: 'MERGE_COLUMNS',
      MERGE_ROWS: 'MERGE_ROWS',
    },
    ChartHiddenDimensionStrategy: {
      IGNORE_BOTH: 'IGNORE_BOTH',
      IGNORE_ROWS: 'IGNORE_ROWS',
      IGNORE_COLUMNS: 'IGNORE_COLUMNS',
      SHOW_BOTH: 'SHOW_BOTH',
    },
  };
}
