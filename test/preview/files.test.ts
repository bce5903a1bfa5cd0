// Reading CSV and .xlsx files for the preview: typed like Sheets' import, and fast enough for the 10 MB limit.
import ExcelJS from 'exceljs';
import { FileError, csvValue, readFile } from '../../preview/files';

test('CSV fields are typed like an import into Sheets', () => {
  expect(csvValue('')).toBeNull();
  expect(csvValue('  ')).toBeNull();
  expect(csvValue('42')).toBe(42);
  expect(csvValue('-0.5')).toBe(-0.5);
  expect(csvValue('1e3')).toBe(1000);
  expect(csvValue('2024-03-01')).toEqual(new Date(Date.UTC(2024, 2, 1)));
  expect(csvValue('2024-03-01T09:30:00Z')).toEqual(new Date(Date.UTC(2024, 2, 1, 9, 30)));
  expect(csvValue('2024-02-30')).toBe('2024-02-30'); // not a day: stays text
  expect(csvValue('TRUE')).toBe(true);
  expect(csvValue('false')).toBe(false);
  // Left as text here; the emulation's setValues makes `1,200` and `80%` numbers, as Sheets does.
  expect(csvValue('1,200')).toBe('1,200');
  expect(csvValue('HubSpot, Slack')).toBe('HubSpot, Slack');
  expect(csvValue('#N/A')).toBe('#N/A');
  expect(csvValue('Infinity')).toBe('Infinity');
});

test('a CSV with quoted fields, blanks and dates reads as one sheet named after the file', async () => {
  const csv = 'Account,Tech stack,Employees,Start date,Active\n"Acme, Inc.","HubSpot, Slack",120,2024-03-01,TRUE\nBeta,,,,\n';
  const [sheet, ...rest] = await readFile('crm export.csv', Buffer.from(csv));
  expect(rest).toEqual([]);
  expect(sheet.name).toBe('crm export');
  expect(sheet.rows).toEqual([
    ['Account', 'Tech stack', 'Employees', 'Start date', 'Active'],
    ['Acme, Inc.', 'HubSpot, Slack', 120, new Date(Date.UTC(2024, 2, 1)), true],
    ['Beta', '', '', '', ''],
  ]);
});

test('a CSV close to the 10 MB limit opens in seconds', async () => {
  const lines = ['Account,Industry,Employees,Annual revenue,Tech stack,MRR,Start date'];
  let size = 0;
  for (let i = 0; size < 9.5 * 1024 * 1024; i++) {
    const line = `Account ${i},SaaS,${i % 5000},${i * 1000},"HubSpot, Slack",${i % 900},2024-01-05`;
    lines.push(line);
    size += line.length + 1;
  }
  const started = Date.now();
  const [sheet] = await readFile('big.csv', Buffer.from(lines.join('\n')));
  expect(sheet.rows).toHaveLength(lines.length);
  expect(Date.now() - started).toBeLessThan(30_000); // exceljs' default typing took over 75 s for 6 MB
}, 60_000);

test('an .xlsx keeps its formulas, values and number formats', async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Accounts');
  ws.getCell('A1').value = 'MRR';
  ws.getCell('A2').value = 0.25;
  ws.getCell('A2').numFmt = '0%';
  ws.getCell('A3').value = { formula: 'SUM(A2:A2)', result: 0.25 } as ExcelJS.CellFormulaValue;
  const [sheet] = await readFile('book.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
  expect(sheet.rows).toEqual([['MRR'], [0.25], [{ formula: '=SUM(A2:A2)' }]]);
  expect(sheet.formats[1]?.[0]).toBe('0%');
});

test('files that cannot be used say why', async () => {
  await expect(readFile('notes.txt', Buffer.from('x'))).rejects.toThrow(new FileError('notes.txt is not a .xlsx or .csv file.'));
  await expect(readFile('empty.csv', Buffer.from('\n\n'))).rejects.toThrow('empty.csv has no data.');
  await expect(readFile('big.xlsx', Buffer.alloc(100 * 1024 * 1024 + 1))).rejects.toThrow('big.xlsx is 100.0 MB; the preview opens files up to 100.0 MB.');
});
