// The whole workbook as JSON (the preview keeps it in a file): everything comes back.
import { createEmulation } from '../../emulation';

/** EmbeddedChart.getType is the emulation's addition (the typings have no getter for the chart type). */
const chartType = (chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) => (chart as unknown as { getType(): string }).getType();

test('toJSON / createEmulation({ workbook }) keep cells, formats, validation, metadata, charts, properties', () => {
  const emu = createEmulation({ locale: 'ro_RO', timeZone: 'Europe/Bucharest' });
  const { SpreadsheetApp, PropertiesService } = emu.globals;
  const ss = emu.spreadsheet;
  const sheet = ss.insertSheet('Accounts');
  sheet.getRange('A1:D2').setValues([['Account', 1.5, new Date(Date.UTC(2024, 1, 29)), true], ['=SUM(1)', "'007", '', 'x']]);
  sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#cfe2f3');
  sheet.getRange('B2').setNumberFormat('@');
  sheet.getRange('D2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['x', 'y'], false).setAllowInvalid(false).setHelpText('x or y').build());
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(1);
  sheet.setColumnWidth(1, 200);
  sheet.setTabColor('#00ff00');
  sheet.hideColumns(3);
  sheet.insertRowsAfter(1000, 500);
  sheet.addDeveloperMetadata('icp-toolkit.role', 'accounts');
  ss.addDeveloperMetadata('icp-toolkit.version', '1');
  sheet.insertChart(sheet.newChart().asBarChart().addRange(sheet.getRange('A1:B2')).setPosition(5, 2, 0, 0).setOption('title', 'T').build());
  PropertiesService.getDocumentProperties().setProperty('dimensions', '["Industry"]');
  ss.setActiveSheet(sheet);

  const copy = createEmulation({ workbook: JSON.parse(JSON.stringify(emu.toJSON())) });
  const restored = copy.spreadsheet.getSheetByName('Accounts')!;
  expect(copy.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Accounts']);
  expect([copy.spreadsheet.getActiveSheet().getName(), copy.spreadsheet.getSpreadsheetLocale(), copy.spreadsheet.getSpreadsheetTimeZone()]).toEqual(['Accounts', 'ro_RO', 'Europe/Bucharest']);
  expect(restored.getRange('A1:D2').getValues()).toEqual([['Account', 1.5, new Date(Date.UTC(2024, 1, 29)), true], ['', '007', '', 'x']]);
  expect(restored.getRange('A2').getFormula()).toBe('=SUM(1)');
  expect([restored.getRange('A1').getFontWeight(), restored.getRange('D1').getBackground(), restored.getRange('A2').getFontWeight(), restored.getRange('B2').getNumberFormat()]).toEqual(['bold', '#cfe2f3', 'normal', '@']);
  const rule = restored.getRange('D2').getDataValidation()!;
  expect([String(rule.getCriteriaType()), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()]).toEqual(['VALUE_IN_LIST', [['x', 'y'], false], false, 'x or y']);
  expect([restored.getFrozenRows(), restored.getFrozenColumns(), restored.getColumnWidth(1), restored.getTabColor(), restored.isColumnHiddenByUser(3), restored.getMaxRows()]).toEqual([1, 1, 200, '#00ff00', true, 1500]);
  expect(copy.spreadsheet.createDeveloperMetadataFinder().withKey('icp-toolkit.role').find().map((m) => m.getLocation().getSheet()!.getName())).toEqual(['Accounts']);
  expect(copy.spreadsheet.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['1']);
  const [chart] = restored.getCharts();
  expect([chartType(chart), chart.getRanges().map((r) => r.getA1Notation()), chart.getOptions().get('title'), chart.getContainerInfo().getAnchorRow()]).toEqual(['BAR', ['A1:B2'], 'T', 5]);
  expect(copy.globals.PropertiesService.getDocumentProperties().getProperty('dimensions')).toBe('["Industry"]');
  // The copy is independent of the original.
  restored.getRange('A1').setValue('changed');
  expect(sheet.getRange('A1').getValue()).toBe('Account');
});
