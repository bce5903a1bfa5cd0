// Size of the Apps Script bundle and the time to evaluate it cold, as every custom-function recalculation may.
import fs from 'node:fs';
import vm from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run({ runs = 31 } = {}) {
  const code = fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8');
  const sidebar = fs.readFileSync(path.join(root, 'dist/Sidebar.html'), 'utf8');
  // Each run gets a source V8 has not seen, so nothing is served from its compile cache.
  const cold = (source) => {
    const compile = [];
    const evaluate = [];
    for (let i = 0; i < runs; i++) {
      const unique = `${source}\n//# cold-${i}-${Math.random()}`;
      let start = performance.now();
      const script = new vm.Script(unique);
      compile.push(performance.now() - start);
      const context = vm.createContext({});
      start = performance.now();
      script.runInContext(context);
      evaluate.push(performance.now() - start);
    }
    return { compileMs: median(compile), evalMs: median(evaluate) };
  };
  // Baseline in the same run: a script of the same size that only declares a string.
  const baseline = cold(`var x = ${JSON.stringify('x'.repeat(code.length))};`);
  return {
    codeKB: Buffer.byteLength(code) / 1024,
    sidebarKB: Buffer.byteLength(sidebar) / 1024,
    ...cold(code),
    baselineMs: baseline.compileMs + baseline.evalMs,
  };
}

export function report(r) {
  const coldMs = r.compileMs + r.evalMs;
  return [
    `dist/Code.js          ${r.codeKB.toFixed(1)} KB (target ≤ 80 KB)`,
    `dist/Sidebar.html     ${r.sidebarKB.toFixed(1)} KB (target ≤ 60 KB)`,
    `cold start of Code.js ${coldMs.toFixed(2)} ms median = compile ${r.compileMs.toFixed(2)} + evaluate ${r.evalMs.toFixed(2)} (target < 5 ms); ` +
      `same-size string script ${r.baselineMs.toFixed(2)} ms → ratio ${(coldMs / r.baselineMs).toFixed(1)}×`,
  ].join('\n');
}
