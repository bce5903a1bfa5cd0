// Debian's Chromium driven by playwright-core, with the flags this machine's closed network needs.
import { chromium, type Browser } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const ARTIFACTS = path.resolve(__dirname, '../../artifacts');

export function launch(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
