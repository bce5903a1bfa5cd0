// The summary's chart through the real bundle, as Sheets would draw it (emulation/charts.ts).
import { createEmulation } from '../../emulation';
import { describeChart } from '../../emulation/charts';
import { loadBundle } from '../helpers/bundle';

test('CLV and LTV:CAC each get their own vertical axis, so the ratio is visible beside money', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  ctx.insertSampleAccountsFromMenu();
  ctx.refreshSegmentSummary();
  const [chart] = emu.charts('Segment Summary');
  // Before: a BAR chart, whose second axis Sheets ignores, so LTV:CAC shared the CLV axis.
  expect(chart.type).toBe('COLUMN');
  expect(chart.ignoredOptions).toEqual([]);
  expect(chart.title).toBe('CLV and LTV:CAC by segment');
  expect(chart.series.map((s) => [s.name, s.axis])).toEqual([['CLV', 'left'], ['LTV:CAC', 'right']]);
  const table = emu.sheetValues('Segment Summary');
  const header = table.findIndex((row) => row[0] === 'Segment');
  const total = table.findIndex((row) => row[0] === 'Total');
  // Categories are the segment names of the table, without the Total row.
  expect(chart.categories.values).toEqual(table.slice(header + 1, total).map((row) => row[0]));
  expect(chart.series[1].values).toEqual(table.slice(header + 1, total).map((row) => row[table[header].indexOf('LTV:CAC')]));
  expect(chart.anchor).toEqual({ row: header + 1, column: table[header].length + 2 });

  // A second refresh updates the same chart rather than adding one; the trend of the two snapshots joins it,
  // and a third refresh updates both.
  ctx.refreshSegmentSummary();
  const [, trend] = emu.charts('Segment Summary');
  ctx.refreshSegmentSummary();
  expect(emu.charts('Segment Summary').map((c) => [c.id, c.type, c.title])).toEqual([
    [chart.id, 'COLUMN', 'CLV and LTV:CAC by segment'], [trend.id, 'LINE', 'LTV:CAC of the top segments over time'],
  ]);
});

test('the emulation follows Sheets: a bar chart draws every series on the bottom axis and ignores targetAxisIndex', () => {
  const emu = createEmulation();
  emu.setSheetValues('Data', [['Segment', 'CLV', 'LTV:CAC'], ['SaaS', 4000, 3], ['Retail', 900, 1.2]]);
  const sheet = emu.workbook.sheetNamed('Data')!;
  const bar = sheet.newChart().setChartType('BAR').addRange(sheet.getRange('A1:A3')).addRange(sheet.getRange('B1:B3')).addRange(sheet.getRange('C1:C3'))
    .setNumHeaders(1).setOption('series', { 1: { targetAxisIndex: 1 } }).build();
  const view = describeChart(bar);
  expect(view.series.map((s) => s.axis)).toEqual(['bottom', 'bottom']);
  expect(view.ignoredOptions).toEqual(['series.1.targetAxisIndex']);
  expect(view.categories).toEqual({ name: 'Segment', range: 'Data!A2:A3', values: ['SaaS', 'Retail'] });
  expect(view.series[1]).toEqual({ name: 'LTV:CAC', range: 'Data!C2:C3', values: [3, 1.2], axis: 'bottom' });
  const column = describeChart(bar.modify().setChartType('COLUMN').build());
  expect(column.series.map((s) => s.axis)).toEqual(['left', 'right']);
});
