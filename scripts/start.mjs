// `npm start` (after the build): the local preview. It bundles preview/server.ts with esbuild and serves
// the real dist/Code.js and dist/Sidebar.html over the in-memory spreadsheet on 127.0.0.1.
// PORT picks the port (default 8787; 0 = any free one); PREVIEW_WORKBOOK the file the workbook is kept in.
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

/** The port from PORT: a whole number 0–65535, else null. */
export function portFrom(value) {
  if (value === undefined || value.trim() === '') return 8787;
  return /^\d{1,5}$/.test(value.trim()) && Number(value) <= 65535 ? Number(value) : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = portFrom(process.env.PORT);
  if (port === null) {
    console.error(`PORT=${process.env.PORT} is not a port number (0–65535).`);
    process.exit(1);
  }
  const stateFile = path.resolve(root, process.env.PREVIEW_WORKBOOK || '.preview/workbook.json');
  process.on('uncaughtException', (error) => {
    if (error.code === 'EADDRINUSE') console.error(`Port ${port} is in use (another preview?). Stop it, or start on another port: PORT=8788 npm start`);
    else console.error(error);
    process.exit(1);
  });
  const { startPreview } = await loadPreview();
  const preview = await startPreview({ port, stateFile, distDir: path.join(root, 'dist') });
  const kept = stateFile.startsWith(root + path.sep) ? path.relative(root, stateFile) : stateFile;
  console.log(`ICP Toolkit preview: ${preview.url}  (Ctrl+C to stop; the workbook is kept in ${kept})`);
  const stop = () => {
    preview.saveNow(); // the last changes are on disk whatever happens next
    setTimeout(() => process.exit(0), 1000).unref(); // a page still connected does not hold the stop
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
