// `node scripts/start.mjs` as `npm start` runs it (after the build): prints its URL, takes PORT, keeps the
// workbook where PREVIEW_WORKBOOK says, stops on a signal, and says clearly when it cannot start.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseKept } from '../../preview/store';
import { ensureBuilt } from '../helpers/bundle';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-start-'));

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env: { ...process.env, ...env } });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor<T>(check: () => T | undefined, ms = 30_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const value = check();
    if (value !== undefined) return value;
  }
  throw new Error('timed out');
}

beforeAll(() => ensureBuilt());

test('prints its URL on 127.0.0.1 at the PORT asked for, serves the preview, and stops on SIGTERM', async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const stateFile = path.join(tmp, 'mine.json');
  const run = start({ PORT: String(port), PREVIEW_WORKBOOK: stateFile });
  try {
    const url = await waitFor(() => /ICP Toolkit preview: (http:\S+)/.exec(run.output())?.[1]);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    expect(run.output()).toContain(`the workbook is kept in ${stateFile}`);
    const state = await (await fetch(`${url}api/state`)).json();
    expect(state.sheets).toEqual(['Sheet1']);
    await fetch(`${url}api/menu`, { method: 'POST', body: JSON.stringify({ functionName: 'createIcpWorksheet' }) });
  } finally {
    run.child.kill('SIGTERM');
  }
  expect(await run.exited).toBe(0);
  // Written shortly after the change, and at the latest when the preview stops.
  expect(parseKept(fs.readFileSync(stateFile)).json.sheets.length).toBeGreaterThan(1);
});

test('a PORT that is not a number stops with a message', async () => {
  const run = start({ PORT: 'eighty', PREVIEW_WORKBOOK: path.join(tmp, 'x.json') });
  expect(await run.exited).toBe(1);
  expect(run.output().trim()).toBe('PORT=eighty is not a port number (0–65535).');
});

test('a port already in use stops with a message that says what to do', async () => {
  const busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const { port } = busy.address() as net.AddressInfo;
  try {
    const run = start({ PORT: String(port), PREVIEW_WORKBOOK: path.join(tmp, 'y.json') });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Port ${port} is in use (another preview?). Stop it, or start on another port: PORT=8788 npm start`);
  } finally {
    busy.close();
  }
});
