// Bundles a TypeScript entry with esbuild into a temporary ES module and imports it.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `replace` maps a source file (relative to the repository) to the text bundled in its place, to time a variant. */
export async function loadTs(entry, { replace = {} } = {}) {
  const replaced = new Map(Object.entries(replace).map(([file, text]) => [path.join(root, file), text]));
  const plugins = replaced.size ? [{
    name: 'replace',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => (replaced.has(args.path) ? { contents: replaced.get(args.path), loader: 'ts' } : undefined));
    },
  }] : [];
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)], bundle: true, format: 'esm', platform: 'node', write: false, target: 'node20', plugins,
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-bench-')), 'module.mjs');
  fs.writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

/** The sample generator's seeded random numbers, so benchmarks measure the same data every run. */
export const { seededRandom: seeded } = await loadTs('src/core/sample.ts');
