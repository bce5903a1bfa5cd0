// `npm start` (after the build): the local preview. It bundles preview/server.ts with esbuild and serves
// the real dist/Code.js and dist/Sidebar.html over the in-memory spreadsheet on 127.0.0.1.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function loadPreview() {
  const outfile = path.join(root, '.preview/server.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'preview/server.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', outfile, logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startPreview } = await loadPreview();
  const port = process.env.PORT ? Number(process.env.PORT) : 8787;
  const preview = await startPreview({ port, stateFile: path.join(root, '.preview/workbook.json'), distDir: path.join(root, 'dist') });
  console.log(`ICP Toolkit preview: ${preview.url}  (Ctrl+C to stop; the workbook is kept in .preview/workbook.json)`);
}
