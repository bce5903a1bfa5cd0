// `npm run bench`: every benchmark of docs/rules.md (Performance), each printing ratios against a baseline measured in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs.readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort();
for (const file of files) {
  const name = file.replace('.bench.mjs', '');
  if (only.length && !only.includes(name)) continue;
  const bench = await import(pathToFileURL(path.join(here, file)).href);
  console.log(`\n== ${name}`);
  const result = await bench.run();
  console.log(bench.report ? bench.report(result) : JSON.stringify(result, null, 2));
}
