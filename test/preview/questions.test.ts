// How the bundle's alerts, questions and toasts reach the page: a YES/NO question stops the action (nothing
// written), the page asks the user, and the action runs again with the answer; plain alerts come back as
// messages; an answered question is not repeated as a message.
import { trimGrid } from '../helpers/grid';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview } from '../../preview/server';
import { ensureBuilt } from '../helpers/bundle';

let preview: Awaited<ReturnType<typeof startPreview>>;
const menu = async (functionName: string, answers?: string[]) =>
  (await fetch(`${preview.url}api/menu`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ functionName, answers }) })).json();
const rows = async (sheet: string) => trimGrid((await (await fetch(`${preview.url}api/sheet?name=${encodeURIComponent(sheet)}&count=1000`)).json()).rows as string[][]);

beforeAll(async () => {
  ensureBuilt();
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-q-')), 'workbook.json');
  preview = await startPreview({ port: 0, stateFile, distDir: path.resolve(__dirname, '../../dist') });
});
afterAll(() => preview.close());

test('an alert the add-on shows comes back as a message for the page', async () => {
  const result = await menu('refreshSegmentSummary');
  expect(result.alerts).toHaveLength(1);
  expect(result.alerts[0].message).toMatch(/Accounts/);
  expect(result.alerts[0].buttons).toBe('OK');
});

test('a question stops the action until the page answers; NO writes nothing, YES runs it, and the answered question is not repeated', async () => {
  await menu('createIcpWorksheet');
  const asked = await menu('insertSampleAccountsFromMenu');
  expect(asked).toEqual({ question: expect.objectContaining({ buttons: 'YES_NO', message: expect.stringContaining('200 sample accounts') }) });
  const declined = await menu('insertSampleAccountsFromMenu', ['NO']);
  expect(declined.alerts).toEqual([]);
  expect(declined.toasts).toEqual([]);
  expect(await rows('Accounts')).toHaveLength(1);
  const accepted = await menu('insertSampleAccountsFromMenu', ['YES']);
  expect(accepted.alerts).toEqual([]);
  expect(accepted.toasts.map((t: { message: string }) => t.message)).toEqual(['Added 200 sample accounts from row 2.']);
  expect(await rows('Accounts')).toHaveLength(201);
});
