// The local preview served from the built bundle, and a headless Chromium, for the tests of one file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startPreview } from '../../../preview/server';
import { ensureBuilt } from '../../helpers/bundle';
import { launch } from './chromium';

export interface PreviewSession {
  browser: Browser;
  preview: Awaited<ReturnType<typeof startPreview>>;
  /** A folder of this file's own (the kept workbook, files to open and saved ones). */
  tmp: string;
}

/** Starts both before the file's tests and stops them after; the fields are set once they run. */
export function servePreview(prefix: string): PreviewSession {
  const session = { tmp: fs.mkdtempSync(path.join(os.tmpdir(), prefix)) } as PreviewSession;
  beforeAll(async () => {
    ensureBuilt();
    session.preview = await startPreview({ port: 0, stateFile: path.join(session.tmp, 'workbook.json'), distDir: path.resolve(__dirname, '../../../dist') });
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.preview?.close();
  });
  return session;
}
