// `npm run score` / `npm run sql`: bundles src/cli (TypeScript) for Node with esbuild, then runs it.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'node_modules/.cache/icp-toolkit/cli.mjs');
fs.mkdirSync(path.dirname(out), { recursive: true });
await esbuild.build({
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning',
  // The native DuckDB bindings load from node_modules at run time.
  external: ['@duckdb/node-api'],
});
const { main } = await import(pathToFileURL(out).href);
process.exitCode = await main(process.argv.slice(2));
