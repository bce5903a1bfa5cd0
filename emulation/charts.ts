// What an embedded chart shows, as plain data, for tests and the preview: its type, the category range,
// each series with its values and the axis Sheets draws it against.
//
// Sheets honours a series' `targetAxisIndex: 1` (a second value axis, on the right) only where the value
// axis is vertical: column, line, area and combo charts. A bar chart's value axis is the horizontal one,
// and Sheets has no second horizontal value axis (the Sheets API's BasicChartAxisPosition offers
// BOTTOM_AXIS, LEFT_AXIS and RIGHT_AXIS; a series may only target its chart's value axis), so every
// series of a bar chart shares the bottom axis and the option is ignored.
import type { CellValue } from './cells';
import type { EmbeddedChart } from './sheet';

export type ChartAxis = 'left' | 'right' | 'bottom';

export interface ChartSeriesView {
  /** The header cell of the series' range (numHeaders 1), or '' without one. */
  name: string;
  /** The series' cells without the header, e.g. `'Segment Summary'!C6:C9`. */
  range: string;
  values: CellValue[];
  axis: ChartAxis;
}

export interface ChartView {
  id: number;
  sheet: string;
  /** `Charts.ChartType` name: `COLUMN`, `BAR`, `LINE`, `COMBO`… */
  type: string;
  title: string;
  /** Top-left cell the chart is anchored at, 1-based. */
  anchor: { row: number; column: number };
  /** The categories (the first range), without the header. */
  categories: { name: string; range: string; values: CellValue[] };
  series: ChartSeriesView[];
  /** Options Sheets does not apply to this chart type, e.g. `series.1.targetAxisIndex` on a bar chart. */
  ignoredOptions: string[];
}

const VERTICAL_VALUE_AXIS = new Set(['COLUMN', 'LINE', 'AREA', 'COMBO', 'STEPPED_AREA']);

const quoted = (name: string) => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** One chart as Sheets would draw it (values read now, uncounted). */
export function describeChart(chart: EmbeddedChart): ChartView {
  const { spec } = chart;
  const headers = Number(spec.options.numHeaders ?? 0) > 0 ? 1 : 0;
  const columns = spec.ranges.map((range) => {
    const values = range.getValues().map((row) => row[0]);
    const body = range.getSheet().getRange(range.getRow() + headers, range.getColumn(), Math.max(1, range.getNumRows() - headers), 1);
    return { name: headers ? String(values[0] ?? '') : '', range: `${quoted(range.getSheet().getName())}!${body.getA1Notation()}`, values: values.slice(headers) };
  });
  const [categories = { name: '', range: '', values: [] }, ...data] = columns;
  const seriesOptions = (spec.options.series ?? {}) as Record<string, { targetAxisIndex?: number } | undefined>;
  const vertical = VERTICAL_VALUE_AXIS.has(spec.type);
  const ignoredOptions: string[] = [];
  const series = data.map((column, index): ChartSeriesView => {
    const target = seriesOptions[index]?.targetAxisIndex ?? 0;
    if (target !== 0 && !vertical) ignoredOptions.push(`series.${index}.targetAxisIndex`);
    const axis: ChartAxis = !vertical ? 'bottom' : target === 1 ? 'right' : 'left';
    return { ...column, axis };
  });
  return {
    id: chart.id, sheet: spec.sheet.getName(), type: spec.type, title: String(spec.options.title ?? ''),
    anchor: { row: spec.position[0], column: spec.position[1] }, categories, series, ignoredOptions,
  };
}
