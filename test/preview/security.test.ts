// The preview listens on 127.0.0.1 and answers only its own page: another site's page cannot run menu
// actions or empty the workbook (cross-site requests), nor read it through a rebound DNS name.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startPreview } from '../../preview/server';
import { BusyError, WorkQueue } from '../../preview/queue';
import { ensureBuilt } from '../helpers/bundle';

let preview: Awaited<ReturnType<typeof startPreview>>;
let port: number;

beforeAll(async () => {
  ensureBuilt();
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-sec-')), 'workbook.json');
  preview = await startPreview({ port: 0, stateFile, distDir: path.resolve(__dirname, '../../dist') });
  port = Number(new URL(preview.url).port);
});
afterAll(() => preview.close());

function request(method: string, route: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: route, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('the server listens on the loopback address only', () => {
  expect(preview.server.address()).toMatchObject({ address: '127.0.0.1' });
});

test("its own page's requests are answered, with localhost or 127.0.0.1 in the address bar", async () => {
  const own = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' };
  expect((await request('POST', '/api/run', own, JSON.stringify({ name: 'guideLoad', args: [] }))).status).toBe(200);
  expect((await request('GET', '/api/state', { host: `localhost:${port}` })).status).toBe(200);
});

test("another site's page cannot run menu actions, call the add-on or empty the workbook", async () => {
  const before = await request('GET', '/api/state', { host: `127.0.0.1:${port}` });
  const evil = { host: `127.0.0.1:${port}`, origin: 'https://evil.example', 'content-type': 'text/plain' };
  for (const [route, body] of [['/api/menu', '{"functionName":"createIcpWorksheet"}'], ['/api/run', '{"name":"guideLoad","args":[]}'], ['/api/reset', ''], ['/api/cell', '{"sheet":"Sheet1","row":1,"column":1,"value":"x"}']]) {
    const response = await request('POST', route, evil, body);
    expect({ route, status: response.status }).toEqual({ route, status: 403 });
    expect(JSON.parse(response.text).error).toBe('The preview only answers its own page on this computer.');
  }
  expect(await request('GET', '/api/state', { host: `127.0.0.1:${port}` })).toEqual(before);
});

test('a page reaching the server under another host name (DNS rebinding) is refused', async () => {
  for (const route of ['/', '/api/state', '/api/export', '/sidebar']) {
    expect((await request('GET', route, { host: `attacker.example:${port}` })).status).toBe(403);
  }
});

test('no other site may frame any page of the preview', async () => {
  for (const route of ['/', '/sidebar', '/api/state']) {
    const response = await fetch(`${preview.url}${route.slice(1)}`);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
  }
});

test("another site's page cannot read or download the workbook, even with a simple GET (Sec-Fetch-Site)", async () => {
  for (const route of ['/api/export', '/api/sheet?name=Sheet1', '/api/state', '/sidebar', '/']) {
    for (const site of ['cross-site', 'same-site']) {
      const response = await request('GET', route, { host: `127.0.0.1:${port}`, 'sec-fetch-site': site });
      expect({ route, site, status: response.status }).toEqual({ route, site, status: 403 });
    }
  }
  // The page itself, typed into the address bar, opens; its own requests are answered.
  expect((await request('GET', '/', { host: `127.0.0.1:${port}`, 'sec-fetch-site': 'none' })).status).toBe(200);
  expect((await request('GET', '/api/export', { host: `127.0.0.1:${port}`, 'sec-fetch-site': 'none' })).status).toBe(403);
  expect((await request('GET', '/api/export', { host: `127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
});

test("heavy work runs one request at a time; past the queue's limit a request is answered busy at once", async () => {
  const queue = new WorkQueue(2);
  const order: string[] = [];
  let release!: () => void;
  const first = queue.run(() => new Promise<void>((resolve) => { order.push('first starts'); release = resolve; }));
  const second = queue.run(() => { order.push('second runs'); });
  await expect(queue.run(() => order.push('third runs'))).rejects.toThrow(new BusyError());
  await new Promise((resolve) => setImmediate(resolve));
  expect(order).toEqual(['first starts']); // the second waits for the first
  release();
  await Promise.all([first, second]);
  expect(order).toEqual(['first starts', 'second runs']);
  await queue.run(() => order.push('later runs'));
  expect(order.at(-1)).toBe('later runs');
});
