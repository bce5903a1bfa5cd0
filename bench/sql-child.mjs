// One `npm run score` in its own process for bench/sql.bench.mjs: prints its time and peak memory as JSON.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(pathToFileURL(path.join(root, 'node_modules/.cache/icp-toolkit/cli.mjs')).href);
const started = performance.now();
const code = await main(['score', ...process.argv.slice(2)]);
if (code !== 0) process.exit(code);
console.log(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
