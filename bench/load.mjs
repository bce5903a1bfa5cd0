// Bundles a TypeScript entry with esbuild into a temporary ES module and imports it.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function loadTs(entry) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)], bundle: true, format: 'esm', platform: 'node', write: false, target: 'node20',
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-bench-')), 'module.mjs');
  fs.writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
