// `npm start`: after the build, start the local preview when it is present; otherwise say how to use the add-on.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const preview = path.join(root, 'preview/server.mjs');
if (fs.existsSync(preview)) {
  await import(pathToFileURL(preview).href);
} else {
  console.log(`Built dist/ (Code.js, Sidebar.html, appsscript.json).
Deploy with \`npm run deploy\` (clasp) and use the functions in any cell, e.g. =SEGMENT_CLV(100, 80%, 2%).`);
}
